/**
 * What the Validate view shows and writes once the plan is validated, worked out from the plan
 * core without React: findings grouped and filtered for display, and the change set of a
 * one-click fix. The rules themselves stay in `src/plan/rules`. It loads with the findings
 * (components/ValidateReport.tsx), not with the view: the view's first screen needs only the
 * stamp (validate-stamp.ts) and the field checks (input-problems.ts), re-exported here.
 */
import { prepareFixes } from "../plan/prepare-fixes";
import type { IsoDate, Plan } from "../plan/model";
import type { ChangeSet, SheetCell } from "../plan/port";
import { RULES, type Finding, type Severity } from "../plan/rules";
import type { WorkbookSnapshot } from "../plan/snapshot";
import { countText } from "./validate-stamp";

export { countText };

/** Severities, most serious first. */
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** How the pane names each severity. */
export const SEVERITY_LABELS: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Notes" };

const RULE_TITLES = new Map(RULES.map((r) => [r.id, r.title]));

/** A finding with its position in the report (a stable key while the report is shown). */
export interface IndexedFinding {
  finding: Finding;
  index: number;
}

/** The findings of one rule. */
export interface RuleGroup {
  rule: string;
  title: string;
  findings: IndexedFinding[];
}

/** The shown findings of one severity, by rule in the report's order. */
export interface SeverityGroup {
  severity: Severity;
  label: string;
  rules: RuleGroup[];
  /** Findings of this severity shown under the filter. */
  shown: number;
}

/** Which findings to show. */
export interface FindingFilter {
  severities: Record<Severity, boolean>;
  /** Matched, ignoring case, against ref, sheet, cell, message and rule title. */
  text: string;
}

export const SHOW_ALL: FindingFilter = { severities: { error: true, warning: true, info: true }, text: "" };

/** The title of a rule, or its id when the catalogue does not know it. */
export function ruleTitle(rule: string): string {
  return RULE_TITLES.get(rule) ?? rule;
}

/** Whether a finding passes the filter. */
export function matchesFilter(finding: Finding, filter: FindingFilter): boolean {
  if (!filter.severities[finding.severity]) return false;
  const words = filter.text.trim().toLowerCase();
  if (!words) return true;
  const haystack = [finding.ref ?? "", finding.sheet, finding.cell, `${finding.sheet}!${finding.cell}`, finding.message, ruleTitle(finding.rule), finding.rule]
    .join("\n")
    .toLowerCase();
  return words.split(/\s+/).every((word) => haystack.includes(word));
}

/** The findings that pass the filter, grouped by severity then rule (empty groups dropped). */
export function groupFindings(findings: Finding[], filter: FindingFilter = SHOW_ALL): SeverityGroup[] {
  const groups: SeverityGroup[] = [];
  for (const severity of SEVERITIES) {
    const byRule = new Map<string, IndexedFinding[]>();
    findings.forEach((finding, index) => {
      if (finding.severity !== severity || !matchesFilter(finding, filter)) return;
      byRule.set(finding.rule, [...(byRule.get(finding.rule) ?? []), { finding, index }]);
    });
    if (byRule.size === 0) continue;
    const rules = [...byRule].map(([rule, list]) => ({ rule, title: ruleTitle(rule), findings: list }));
    groups.push({ severity, label: SEVERITY_LABELS[severity], rules, shown: rules.reduce((n, r) => n + r.findings.length, 0) });
  }
  return groups;
}

