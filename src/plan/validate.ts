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
  };
  const sheetOrder = new Map(plan.sheets.map((s, i) => [s.sheet, i]));
  const findings: Finding[] = [];
  for (const rule of rules) {
    rule.check(context, (action, field, message, fixValue) => {
      const cell = findingCell(action, field);
      const finding: Finding = { rule: rule.id, severity: rule.severity, sheet: action.sheet, row: action.row, cell, ref: action.ref, message };
      if (fixValue !== undefined && action.cells[field]) finding.fix = { cell, value: fixValue };
      findings.push(finding);
    });
  }
  const ruleOrder = new Map(rules.map((r, i) => [r.id, i]));
  findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      ruleOrder.get(a.rule)! - ruleOrder.get(b.rule)! ||
      (sheetOrder.get(a.sheet) ?? 0) - (sheetOrder.get(b.sheet) ?? 0) ||
      a.row - b.row,
  );
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return { asOf, findings, counts };
}
