import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useId, useMemo, useState } from "react";
import type { Action } from "../../plan/model";
import { ErrorBoundary } from "../components/ErrorBoundary";
import { ErrorState } from "../components/ErrorState";
import { LoadingState } from "../components/LoadingState";
import { TabStrip } from "../components/TabStrip";
import type { UpdateFormValues } from "../components/UpdateForm";
import { UpdatePanel } from "../components/UpdatePanel";
import { usePreferences, useSheetActions } from "../host-context";
import { useAddUpdate } from "../hooks/useAddUpdate";
import { useInitials } from "../hooks/useInitials";
import { useLivePlan } from "../hooks/useLivePlan";
import { useSelectedAction } from "../hooks/useSelectedAction";
import { usePort } from "../port-context";
import { localIsoDate, personForInitials } from "../update-model";
import type { ViewName } from "../view-route";
import { Notice } from "../components/Notice";

// The second tab's code loads when it is first opened (fetched early, when the browser is idle:
// prefetch), so the selected action's form is not kept waiting for it.
const MyActionsPanel = lazy(() => import(/* webpackChunkName: "my-actions", webpackPrefetch: true */ "../components/MyActionsPanel"));

const TABS = [
  ["update", "Selected action"],
  ["mine", "My actions"],
] as const;
type TabName = (typeof TABS)[number][0];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  panel: { minWidth: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
});

const systemNow = () => new Date();

/**
 * The service manager's pane: add a dated, initialled update to the action on the selected row,
 * or list one role's actions. Both tabs work on one read of the plan, read again after each
 * update. (The chase list is the programme manager's, in its own view.)
 */
export function UpdateView({ now = systemNow }: { now?: () => Date; onNavigate?: (view: ViewName) => void }) {
  const styles = useStyles();
  const port = usePort();
  const sheet = useSheetActions();
  const preferences = usePreferences();
  const { state, refresh, retry } = useLivePlan(port);
  const plan = state.status === "ready" ? state.plan : null;
  const { selected, error: selectionError, goTo } = useSelectedAction(plan, sheet);
  const initials = useInitials(preferences);
  const { outcome, add, reset } = useAddUpdate(port, refresh, now);
  const [tab, setTab] = useState<TabName>("update");
  // A tab's panel is built when first opened and then kept, so what was typed or chosen there
  // survives switching tabs, and the first paint does not build lists nobody asked for.
  const [opened, setOpened] = useState<ReadonlySet<TabName>>(() => new Set<TabName>(["update"]));
  const show = useCallback((name: TabName) => {
    setTab(name);
    setOpened((o) => (o.has(name) ? o : new Set([...o, name])));
  }, []);
  const baseId = useId();
  const today = localIsoDate(now());
  const person = useMemo(() => (plan && initials.initials ? personForInitials(plan, initials.initials) : undefined), [plan, initials.initials]);

  const onAdd = useCallback(
    async (values: UpdateFormValues) => {
      if (state.status !== "ready" || !selected?.action || !initials.initials) return false;
      return add({ plan: state.plan, snapshot: state.snapshot, action: selected.action, initials: initials.initials, ...values });
    },
    [state, selected, initials.initials, add],
  );

  const open = useCallback(
    (action: Action) => {
      void goTo(action);
      show("update");
    },
    [goTo, show],
  );

  if (state.status === "loading") return <LoadingState label="Reading the plan…" />;
  if (state.status === "error") return <ErrorState title="No plan could be read" message={state.message} onRetry={() => void retry()} />;

  const panelProps = (name: TabName) => ({
    role: "tabpanel",
    id: `${baseId}-${name}-panel`,
    "aria-labelledby": `${baseId}-${name}-tab`,
    hidden: tab !== name,
    className: styles.panel,
  });

  return (
    <div className={styles.root}>
      <TabStrip
        label="Selected action or my actions"
        tabs={TABS.map(([name, label]) => ({ value: name, label, id: `${baseId}-${name}-tab`, controls: `${baseId}-${name}-panel` }))}
        selected={tab}
        onSelect={show}
      />
      {state.refreshError && (
        <Notice intent="warning">The plan could not be read again, so what is shown may be out of date. {state.refreshError}</Notice>
      )}
      {state.refreshing && (
        <Body1 className={styles.muted} role="status">
          Reading the plan again…
        </Body1>
      )}
      <div {...panelProps("update")}>
        <UpdatePanel
          plan={state.plan}
          settings={state.settings}
          today={today}
          refreshing={state.refreshing}
          selected={selected}
          selectionError={selectionError}
          initials={initials.initials}
          person={person}
          onSaveInitials={initials.save}
          initialsWarning={initials.warning}
          outcome={outcome}
          onResetOutcome={reset}
          onAdd={onAdd}
        />
      </div>
      <div {...panelProps("mine")}>
        {opened.has("mine") && (
          // Its own boundary: if the tab's code cannot be fetched, only this tab says so (with a
          // reload), and the Selected action tab goes on working.
          <ErrorBoundary title="My actions could not be shown">
            <Suspense fallback={<LoadingState label="Loading your actions…" />}>
              <MyActionsPanel plan={state.plan} settings={state.settings} today={today} initials={initials.initials} onOpen={open} />
            </Suspense>
          </ErrorBoundary>
        )}
      </div>
    </div>
  );
}

export default UpdateView;
