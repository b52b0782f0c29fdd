import { isClosed } from "../rag";
import type { EndDate } from "../model";
import { perReading } from "../per-reading";
import type { Rule } from "./types";

export const endDateTbc: Rule = {
  id: "end-date-tbc",
  severity: "warning",
  title: "End date TBC",
  description: "An open action's end date is still to be confirmed, so it cannot be judged on time or late.",
  check({ plan }, report) {
    // One message for each end date reading that rows share.
    const message = perReading((endDate: Extract<EndDate, { kind: "tbc" }>) => `End date is '${endDate.text}'.`);
    for (const action of plan.actions) {
      if (action.endDate.kind === "tbc" && !action.endDate.standing && !isClosed(action)) report(action, "endDate", message(action.endDate));
    }
  },
};
