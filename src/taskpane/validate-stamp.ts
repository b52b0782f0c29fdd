/**
 * The validation stamp kept in the workbook's state: who last validated the plan, when, as at
 * which date and what was found. In a file of its own (no rules) because the Validate view shows
 * the last stamp on its first screen, before anything is validated (validate-model.ts holds the
 * rest of what Validate shows, loaded with the findings).
 */
import { formatUk, parseIsoDate } from "../plan/dates";
import type { IsoDate } from "../plan/model";
import type { ChangeSet } from "../plan/port";
import type { Severity } from "../plan/rules";
import type { WorkbookSnapshot } from "../plan/snapshot";
import { readWorkbookState, saveWorkbookState } from "../plan/state";
import { formatTimestamp } from "./date-text";

/** `1 error`, `262 warnings`. */
export function countText(n: number, one: string): string {
  return `${n} ${one}${n === 1 ? "" : "s"}`;
}


/** The workbook-state key of the last validation's stamp. */
export const STAMP_KEY = "validationStamp";

/** Who validated the plan, when, as at which date, and what was found. */
export interface ValidationStamp {
  /** Initials, or `""` when the user has not given any. */
  by: string;
  /** `YYYY-MM-DD HH:MM`, local time of whoever validated. */
  at: string;
  asOf: IsoDate;
  counts: Record<Severity, number>;
}

/** The stamp saved in the workbook, or null when there is none or it is damaged. */
export function readStamp(snapshot: WorkbookSnapshot): ValidationStamp | null {
  const saved = readWorkbookState(snapshot).state[STAMP_KEY] as Partial<ValidationStamp> | null | undefined;
  if (!saved || typeof saved !== "object") return null;
  const counts = saved.counts as Partial<Record<Severity, unknown>> | undefined;
  if (typeof saved.at !== "string" || typeof saved.asOf !== "string" || !counts || typeof counts !== "object") return null;
  const count = (v: unknown) => (typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : 0);
  return {
    by: typeof saved.by === "string" ? saved.by : "",
    at: saved.at,
    asOf: saved.asOf,
    counts: { error: count(counts.error), warning: count(counts.warning), info: count(counts.info) },
  };
}

/** The change set that saves the stamp, keeping everything else in the workbook's state. */
export function stampChanges(snapshot: WorkbookSnapshot, stamp: ValidationStamp): ChangeSet {
  const { state } = readWorkbookState(snapshot);
  return saveWorkbookState({ ...state, [STAMP_KEY]: stamp }, snapshot);
}

/** "Last validated by KJ on 2015-06-08 10:02: 41 errors, 262 warnings". */
export function stampSentence(stamp: ValidationStamp): string {
  const who = stamp.by ? ` by ${stamp.by}` : "";
  return `Last validated${who} on ${formatTimestamp(stamp.at)}: ${countText(stamp.counts.error, "error")}, ${countText(stamp.counts.warning, "warning")}`;
}

/** "Judged as at 08/06/2015." */
export function stampAsAt(stamp: ValidationStamp): string {
  return parseIsoDate(stamp.asOf) ? `Judged as at ${formatUk(stamp.asOf)}.` : "";
}
