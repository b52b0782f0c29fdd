import type { DatedEndDate } from "../model";
import { perReadings } from "../per-reading";
import type { Rule } from "./types";
import { passedBefore, statusText } from "./wording";

export const statusPastEndDate: Rule = {
  id: "status-past-end-date",
  severity: "error",
  title: "Status says on track or not started after the end date",
  description:
    "An action past its end date cannot be on track or not started. Completing early is fine and never flagged. The fix (in progress only) uses the plan's own word for overdue. A row whose update, % complete or completed date says it is done is reported by the rule for that contradiction instead.",
  check({ plan, asOf, wording, facts }, report) {
    const { actions } = plan;
    // Made once for each (end date, status words) pair that occurs, as overdue's are.
    const message = perReadings(
      (endDate: DatedEndDate, status: string) => `End date ${passedBefore(endDate, asOf)}, but ${status}.`,
    );
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i];
      // daysOverdue, worked out once per run (action-facts.ts).
      const late = facts.late[i];
      const status = action.status.canonical;
      if (late === null || late <= 0 || (status !== "inProgress" && status !== "notStarted")) continue;
      // The latest entry says it is complete: update-says-complete reports that row, with the
      // fix to Complete; a second error on the same row would count one defect twice.
      if (facts.claim[i] === "complete") continue;
      // Likewise 100% complete (percent-complete-but-open) or a completed date (completed-date-but-open):
      // the row says it may be done, so "overdue" would be the wrong fix for it.
      if ((action.percentComplete?.value ?? 0) >= 100 || action.completedDate?.kind === "date") continue;
      report(
        action,
        "status",
        message(action.endDate as DatedEndDate, statusText(action)),
        status === "inProgress" ? wording.overdue : undefined,
      );
    }
  },
};
