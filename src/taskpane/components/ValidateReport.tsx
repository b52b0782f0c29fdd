import { Body1, Button, Link, makeStyles, ToggleButton, tokens } from "@fluentui/react-components";
import { ArrowUndoRegular } from "@fluentui/react-icons/lib/atoms/svg/arrow-undo";
import { EraserRegular } from "@fluentui/react-icons/lib/atoms/svg/eraser";
import { FilterRegular } from "@fluentui/react-icons/lib/atoms/svg/filter";
import { HighlightRegular } from "@fluentui/react-icons/lib/atoms/svg/highlight";
import { WrenchRegular } from "@fluentui/react-icons/lib/atoms/svg/wrench";
import { lazy, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { snapshotCell } from "../../plan/snapshot-cell";
import type { Finding } from "../../plan/rules";
import { usePreferences, useSheetActions } from "../host-context";
import type { FixOutcome, ValidationResult } from "../hooks/useValidation";
import { initialsProblem } from "../input-problems";
import { countText, findingCells, safeFixes, SHOW_ALL, staleSentence, triage, triageSentence, type FindingFilter } from "../validate-model";
import type { ViewName } from "../view-route";
import type { FixPreview } from "./FixAllDialog";
import { Notice } from "./Notice";
import { OnDemand } from "./OnDemand";
import { ValidateActionGroup } from "./ValidateActionGroup";
import { ValidateFilter } from "./ValidateFilter";
import { ValidateInitialsPrompt } from "./ValidateInitialsPrompt";

// Opened by "Fix all safe fixes": its code (Fluent's Dialog, and tabster's focus trap with it)
// loads then, not with the findings.
const FixAllDialog = lazy(() => import(/* webpackChunkName: "fix-all-dialog" */ "./FixAllDialog"));

const useStyles = makeStyles({
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  text: { margin: 0 },
  summary: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  groups: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0, listStyleType: "none" },
});

/** The preference key of the user's initials (shared with the Update view). */
const INITIALS_KEY = "initials";
/**
 * Action groups drawn at first, and added per "Show more": a long plan is drawn a page at a time.
 * Paged rather than windowed on purpose (see the README, "Why Validate pages its list"): every
 * group drawn stays in the page, so a screen reader's browse mode, find-in-page and the focus on
 * a Fix or cell button never meet a group that was unmounted because it scrolled away.
 */
export const GROUP_PAGE = 25;

