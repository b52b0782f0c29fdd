import type { DatedEndDate } from "../model";
import { perReadings } from "../per-reading";
import type { Rule } from "./types";
import { passedBefore, statusText } from "./wording";

export const overdue: Rule = {
  id: "overdue",
  severity: "warning",
  title: "Overdue",
  description: "The end date is before the as-of date and the action is neither complete nor cancelled.",
  check({ plan, asOf, facts }, report) {
    const { actions } = plan;
    // The words follow from the end date's reading (its lateness too, the as-of date being the
    // run's) and the status's words: made once for each pair that occurs.
    const message = perReadings(
      (endDate: DatedEndDate, status: string) =>
        `End date ${passedBefore(endDate, asOf)} and the action is not complete (${status}).`,
    );
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i];
      // daysOverdue and isClosed, worked out once per run (action-facts.ts).
      const late = facts.late[i];
      if (facts.closed[i] || late === null || late <= 0) continue;
      report(action, "endDate", message(action.endDate as DatedEndDate, statusText(action)));
    }
  },
};
