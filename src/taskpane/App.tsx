import { makeStyles, Tab, TabList, Title3, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useState } from "react";
import { AsOfField } from "./as-of";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { LoadingState } from "./components/LoadingState";
import { usePreferences } from "./host-context";
import { VIEW_NAMES, VIEW_TABS, VIEW_TITLES, type ViewName } from "./view-route";

// Views load on demand: the first paint needs only React, the Fluent provider and a spinner.
const PlanView = lazy(() => import(/* webpackChunkName: "plan-view" */ "./views/PlanView"));
const UpdateView = lazy(() => import(/* webpackChunkName: "update-view" */ "./views/UpdateView"));
const ValidateView = lazy(() => import(/* webpackChunkName: "validate-view" */ "./views/ValidateView"));
const ChaseView = lazy(() => import(/* webpackChunkName: "chase-view" */ "./views/ChaseView"));
const SummaryView = lazy(() => import(/* webpackChunkName: "summary-view" */ "./views/SummaryView"));

type NavigateTo = (view: ViewName) => void;
const VIEWS: Record<ViewName, React.ComponentType<{ onNavigate: NavigateTo }>> = {
  plan: PlanView,
  update: UpdateView,
  validate: ValidateView,
  chase: ChaseView,
  summary: SummaryView,
};

/** Views judged as at the pane's one date. */
const DATED: ReadonlySet<ViewName> = new Set(["validate", "chase", "summary"]);

/** The preference that remembers the view the user was last on. */
export const LAST_VIEW_KEY = "lastView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  // Five tabs must fit a 320 px pane: tight padding, pulled into the page margin.
  nav: { marginInline: `calc(-1 * ${tokens.spacingHorizontalM})`, flexWrap: "nowrap", overflowX: "auto" },
  tab: { paddingInline: tokens.spacingHorizontalXXS, "& .fui-Tab__content": { paddingInline: 0 } },
  title: { margin: 0 },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0, "&[hidden]": { display: "none" } },
});

/**
 * The pane: a tab per view (so every view is reachable without the ribbon), the view's heading,
 * the pane's as-of date where it matters, and the views. A view is built when first opened and
 * then kept, so what was typed, chosen or validated there survives moving between views.
 */
export function App({ view: initial }: { view: ViewName }) {
  const styles = useStyles();
  const preferences = usePreferences();
  const [view, setView] = useState<ViewName>(initial);
  const [opened, setOpened] = useState<ReadonlySet<ViewName>>(() => new Set([initial]));
  const navigate = useCallback(
    (next: ViewName) => {
      setView(next);
      setOpened((o) => (o.has(next) ? o : new Set([...o, next])));
      preferences.set(LAST_VIEW_KEY, next);
    },
    [preferences],
  );
  return (
    <main className={styles.root}>
      <nav aria-label="Views">
        <TabList
          aria-label="Views"
          className={styles.nav}
          size="small"
          selectedValue={view}
          onTabSelect={(_, data) => navigate(data.value as ViewName)}
        >
          {VIEW_NAMES.map((name) => (
            <Tab key={name} value={name} className={styles.tab} aria-controls={`view-${name}`} id={`tab-${name}`}>
              {VIEW_TABS[name]}
            </Tab>
          ))}
        </TabList>
      </nav>
      <Title3 as="h1" className={styles.title}>
        {VIEW_TITLES[view]}
      </Title3>
      {DATED.has(view) && <AsOfField />}
      {VIEW_NAMES.filter((name) => opened.has(name)).map((name) => {
        const View = VIEWS[name];
        return (
          <section key={name} id={`view-${name}`} role="tabpanel" aria-labelledby={`tab-${name}`} hidden={name !== view} className={styles.panel}>
            <ErrorBoundary>
              <Suspense fallback={<LoadingState label="Loading…" />}>
                <View onNavigate={navigate} />
              </Suspense>
            </ErrorBoundary>
          </section>
        );
      })}
    </main>
  );
}