interface ValidateNotice {
  intent: "success" | "info" | "warning" | "error";
  title: string;
  text: string;
  /** Change-log rows Undo would revert. */
  undo?: number[];
  /** Shown in the list at this group's position (where the user clicked Fix), else above the list. */
  at?: number;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * What Validate found, once a run has a result: one summary line, then one group per action with
 * all its problems (ref and task shown), most serious first; stale updates summarised with a link
 * to the chase list; one "Fix all safe fixes" with a preview, and Undo. Results appear where the
 * user acted. Its code loads with the rules (ValidateView starts both when Validate is clicked).
 */
export function ValidateReport(props: {
  result: ValidationResult;
  /** A run is under way (the findings stay on screen meanwhile). */
  running: boolean;
  /** Counts the runs the user asked for: each new one clears the outcome, prompt and pages shown. */
  run: number;
  fix: (finding: Finding, signedBy: string) => Promise<FixOutcome>;
  fixAll: (findings: Finding[], signedBy: string) => Promise<FixOutcome>;
  undo: (logRows: number[], signedBy: string) => Promise<FixOutcome>;
  onNavigate?: (view: ViewName) => void;
  /** The stamp's checkbox and the last stamp, shown below the findings. */
  stamp: ReactNode;
}) {
  const { result, running, fix, fixAll, undo, onNavigate } = props;
  const styles = useStyles();
  const sheet = useSheetActions();
  const preferences = usePreferences();
  const [filter, setFilter] = useState<FindingFilter>(SHOW_ALL);
  const [filtering, setFiltering] = useState(false);
  const [notice, setNotice] = useState<ValidateNotice | null>(null);
  const [askInitialsFor, setAskInitialsFor] = useState<number | null>(null);
  const [fixing, setFixing] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [previewing, setPreviewing] = useState(false);
  const [page, setPage] = useState(1);
  // A new run asked for by the user starts afresh (derived from props during render, React's documented pattern).
  const [seenRun, setSeenRun] = useState(props.run);
  if (props.run !== seenRun) {
    setSeenRun(props.run);
    setNotice(null);
    setAskInitialsFor(null);
    setPage(1);
  }
  const noticeRef = useRef<HTMLDivElement>(null);
  // "Show more" hands the focus to the first group it added, so keyboard users go on from there.
  const [focusGroup, setFocusGroup] = useState<number | null>(null);
  const firstAddedRef = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focusGroup !== null) firstAddedRef.current?.focus();
  }, [focusGroup]);

  const report = result.report;
  const t = useMemo(() => triage(result.report.findings, result.plan, filter), [result, filter]);
  const fixes = useMemo(() => safeFixes(report.findings), [report]);
  const preview: FixPreview[] = useMemo(
    () => fixes.map((f) => ({ key: `${f.sheet}!${f.fix!.cell}`, ref: f.ref, cell: f.fix!.cell, before: snapshotCell(result.snapshot, f.sheet, f.fix!.cell)?.text ?? "", after: f.fix!.value })),
    [result, fixes],
  );
  const shownFindings: Finding[] = useMemo(() => t.groups.flatMap((g) => g.findings.map((f) => f.finding)), [t]);
  const initials = () => preferences.get(INITIALS_KEY)?.trim() ?? "";

  const select = async (finding: Finding) => {
    try {
      await sheet.selectCell(finding.sheet, finding.cell);
    } catch (error) {
      setNotice({ intent: "error", title: `Could not select ${finding.cell}`, text: message(error) });
    }
  };

  const outcomeNotice = (outcome: FixOutcome, done: string): ValidateNotice =>
    outcome.ok
      ? { intent: "success", title: done, text: outcome.message, undo: outcome.logRows }
      : outcome.conflict
        ? { intent: "warning", title: "Not changed: the cell has changed", text: `${outcome.message} Nothing was written. Validate again to see the plan as it is now.` }
        : { intent: "error", title: "Not changed", text: outcome.message };

  const groups = t.groups;

  const applyFix = async (index: number, signedBy: string) => {
    setAskInitialsFor(null);
    setNotice(null);
    setFixing(index);
    const finding = report.findings[index];
    const at = groups.findIndex((g) => g.findings.some((f) => f.index === index));
    const outcome = await fix(finding, signedBy);
    setFixing(null);
    // The fixed finding (and maybe its group) is gone after the re-run: the outcome takes the
    // group's place in the list, where the user is, and takes the focus from the vanished button.
    setNotice({ ...outcomeNotice(outcome, "Fixed"), at: at < 0 ? undefined : at });
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  const requestFix = (index: number) => {
    const signedBy = initials();
    if (initialsProblem(signedBy)) setAskInitialsFor(index);
    else void applyFix(index, signedBy);
  };

  const applyAll = async (signedBy: string) => {
    setPreviewing(false);
    if (signedBy !== initials()) preferences.set(INITIALS_KEY, signedBy);
    setBusy(true);
    setNotice(null);
    const outcome = await fixAll(fixes, signedBy);
    setBusy(false);
    setNotice(outcomeNotice(outcome, "Fixed"));
  };

  const runUndo = async (rows: number[]) => {
    setBusy(true);
    const outcome = await undo(rows, initials() || "XX");
    setBusy(false);
    setNotice(outcome.ok ? { intent: "info", title: "Undone", text: outcome.message, undo: outcome.logRows } : outcomeNotice(outcome, "Undone"));
  };

  const sheetAction = async (action: () => Promise<void>, done: ValidateNotice, failed: string) => {
    setBusy(true);
    try {
      await action();
      setNotice(done);
    } catch (error) {
      setNotice({ intent: "error", title: failed, text: message(error) });
    } finally {
      setBusy(false);
    }
  };

  const highlight = () => {
    const cells = findingCells(shownFindings);
    void sheetAction(
      () => sheet.highlight(cells),
      {
        intent: "info",
        title: "Highlighted",
        text: `${countText(cells.length, "cell")} marked in the sheet. The marks are saved with the workbook if it is saved; Clear highlights removes them (the cells' own formatting comes back).`,
      },
      "Could not highlight the cells",
    );
  };

  const clear = () =>
    void sheetAction(() => sheet.clearHighlights(), { intent: "info", title: "Highlights cleared", text: "The marks were removed from the sheet." }, "Could not clear the highlights");

  const showSheet = new Set(report.findings.map((f) => f.sheet)).size > 1;
  const shownGroups = groups.slice(0, page * GROUP_PAGE);
  const below = (index: number): { index: number; node: ReactNode } | null => {
    if (askInitialsFor === index) {
      return {
        index,
        node: (
          <ValidateInitialsPrompt
            onCancel={() => setAskInitialsFor(null)}
            onSubmit={(value) => {
              preferences.set(INITIALS_KEY, value);
              void applyFix(index, value);
            }}
          />
        ),
      };
    }
    return null;
  };

  const listItems: ReactNode[] = shownGroups.map((group, i) => (
    <li key={group.key} {...(i === focusGroup ? { ref: firstAddedRef, tabIndex: -1 } : {})}>
      <ValidateActionGroup
        group={group}
        showSheet={showSheet}
        onSelect={(finding) => void select(finding)}
        onFix={requestFix}
        fixing={fixing}
        busy={fixing !== null || busy || running}
        below={group.findings.map((f) => below(f.index)).find((b) => b !== null) ?? null}
      />
    </li>
  ));
  if (notice && notice.at !== undefined) {
    listItems.splice(
      Math.min(notice.at, listItems.length),
      0,
      <li key="notice">
        <NoticeBar ref={noticeRef} notice={notice} busy={busy || running} onUndo={(rows) => void runUndo(rows)} />
      </li>,
    );
  }

  return (
    <>
      {notice && notice.at === undefined && <NoticeBar ref={noticeRef} notice={notice} busy={busy || running} onUndo={(rows) => void runUndo(rows)} />}
      <Body1 as="p" role="status" className={styles.summary}>
        {triageSentence(t)}
      </Body1>
      {t.stale.length > 0 && (
        <Body1 as="p" className={styles.text}>
          {`${staleSentence(t.stale.length, result.settings.staleDays)} `}
          {onNavigate ? (
            <Link as="button" onClick={() => onNavigate("chase")}>
              See who to chase
            </Link>
          ) : null}
        </Body1>
      )}
      <div className={styles.toolbar}>
        {fixes.length > 0 && (
          <Button size="small" appearance="primary" icon={<WrenchRegular />} disabledFocusable={busy || running} onClick={() => setPreviewing(true)}>
            {`Fix all safe fixes (${fixes.length})`}
          </Button>
        )}
        <Button size="small" icon={<HighlightRegular />} disabledFocusable={busy || shownFindings.length === 0} onClick={highlight}>
          Highlight
        </Button>
        <Button size="small" icon={<EraserRegular />} disabledFocusable={busy} onClick={clear}>
          Clear highlights
        </Button>
        <ToggleButton size="small" icon={<FilterRegular />} checked={filtering} onClick={() => setFiltering((f) => !f)}>
          Filter
        </ToggleButton>
      </div>
      {filtering && <ValidateFilter counts={report.counts} filter={filter} shown={shownFindings.length} total={t.listed} onChange={setFilter} />}
      <ul className={styles.groups} aria-label="Actions with problems">
        {listItems}
      </ul>
      {groups.length > shownGroups.length && (
        <Button
          onClick={() => {
            setFocusGroup(shownGroups.length);
            setPage((p) => p + 1);
          }}
        >{`Show ${Math.min(GROUP_PAGE, groups.length - shownGroups.length)} more of ${groups.length - shownGroups.length}`}</Button>
      )}
      {props.stamp}
      <OnDemand open={previewing}>
        <FixAllDialog open={previewing} fixes={preview} initials={initials()} onApply={(by) => void applyAll(by)} onCancel={() => setPreviewing(false)} />
      </OnDemand>
    </>
  );
}

function NoticeBar({ notice, busy, onUndo, ref }: { notice: ValidateNotice; busy: boolean; onUndo: (rows: number[]) => void; ref?: React.Ref<HTMLDivElement> }) {
  return (
    <Notice
      ref={ref}
      focusable
      intent={notice.intent}
      title={notice.title}
      actions={
        notice.undo &&
        notice.undo.length > 0 && (
          <Button size="small" icon={<ArrowUndoRegular />} disabledFocusable={busy} onClick={() => onUndo(notice.undo!)}>
            Undo
          </Button>
        )
      }
    >
      {notice.text}
    </Notice>
  );
}

export default ValidateReport;
