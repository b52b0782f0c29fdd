import { makeStyles, Title3, tokens } from "@fluentui/react-components";
import { lazy, Suspense } from "react";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { LoadingState } from "./components/LoadingState";
import { VIEW_TITLES, type ViewName } from "./view-route";

// Views load on demand: the first paint needs only React, the Fluent provider and a spinner.
const PlanView = lazy(() => import(/* webpackChunkName: "plan-view" */ "./views/PlanView"));
const UpdateView = lazy(() => import(/* webpackChunkName: "update-view" */ "./views/UpdateView"));
const ValidateView = lazy(() => import(/* webpackChunkName: "validate-view" */ "./views/ValidateView"));
const SummaryView = lazy(() => import(/* webpackChunkName: "summary-view" */ "./views/SummaryView"));

const VIEWS = { plan: PlanView, update: UpdateView, validate: ValidateView, summary: SummaryView };

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  title: { margin: 0 },
});

/** The pane for one view, chosen by the ribbon button's `?view=`. */
export function App({ view }: { view: ViewName }) {
  const styles = useStyles();
  const title = VIEW_TITLES[view];
  const View = VIEWS[view];
  return (
    <main className={styles.root}>
      <Title3 as="h1" className={styles.title}>
        {title}
      </Title3>
      <ErrorBoundary>
        <Suspense fallback={<LoadingState label="Loading…" />}>
          <View />
        </Suspense>
      </ErrorBoundary>
    </main>
  );
}
