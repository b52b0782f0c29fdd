import { completionClaim } from "../completion-language";
import type { CanonicalStatus } from "../model";
import { latestUpdate } from "../update-log";
import type { Rule } from "./types";
import { actionName, at, completeWord, endDatePassed } from "./wording";

/**
 * Statuses that say the work goes on, for the completion-field rules. Blank and unknown statuses
 * have their own findings.
 */
export const OPEN_STATUSES: ReadonlySet<CanonicalStatus> = new Set(["notStarted", "inProgress", "atRisk", "overdue", "paused"]);

export const percentCompleteButOpen: Rule = {
  id: "percent-complete-but-open",
  severity: "error",
  title: "100% complete, but the status is still open",
  description:
    "The % complete column says the action is finished (100%) while the status says the work goes on (not started, in progress, at risk, overdue or paused). An error, as an update saying complete is: the board would see a finished action reported as open, or an open one counted as done. No fix is proposed, because either the status or the % may be the mistake. A row whose latest update also says complete is reported once, by update-says-complete. A plan with no status column is not checked: there 100% is what closes the action.",
  check({ plan, asOf, wording }, report) {
    for (const action of plan.actions) {
      const percent = action.percentComplete?.value;
      if (!action.cells.status || !OPEN_STATUSES.has(action.status.canonical) || percent == null || percent < 100) continue;
      // The latest update says it is complete too: update-says-complete reports the row, with its fix.
      if (completionClaim(latestUpdate(action)?.text ?? "") === "complete") continue;
      report(
        action,
        "status",
        `${actionName(action)} is ${percent}% complete${at(action, "percentComplete")}, but its status${at(action, "status")} is '${action.status.raw}'${endDatePassed(action, asOf)}. Set the status to ${completeWord(wording.complete)} if the work is done, or correct the % complete.`,
      );
    }
  },
};
