import { actionFacts } from "./action-facts";
import type { Action, ColumnRole, IsoDate, Plan } from "./model";
import { RULES, type Finding, type Rule, type RuleContext, type Severity } from "./rules";
import { resolveSettings, type PlanSettings } from "./settings";
import { statusWording } from "./status-wording";

/** The result of validating a plan as at a date. */
export interface ValidationReport {
  asOf: IsoDate;
  findings: Finding[];
  counts: Record<Severity, number>;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The cell a finding points at: the field's own cell, else the action's first mapped cell. */
function findingCell(action: Action, field: ColumnRole): string {
  return action.cells[field] ?? action.cells.ref ?? action.cells.task ?? Object.values(action.cells)[0] ?? `A${action.row}`;
}

/** Actions grouped by an upper-cased key; actions without one are left out. */
function groupBy(actions: readonly Action[], key: (action: Action) => string | null): Map<string, Action[]> {
  const groups = new Map<string, Action[]>();
  for (const action of actions) {
    const k = key(action);
    if (!k) continue;
    const upper = k.toUpperCase();
    const list = groups.get(upper);
    if (list) list.push(action);
    else groups.set(upper, [action]);
  }
  return groups;
}

/** Actions by upper-cased ref. */
export function actionsByRef(plan: Plan): Map<string, Action[]> {
  return groupBy(plan.actions, (a) => a.ref);
}

function isSorted<T>(items: readonly T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1], items[i]) > 0) return false;
  return true;
}

/** Runs every rule (or the given ones) over a plan as at `asOf`. */
export function validatePlan(plan: Plan, asOf: IsoDate, settings: Partial<PlanSettings> = {}, rules: readonly Rule[] = RULES): ValidationReport {
  const context: RuleContext = {
    plan,
    asOf,
    settings: resolveSettings(settings),
    byRef: actionsByRef(plan),
    subActions: groupBy(plan.actions, (a) => a.parentRef),
    glossaryInitials: plan.glossary.length ? new Set(plan.glossary.map((g) => g.initials.toUpperCase())) : null,
    wording: statusWording(plan.statusVocabulary),
    facts: actionFacts(plan.actions, asOf),
  };
  const sheetOrder = new Map(plan.sheets.map((s, i) => [s.sheet, i]));
  // Findings are gathered in blocks of one severity and rule id, then the blocks are taken in
  // (severity, rule) order and each block's findings by sheet and row: the same order as one
  // stable sort of every finding by (severity, rule, sheet, row), without comparing tens of
  // thousands of findings across rules. A rule's place is its id's last index, as before.
  const ruleOrder = new Map(rules.map((r, i) => [r.id, i]));
  const blocks = new Map<string, { severity: Severity; rule: string; findings: Finding[] }>();
  const messages = new Map<string, string>();
  for (const rule of rules) {
    const key = `${rule.severity}\u0000${rule.id}`;
    let block = blocks.get(key);
    if (!block) {
      block = { severity: rule.severity, rule: rule.id, findings: [] };
      blocks.set(key, block);
    }
    const found = block.findings;
    rule.check(context, (action, field, said, fixValue) => {
      const cell = findingCell(action, field);
      // One string per distinct message: rows with the same end date, status or entry get the
      // same words, and a report that keeps one copy of them is a fraction of the memory.
      let message = messages.get(said);
      if (message === undefined) {
        message = said;
        messages.set(said, said);
      }
      const finding: Finding = { rule: rule.id, severity: rule.severity, sheet: action.sheet, row: action.row, cell, ref: action.ref, message };
      if (fixValue !== undefined && action.cells[field]) finding.fix = { cell, value: fixValue };
      found.push(finding);
    });
  }
  const ordered = [...blocks.values()].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || ruleOrder.get(a.rule)! - ruleOrder.get(b.rule)!);
  const bySheetAndRow = (a: Finding, b: Finding) => (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) || a.row - b.row;
  const findings: Finding[] = [];
  for (const { findings: found } of ordered) {
    if (!isSorted(found, bySheetAndRow)) found.sort(bySheetAndRow);
    for (const f of found) findings.push(f);
  }
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return { asOf, findings, counts };
}
