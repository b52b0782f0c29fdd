import { Body1, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useState } from "react";
import { ErrorBoundary } from "../components/ErrorBoundary";
import { ErrorState } from "../components/ErrorState";
import { LoadingState } from "../components/LoadingState";
import { Notice } from "../components/Notice";
import { ValidateRunBar } from "../components/ValidateRunBar";
import { ValidateStamp } from "../components/ValidateStamp";
import { usePreferences } from "../host-context";
import { useValidation } from "../hooks/useValidation";
import { asOfProblem } from "../input-problems";
import { usePort } from "../port-context";
import { preloadable } from "../preloadable";
import { useAsOf } from "../as-of";
import type { ViewName } from "../view-route";

// What Validate found, and what can be done with it, loads with the rules (useValidation) when
// Validate is first clicked; it is fetched early, when the browser is idle (prefetch). The
// view's first screen is the button, the stamp and a sentence.
const ValidateReport = preloadable(() => import(/* webpackChunkName: "validate-report", webpackPrefetch: true */ "../components/ValidateReport"));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  text: { margin: 0 },
});

/** The preference key of the user's initials (shared with the Update view). */
const INITIALS_KEY = "initials";

/**
 * Validate as triage: the button that checks the plan as at the pane's date (and saves a stamp of
 * who did, when and what was found), then what it found (components/ValidateReport.tsx).
 */
export function ValidateView({ onNavigate }: { onNavigate?: (view: ViewName) => void }) {
  const styles = useStyles();
  const preferences = usePreferences();
  const { state, validate, fix, fixAll, undo } = useValidation(usePort());
  const { asOf } = useAsOf();
  const [saveStamp, setSaveStamp] = useState(true);
  // Runs the user asked for: each one clears the last one's outcome in the report.
  const [runs, setRuns] = useState(0);

  const result = state.result;
  const problem = asOfProblem(asOf);

  const run = () => {
    setRuns((n) => n + 1);
    // The findings' code comes with the rules' chunk, fetched while the workbook is read.
    ValidateReport.load().catch(() => undefined); // met again when it renders (the error boundary)
    void validate(asOf.trim(), preferences.get(INITIALS_KEY)?.trim() ?? "", saveStamp);
  };

  // What Validate writes (the stamp) is said beside the button before the first run; once findings
  // are shown it moves below them, so the summary line and the first action group fit the first
  // screen of a 320 px pane on a laptop (test/e2e/validate-triage.e2e.ts).
  const stampBlock = (
    <>
      <Checkbox
        checked={saveStamp}
        onChange={(_, data) => setSaveStamp(data.checked === true)}
        label="Save a stamp in the workbook: who validated, when, the counts"
      />
      {state.stamp && <ValidateStamp stamp={state.stamp} />}
    </>
  );

  return (
    <div className={styles.root}>
      <ValidateRunBar asOfProblem={problem} running={state.running} onValidate={run} />
      {!result && stampBlock}
      {!result && !state.error && !state.running && (
        <Body1 as="p" className={styles.text}>
          Checks the plan before it is circulated: dates passed, statuses that contradict the updates, missing owners and dates,
          duplicate refs, and undated or stale updates.
        </Body1>
      )}
      {state.error && <ErrorState title="The plan could not be validated" message={state.error} onRetry={run} />}
      {state.stampError && <Notice intent="warning">{state.stampError}</Notice>}
      {result && (
        <ErrorBoundary>
          <Suspense fallback={<LoadingState label="Showing the findings…" />}>
            <ValidateReport.Component
              result={result}
              running={state.running}
              run={runs}
              fix={fix}
              fixAll={fixAll}
              undo={undo}
              onNavigate={onNavigate}
              stamp={stampBlock}
            />
          </Suspense>
        </ErrorBoundary>
      )}
    </div>
  );
}

export default ValidateView;
