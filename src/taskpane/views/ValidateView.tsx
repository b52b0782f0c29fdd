import { Body1, Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { EraserRegular, HighlightRegular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import type { Finding } from "../../plan/rules";
import { ErrorState } from "../components/ErrorState";
import { ValidateFilter } from "../components/ValidateFilter";
import { ValidateFindings } from "../components/ValidateFindings";
import { ValidateInitialsPrompt } from "../components/ValidateInitialsPrompt";
import { ValidateRunBar } from "../components/ValidateRunBar";
import { ValidateStamp } from "../components/ValidateStamp";
import { usePreferences, useSheetActions } from "../host-context";
import { useValidation } from "../hooks/useValidation";
import { usePort } from "../port-context";
import {
  asOfProblem,
  countText,
  findingCells,
  groupFindings,
  initialsProblem,
  SHOW_ALL,
  todayIso,
  type FindingFilter,
} from "../validate-model";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  text: { margin: 0 },
});

/** The preference key of the user's initials (shared with the Update view). */
const INITIALS_KEY = "initials";

interface Notice {
  intent: "success" | "info" | "warning" | "error";
  title: string;
  text: string;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Validates the plan as at a date: findings by severity and rule, each selecting its cell in the
 * sheet; highlighting of the findings' cells; one-click fixes with a change-log row.
 */
export function ValidateView() {
  const styles = useStyles();
  const sheet = useSheetActions();
  const preferences = usePreferences();
  const { state, validate, fix } = useValidation(usePort());
  const [asOf, setAsOf] = useState(() => todayIso(new Date()));
  const [filter, setFilter] = useState<FindingFilter>(SHOW_ALL);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [askInitialsFor, setAskInitialsFor] = useState<number | null>(null);
  const [fixing, setFixing] = useState<number | null>(null);
  const [sheetBusy, setSheetBusy] = useState(false);

  const report = state.result?.report ?? null;
  const groups = useMemo(() => (report ? groupFindings(report.findings, filter) : []), [report, filter]);
  const shown: Finding[] = useMemo(() => groups.flatMap((g) => g.rules.flatMap((r) => r.findings.map((f) => f.finding))), [groups]);
  const problem = asOfProblem(asOf);
  const initials = () => preferences.get(INITIALS_KEY)?.trim() ?? "";

  const run = () => {
    setNotice(null);
    setAskInitialsFor(null);
    void validate(asOf.trim(), initials());
  };

  const select = async (finding: Finding) => {
    try {
      await sheet.selectCell(finding.sheet, finding.cell);
    } catch (error) {
      setNotice({ intent: "error", title: `Could not select ${finding.cell}`, text: message(error) });
    }
  };

  const applyFix = async (index: number, signedBy: string) => {
    if (!report) return;
    setAskInitialsFor(null);
    setNotice(null);
    setFixing(index);
    const outcome = await fix(report.findings[index], signedBy);
    setFixing(null);
    if (outcome.ok) setNotice({ intent: "success", title: "Fixed", text: outcome.message });
    else if (outcome.conflict) {
      setNotice({ intent: "warning", title: "Not fixed: the cell has changed", text: `${outcome.message} Nothing was written. Validate again to see the plan as it is now.` });
    } else setNotice({ intent: "error", title: "Not fixed", text: outcome.message });
  };

  const requestFix = (index: number) => {
    const signedBy = initials();
    if (initialsProblem(signedBy)) setAskInitialsFor(index);
    else void applyFix(index, signedBy);
  };

  const sheetAction = async (action: () => Promise<void>, done: Notice, failed: string) => {
    setSheetBusy(true);
    try {
      await action();
      setNotice(done);
    } catch (error) {
      setNotice({ intent: "error", title: failed, text: message(error) });
    } finally {
      setSheetBusy(false);
    }
  };

  const highlight = () => {
    const cells = findingCells(shown);
    void sheetAction(
      () => sheet.highlight(cells),
      { intent: "info", title: "Highlighted", text: `${countText(cells.length, "cell")} marked in the sheet. The cells' own formatting is unchanged; Clear highlights removes the marks.` },
      "Could not highlight the cells",
    );
  };

  const clear = () =>
    void sheetAction(() => sheet.clearHighlights(), { intent: "info", title: "Highlights cleared", text: "The marks were removed from the sheet." }, "Could not clear the highlights");

  const showSheet = new Set(report?.findings.map((f) => f.sheet)).size > 1;
  return (
    <div className={styles.root}>
      <ValidateRunBar asOf={asOf} asOfProblem={problem} running={state.running} onAsOfChange={setAsOf} onValidate={run} />
      {state.stamp && <ValidateStamp stamp={state.stamp} />}
      {!report && !state.error && !state.running && (
        <Body1 as="p" className={styles.text}>
          Checks the plan before it is circulated: dates passed, statuses that contradict the updates, missing owners and dates,
          duplicate refs, and undated or stale updates.
        </Body1>
      )}
      {state.error && <ErrorState title="The plan could not be validated" message={state.error} onRetry={run} />}
      {state.stampError && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{state.stampError}</MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.text}
          </MessageBarBody>
        </MessageBar>
      )}
      {report && (
        <Body1 as="p" role="status" className={styles.text}>
          {report.findings.length === 0
            ? "No findings: the plan is ready to circulate."
            : `${countText(report.counts.error, "error")}, ${countText(report.counts.warning, "warning")} and ${countText(report.counts.info, "note")}.`}
        </Body1>
      )}
      <div className={styles.toolbar}>
        <Button icon={<HighlightRegular />} disabledFocusable={sheetBusy || shown.length === 0} onClick={highlight}>
          Highlight in sheet
        </Button>
        <Button icon={<EraserRegular />} disabledFocusable={sheetBusy} onClick={clear}>
          Clear highlights
        </Button>
      </div>
      {report && report.findings.length > 0 && (
        <>
          <ValidateFilter counts={report.counts} filter={filter} shown={shown.length} total={report.findings.length} onChange={setFilter} />
          <ValidateFindings
            groups={groups}
            showSheet={showSheet}
            onSelect={(finding) => void select(finding)}
            onFix={requestFix}
            fixing={fixing}
            busy={fixing !== null || state.running}
            prompt={
              askInitialsFor === null
                ? null
                : {
                    index: askInitialsFor,
                    node: (
                      <ValidateInitialsPrompt
                        onCancel={() => setAskInitialsFor(null)}
                        onSubmit={(value) => {
                          preferences.set(INITIALS_KEY, value);
                          void applyFix(askInitialsFor, value);
                        }}
                      />
                    ),
                  }
            }
          />
        </>
      )}
    </div>
  );
}

export default ValidateView;
