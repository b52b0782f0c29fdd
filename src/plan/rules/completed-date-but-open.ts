import { formatUk } from "../dates";
import { completionClaim } from "../completion-language";
import { latestUpdate } from "../update-log";
import { OPEN_STATUSES } from "./percent-complete-but-open";
import type { Rule } from "./types";
import { actionName, at, completeWord, endDatePassed } from "./wording";


export const completedDateButOpen: Rule = {
  id: "completed-date-but-open",
  severity: "error",
  title: "Completed date on an open action",
  description:
    "The completed date column holds a date while the status says the work goes on. Either the action is finished and the status was not updated, or the date was entered early (a forecast typed in the wrong column). An error, as an update saying complete is; no fix is proposed, because only the owner knows which. An action that is also 100% complete is reported once, by percent-complete-but-open, and one whose latest update says complete by update-says-complete.",
  check({ plan, asOf, wording }, report) {
    for (const action of plan.actions) {
      const completed = action.completedDate;
      if (!action.cells.status || !OPEN_STATUSES.has(action.status.canonical) || completed?.kind !== "date") continue;
      if ((action.percentComplete?.value ?? 0) >= 100) continue;
      // The latest update says it is complete too: update-says-complete reports the row, with its fix.
      if (completionClaim(latestUpdate(action)?.text ?? "") === "complete") continue;
      const percent = action.percentComplete?.value != null ? `, ${action.percentComplete.value}% complete` : "";
      report(
        action,
        "status",
        `${actionName(action)} has a completed date, ${formatUk(completed.date)}${at(action, "completedDate")}, but its status${at(action, "status")} is '${action.status.raw}'${percent}${endDatePassed(action, asOf)}. Set the status to ${completeWord(wording.complete)} if the work is done, or clear the completed date if it was entered early.`,
      );
    }
  },
};
