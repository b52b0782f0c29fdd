import { formatUk } from "../dates";
import type { Rule } from "./types";
import { days, endDateText, statusText } from "./wording";

export const overdue: Rule = {
  id: "overdue",
  severity: "warning",
  title: "Overdue",
  description: "The end date is before the as-of date and the action is neither complete nor cancelled.",
  check({ plan, asOf, facts }, report) {
    const { actions } = plan;
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i];
      // daysOverdue and isClosed, worked out once per run (action-facts.ts).
      const late = facts.late[i];
      if (facts.closed[i] || late === null || late <= 0) continue;
      report(action, "endDate", `End date ${endDateText(action)} passed ${days(late)} before ${formatUk(asOf)} and the action is not complete (${statusText(action)}).`);
    }
  },
};
