import { openByStatus } from "./open-status";
import type { Rule } from "./types";
import { actionName, at, completeWord, endDatePassed } from "./wording";

export const percentCompleteButOpen: Rule = {
  id: "percent-complete-but-open",
  severity: "error",
  title: "100% complete, but the status is still open",
  description:
    "The % complete column says the action is finished (100%) while the status says the work goes on (not started, in progress, at risk, overdue or paused). An error, as an update saying complete is: the board would see a finished action reported as open, or an open one counted as done. No fix is proposed, because either the status or the % may be the mistake. A row whose latest update also says complete is reported once, by update-says-complete. A plan with no status column is not checked: there 100% is what closes the action.",
  check({ plan, asOf, wording, facts }, report) {
    const { actions } = plan;
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i];
      const percent = action.percentComplete?.value;
      if (percent == null || percent < 100 || !openByStatus(action, facts.claim[i])) continue;
      report(
        action,
        "status",
        `${actionName(action)} is ${percent}% complete${at(action, "percentComplete")}, but its status${at(action, "status")} is '${action.status.raw}'${endDatePassed(action, asOf)}. Set the status to ${completeWord(wording.complete)} if the work is done, or correct the % complete.`,
      );
    }
  },
};
