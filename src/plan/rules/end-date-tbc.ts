import { isClosed } from "../rag";
import type { Rule } from "./types";

export const endDateTbc: Rule = {
  id: "end-date-tbc",
  severity: "warning",
  title: "End date TBC",
  description: "An open action's end date is still to be confirmed, so it cannot be judged on time or late.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      if (action.endDate.kind === "tbc" && !action.endDate.standing && !isClosed(action)) report(action, "endDate", `End date is '${action.endDate.text}'.`);
    }
  },
};
