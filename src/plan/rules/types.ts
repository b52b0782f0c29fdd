import type { ActionFacts } from "../action-facts";
import type { Action, ColumnRole, IsoDate, Plan } from "../model";
import type { PlanSettings } from "../settings";
import type { StatusWording } from "../status-wording";

export type Severity = "error" | "warning" | "info";

/** A proposed cell value that resolves a finding, in the plan's own wording. */
export interface Fix {
  cell: string;
  value: string;
}

/** One problem, pointing at its cell, explained in the row's own values. */
export interface Finding {
  rule: string;
  severity: Severity;
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  cell: string;
  ref: string | null;
  message: string;
  fix?: Fix;
}

/** Everything a rule may consult. */
export interface RuleContext {
  plan: Plan;
  asOf: IsoDate;
  settings: PlanSettings;
  /** Actions by ref, compared case-insensitively. */
  byRef: Map<string, Action[]>;
  /** Sub-actions by their parent's upper-cased ref (81 → 81A, 81B), so no rule scans the plan per action. */
  subActions: Map<string, Action[]>;
  /** Upper-cased glossary initials, or null when the plan has no glossary. */
  glossaryInitials: Set<string> | null;
  /** The plan's own words for canonical statuses, for fixes. */
  wording: StatusWording;
  /** Each action's lateness, closure and latest entry, by its place in `plan.actions` (worked out once per run). */
  facts: ActionFacts;
}

/** Reports a finding on an action's field; the rule supplies its id and severity. */
export type Report = (action: Action, field: ColumnRole, message: string, fixValue?: string) => void;

/** One validation rule: a fixed shape, like a lint rule. */
export interface Rule {
  id: string;
  severity: Severity;
  title: string;
  /** What the rule checks and why, for the rule catalogue and the pane's help. */
  description: string;
  check(context: RuleContext, report: Report): void;
}
