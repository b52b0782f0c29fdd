import type { Rule } from "./types";

export const endDateInvalid: Rule = {
  id: "end-date-invalid",
  severity: "error",
  title: "End date is not a date",
  description: "The end date cell holds text that is not a date (\"LSCB Chair\") or an impossible date (31/02/2022).",
  check({ plan }, report) {
    for (const action of plan.actions) {
      if (action.endDate.kind !== "invalid") continue;
      // The reader's reason may itself begin "not a date: …"; the message says that once.
      const detail = action.endDate.reason.replace(/^not a date:?\s*/i, "");
      report(action, "endDate", detail ? `End date '${action.endDate.text}' is not a date: ${detail}.` : `End date '${action.endDate.text}' is not a date.`);
    }
  },
};
