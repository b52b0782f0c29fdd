import { formatUk } from "../dates";
import { openByStatus } from "./open-status";
import type { Rule } from "./types";
import { actionName, at, completeWord, endDatePassed } from "./wording";


export const completedDateButOpen: Rule = {
  id: "completed-date-but-open",
  severity: "error",
  title: "Completed date on an open action",
  description:
    "The completed date column holds a date while the status says the work goes on. Either the action is finished and the status was not updated, or the date was entered early (a forecast typed in the wrong column). An error, as an update saying complete is; no fix is proposed, because only the owner knows which. An action that is also 100% complete is reported once, by percent-complete-but-open, and one whose latest update says complete by update-says-complete.",
  check({ plan, asOf, wording, facts }, report) {
    const { actions } = plan;
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i];
      const completed = action.completedDate;
      if (completed?.kind !== "date" || !openByStatus(action, facts.claim[i])) continue;
      // 100 % complete as well: percent-complete-but-open reports the row.
      if ((action.percentComplete?.value ?? 0) >= 100) continue;
      const percent = action.percentComplete?.value != null ? `, ${action.percentComplete.value}% complete` : "";
      report(
        action,
        "status",
        `${actionName(action)} has a completed date, ${formatUk(completed.date)}${at(action, "completedDate")}, but its status${at(action, "status")} is '${action.status.raw}'${percent}${endDatePassed(action, asOf)}. Set the status to ${completeWord(wording.complete)} if the work is done, or clear the completed date if it was entered early.`,
      );
    }
  },
};
