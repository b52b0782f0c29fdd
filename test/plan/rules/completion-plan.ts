/** A hand-built plan with the completion fields project tools export, for the completion rules' tests. */
import type { Plan } from "../../../src/plan/model";
import { readPlan } from "../../../src/plan/read-plan";
import type { Finding } from "../../../src/plan/rules";
import { validatePlan } from "../../../src/plan/validate";
import { buildSheet, buildWorkbook, type BuiltCell } from "../../support/snapshot-builder";

/** Every test judges as at Friday 7 February 2025, as the gallery's completion-fields plan is. */
export const AS_OF = "2025-02-07";

/** Columns A-I: ref, action, owner, end date, % complete, completed date, late, status, update. */
export const HEADER = ["Ref", "Action", "Owner", "Due date", "% Complete", "Completed date", "Late", "Status", "Progress update"];

export interface Row {
  ref: string;
  end?: BuiltCell;
  percent?: BuiltCell;
  completed?: BuiltCell;
  late?: BuiltCell;
  status?: string;
  update?: string;
}

/** A fraction shown as a percentage, as a tool stores `% Complete` (`0.75` under `0%`). */
export function pct(fraction: number): BuiltCell {
  return { value: fraction, text: `${Math.round(fraction * 100)}%`, numberFormat: "0%" };
}

/** A tidy row: due 31/03/2025, half done, not late, in progress, updated 03/02/2025. */
function cells(r: Row): BuiltCell[] {
  return [
    r.ref,
    `Action ${r.ref}`,
    "Service Manager",
    r.end ?? "31/03/2025",
    r.percent ?? pct(0.5),
    r.completed ?? "",
    r.late ?? "No",
    r.status ?? "In progress",
    r.update ?? "03/02/25 AB: Work going to plan.",
  ];
}

/** The plan read from the rows; `drop` leaves out the named header columns (and their cells). */
export function completionPlan(rows: Row[], drop: string[] = []): Plan {
  const keep = HEADER.map((h, i) => (drop.includes(h) ? -1 : i)).filter((i) => i >= 0);
  const table = [HEADER, ...rows.map(cells)].map((row) => keep.map((i) => row[i]));
  const result = readPlan(buildWorkbook(buildSheet("Delivery Plan", table)));
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

/** The findings of one rule. */
export function findingsOf(plan: Plan, rule: string, asOf = AS_OF): Finding[] {
  return validatePlan(plan, asOf).findings.filter((f) => f.rule === rule);
}

/** `rule:ref` of every finding. */
export function fired(plan: Plan, asOf = AS_OF): string[] {
  return validatePlan(plan, asOf).findings.map((f) => `${f.rule}:${f.ref}`);
}
