import { formatUk } from "../dates";
import { daysOverdue, isClosed } from "../rag";
import type { Rule } from "./types";
import { days, endDateText, statusText } from "./wording";

export const overdue: Rule = {
  id: "overdue",
  severity: "warning",
  title: "Overdue",
  description: "The end date is before the as-of date and the action is neither complete nor cancelled.",
  check({ plan, asOf }, report) {
    for (const action of plan.actions) {
      const late = daysOverdue(action, asOf);
      if (isClosed(action) || late === null || late <= 0) continue;
      report(action, "endDate", `End date ${endDateText(action)} passed ${days(late)} before ${formatUk(asOf)} and the action is not complete (${statusText(action)}).`);
    }
  },
};
