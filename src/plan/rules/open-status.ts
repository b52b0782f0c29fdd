import type { CompletionClaim } from "../completion-language";
import type { Action, CanonicalStatus } from "../model";

/**
 * Statuses that say the work goes on, for the completion-field rules. Blank and unknown statuses
 * have their own findings.
 */
export const OPEN_STATUSES: ReadonlySet<CanonicalStatus> = new Set(["notStarted", "inProgress", "atRisk", "overdue", "paused"]);

/**
 * Whether a completion-field rule (100 %, a completed date) should judge the action: its status
 * column says the work goes on, and its latest update does not say it is complete. A row whose
 * latest update says complete is update-says-complete's, which offers the fix, so the row is
 * reported once. A plan with no status column is not judged: there the fields close the action.
 */
export function openByStatus(action: Action, latestClaim: CompletionClaim): boolean {
  return Boolean(action.cells.status) && OPEN_STATUSES.has(action.status.canonical) && latestClaim !== "complete";
}
