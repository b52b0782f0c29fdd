import { makeStyles, Title3, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useState, type ComponentType } from "react";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { LoadingState } from "./components/LoadingState";
import { TabStrip } from "./components/TabStrip";
import { usePreferences } from "./host-context";
import { AS_OF_FIELD, DATED, VIEW_CHUNKS, type ViewProps } from "./view-chunks";
import { VIEW_NAMES, VIEW_TABS, VIEW_TITLES, type ViewName } from "./view-route";

// Views load on demand (view-chunks.ts): the first paint needs only React, the Fluent provider and a spinner.
const VIEWS: Record<ViewName, ComponentType<ViewProps>> = {
  plan: lazy(VIEW_CHUNKS.plan),
  update: lazy(VIEW_CHUNKS.update),
  validate: lazy(VIEW_CHUNKS.validate),
  chase: lazy(VIEW_CHUNKS.chase),
  summary: lazy(VIEW_CHUNKS.summary),
};

const AsOfField = lazy(AS_OF_FIELD);

const TABS = VIEW_NAMES.map((name) => ({ value: name, label: VIEW_TABS[name], id: `tab-${name}`, controls: `view-${name}` }));

/** The preference that remembers the view the user was last on. */
export const LAST_VIEW_KEY = "lastView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  // Five tabs must fit a 320 px pane: tight padding, pulled into the page margin.
  nav: { marginInline: `calc(-1 * ${tokens.spacingHorizontalM})`, flexWrap: "nowrap", overflowX: "auto" },
  tab: { paddingInline: tokens.spacingHorizontalXXS },
  tabLabel: { paddingInline: 0 },
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
        <TabStrip
          label="Views"
          className={styles.nav}
          tabClassName={styles.tab}
          labelClassName={styles.tabLabel}
          tabs={TABS}
          selected={view}
          onSelect={navigate}
        />
      </nav>
      <Title3 as="h1" className={styles.title}>
        {VIEW_TITLES[view]}
      </Title3>
      {DATED.has(view) && (
        // Loaded with the dated view itself (view-chunks.ts); nothing to show until it is.
        <ErrorBoundary>
          <Suspense fallback={null}>
            <AsOfField />
          </Suspense>
        </ErrorBoundary>
      )}
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
