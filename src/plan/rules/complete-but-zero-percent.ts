import { formatUk } from "../dates";
import type { Rule } from "./types";
import { actionName, at } from "./wording";

export const completeButZeroPercent: Rule = {
  id: "complete-but-zero-percent",
  severity: "warning",
  title: "Complete, but 0% complete",
  description:
    "The status says complete while the % complete column says no work is done (0%). A warning: the status is usually right and the % was never updated, but a board pack that totals the % would show the action as not begun. A blank % is not 0% and is not reported: many plans fill the % only while work is under way.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      if (!action.cells.status || action.status.canonical !== "complete" || action.percentComplete?.value !== 0) continue;
      const completed = action.completedDate?.kind === "date" ? ` and a completed date of ${formatUk(action.completedDate.date)}` : "";
      report(
        action,
        "percentComplete",
        `${actionName(action)} has status '${action.status.raw}'${at(action, "status")}${completed}, but its % complete${at(action, "percentComplete")} is 0%. Set the % complete to 100% if the work is done, or correct the status.`,
      );
    }
  },
};
