import { isClosed } from "../rag";
import type { Rule } from "./types";

export const endDateMissing: Rule = {
  id: "end-date-missing",
  severity: "warning",
  title: "No end date",
  description: "An open action has a blank end date.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      if (action.cells.endDate && action.endDate.kind === "blank" && !isClosed(action)) report(action, "endDate", "End date is blank.");
    }
  },
};
