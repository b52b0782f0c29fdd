import { daysBetween, formatUk } from "./dates";
import type { Action, IsoDate, RagColour } from "./model";
import type { PlanSettings } from "./settings";
import { completionClaim } from "./completion-language";
import { latestUpdate } from "./update-log";

/** A rating, including Grey for "not rated". */
export type Rating = RagColour | "grey";

/** An action's rating with the rule that produced it, in words a board member accepts. */
export interface RagResult {
  rating: Rating;
  /** Rule id, e.g. `past-end-date`. */
  rule: string;
  reason: string;
}

/** True when the action needs no more work. */
export function isClosed(action: Action): boolean {
  if (action.status.canonical === "complete" || action.status.canonical === "cancelled") return true;
  // A plan with no status column says "done" with a Blue (complete) RAG or in its latest update.
  if (action.cells.status) return false;
  return action.rag === "blue" || completionClaim(latestUpdate(action)?.text ?? "") === "complete";
}

/** Days past the end date as at `asOf` (positive when overdue), or null without a real date. */
export function daysOverdue(action: Action, asOf: IsoDate): number | null {
  return action.endDate.kind === "date" ? daysBetween(action.endDate.date, asOf) : null;
}

/**
 * Derives an action's BRAG rating as at a date. First match wins: Blue complete; Grey
 * cancelled; Red past its end date and not complete, or status overdue/off track; Amber status
 * at risk or paused, not started and due within `dueSoonDays`, or open with no real end date;
 * Green in progress with its end date ahead; otherwise Grey (not rated).
 */
export function deriveRag(action: Action, asOf: IsoDate, settings: PlanSettings): RagResult {
  const status = action.status.canonical;
  const said = action.status.raw ? `status "${action.status.raw}"` : "no status";
  if (status === "complete") return { rating: "blue", rule: "complete", reason: `Complete (${said}).` };
  if (!action.cells.status && isClosed(action)) return { rating: "blue", rule: "complete", reason: "Complete (no status column; the RAG or the latest update says so)." };
  if (status === "cancelled") return { rating: "grey", rule: "cancelled", reason: `Not rated: ${said}.` };
  const late = daysOverdue(action, asOf);
  if (late !== null && late > 0) {
    return { rating: "red", rule: "past-end-date", reason: `End date ${formatUk((action.endDate as { date: IsoDate }).date)} passed ${late} day${late === 1 ? "" : "s"} ago and the action is not complete.` };
  }
  if (status === "overdue") return { rating: "red", rule: "status-off-track", reason: `The plan says it is off track (${said}).` };
  if (status === "atRisk") return { rating: "amber", rule: "status-at-risk", reason: `The plan says it is at risk (${said}).` };
  if (status === "paused") return { rating: "amber", rule: "status-paused", reason: `Paused (${said}).` };
  if (late === null) return { rating: "amber", rule: "no-end-date", reason: `Open with no real end date (${action.endDate.kind === "blank" ? "blank" : `"${(action.endDate as { text: string }).text}"`}).` };
  const left = -late;
  if (status === "notStarted" && left <= settings.dueSoonDays) {
    return { rating: "amber", rule: "due-soon-not-started", reason: `Not started and due in ${left} day${left === 1 ? "" : "s"} (within ${settings.dueSoonDays}).` };
  }
  if (status === "inProgress") return { rating: "green", rule: "on-track", reason: `In progress with its end date ${left} day${left === 1 ? "" : "s"} ahead.` };
  return { rating: "grey", rule: "not-rated", reason: `Not rated: ${said} with its end date ahead.` };
}