/** The distinct cells of some findings, in order: what "Highlight in sheet" marks. */
export function findingCells(findings: Finding[]): SheetCell[] {
  const seen = new Set<string>();
  const cells: SheetCell[] = [];
  for (const f of findings) {
    const key = `${f.sheet}\n${f.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    cells.push({ sheet: f.sheet, address: f.cell });
  }
  return cells;
}


/** The local calendar date of `now` as `YYYY-MM-DD` (the default as-of date). */
export function todayIso(now: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// The field checks are in input-problems.ts (the views' first screens need them, not the rules).
export { asOfProblem, initialsProblem } from "./input-problems";

// The validation stamp: in validate-stamp.ts (the view's first screen shows it, before any rule runs).
export { readStamp, STAMP_KEY, stampAsAt, stampChanges, stampSentence, type ValidationStamp } from "./validate-stamp";

// ---------------------------------------------------------------------------------------------
// One-click fixes

/** How the change log names each field. */

/** A fix ready to apply, or why it cannot be. */
export type PreparedFix =
  | { ok: true; changes: ChangeSet; before: string; after: string; field: string }
  | { ok: false; reason: string };


/**
 * The change set of a finding's fix: the proposed value written as text to the cell, guarded by
 * the text the finding was based on, and a change-log row, applied together.
 */
export function prepareFix(plan: Plan, snapshot: WorkbookSnapshot, finding: Finding, initials: string, timestamp: string): PreparedFix {
  if (!finding.fix) return { ok: false, reason: "This finding has no automatic fix." };
  const prepared = prepareFixes(plan, snapshot, [finding], initials, timestamp);
  const [outcome] = prepared.outcomes;
  if (!prepared.ok || !outcome?.applied) {
    const why = outcome?.reason ?? (prepared.ok ? "This fix cannot be applied." : prepared.reason);
    return { ok: false, reason: `${why} Validate again.` };
  }
  // The change-log row (the last write) names the field, as the log does.
  const field = String(prepared.changes.writes[prepared.changes.writes.length - 1].values[0][5]);
  return { ok: true, changes: prepared.changes, before: outcome.before, after: finding.fix.value, field };
}

// ---------------------------------------------------------------------------------------------
// Triage: one group per action, most serious first

/** Stale updates are the chase list's business: summarised, not listed one by one. */
export const STALE_RULE = "update-stale";

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Everything Validate found on one action, with the action's ref and task. */
export interface ActionGroup {
  /** `sheet!row`: stable while the report is shown. */
  key: string;
  sheet: string;
  row: number;
  ref: string | null;
  task: string;
  /** The most serious of its findings. */
  severity: Severity;
  /** Most serious first, then in the report's order. */
  findings: IndexedFinding[];
}

export interface Triage {
  /** Actions with findings (stale updates aside), most serious first, then in plan order. */
  groups: ActionGroup[];
  /** Stale-update findings (all of them, whatever the filter). */
  stale: IndexedFinding[];
  /** Actions with an error or a warning (stale updates aside): what needs attention before circulation. */
  needAttention: number;
  /** Of those, the actions with an error. */
  withErrors: number;
  /** Findings that can be listed (stale updates and folded duplicates aside), whatever the filter. */
  listed: number;
}

/**
 * "Overdue" is folded into "Status says on track or not started after the end date" on the same
 * action: both say the end date has passed, and listing both put every such action in twice. The
 * same goes for the two completion contradictions, whose messages say when the end date passed.
 */
const FOLDED_INTO: Record<string, readonly string[]> = { overdue: ["status-past-end-date", "percent-complete-but-open", "completed-date-but-open"] };

/** Groups the report's findings by action (filtered), with stale updates set apart. */
export function triage(findings: Finding[], plan: Plan, filter: FindingFilter = SHOW_ALL): Triage {
  const tasks = new Map(plan.actions.map((a) => [`${a.sheet}!${a.row}`, a.task]));
  const byAction = new Map<string, ActionGroup>();
  const all = new Map<string, Severity>();
  const stale: IndexedFinding[] = [];
  const rulesOf = new Map<string, Set<string>>();
  for (const f of findings) {
    const key = `${f.sheet}!${f.row}`;
    if (!rulesOf.has(key)) rulesOf.set(key, new Set());
    rulesOf.get(key)!.add(f.rule);
  }
  let listed = 0;
  findings.forEach((finding, index) => {
    if (finding.rule === STALE_RULE) {
      stale.push({ finding, index });
      return;
    }
    const into = FOLDED_INTO[finding.rule];
    const onRow = rulesOf.get(`${finding.sheet}!${finding.row}`);
    if (into && into.some((rule) => onRow?.has(rule))) return;
    listed++;
    const key = `${finding.sheet}!${finding.row}`;
    const worst = all.get(key);
    if (!worst || SEVERITY_RANK[finding.severity] < SEVERITY_RANK[worst]) all.set(key, finding.severity);
    if (!matchesFilter(finding, filter)) return;
    let group = byAction.get(key);
    if (!group) {
      group = { key, sheet: finding.sheet, row: finding.row, ref: finding.ref, task: tasks.get(key) ?? "", severity: finding.severity, findings: [] };
      byAction.set(key, group);
    }
    group.findings.push({ finding, index });
    if (SEVERITY_RANK[finding.severity] < SEVERITY_RANK[group.severity]) group.severity = finding.severity;
  });
  const sheetOrder = new Map(plan.sheets.map((s, i) => [s.sheet, i]));
  const groups = [...byAction.values()].sort(
    (a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || a.row - b.row,
  );
  for (const g of groups) g.findings.sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index);
  const severities = [...all.values()];
  return {
    groups,
    stale,
    needAttention: severities.filter((s) => s !== "info").length,
    withErrors: severities.filter((s) => s === "error").length,
    listed,
  };
}

/** "12 actions need attention before circulation (3 with errors)." */
export function triageSentence(t: Triage): string {
  if (t.needAttention === 0) return "No action needs attention: the plan is ready to circulate.";
  const verb = t.needAttention === 1 ? "needs" : "need";
  const errors = t.withErrors ? ` (${t.withErrors} with errors)` : "";
  return `${countText(t.needAttention, "action")} ${verb} attention before circulation${errors}.`;
}

/** "131 open actions have no dated update in the last 30 days." */
export function staleSentence(count: number, staleDays: number): string {
  return `${countText(count, "open action")} ${count === 1 ? "has" : "have"} no dated update in the last ${staleDays} days.`;
}

/** The findings with a safe fix, each cell once (the most serious finding's fix wins). */
export function safeFixes(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  const out: Finding[] = [];
  const ordered = [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
  for (const f of ordered) {
    if (!f.fix) continue;
    const key = `${f.sheet}!${f.fix.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}
