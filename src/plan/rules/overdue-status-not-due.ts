import { formatUk } from "../dates";
import type { Rule } from "./types";
import { days, endDateText, statusText } from "./wording";

export const overdueStatusNotDue: Rule = {
  id: "overdue-status-not-due",
  severity: "warning",
  title: "Status says overdue before the end date",
  description: "The status says overdue or off track while the end date is still ahead. If the end date moved, the status should follow; if it slipped, the end date should say so.",
  check({ plan, asOf, wording, facts }, report) {
    const { actions } = plan;
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i];
      // daysOverdue, worked out once per run (action-facts.ts).
      const late = facts.late[i];
      if (action.status.canonical !== "overdue" || late === null || late > 0) continue;
      const ahead = -late;
      report(
        action,
        "status",
        `${statusText(action).replace(/^s/, "S")}, but the end date ${endDateText(action)} is ${ahead === 0 ? "today" : `still ${days(ahead)} ahead of ${formatUk(asOf)}`}.`,
        wording.inProgress,
      );
    }
  },
};
