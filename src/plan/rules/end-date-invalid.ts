import type { Rule } from "./types";

export const endDateInvalid: Rule = {
  id: "end-date-invalid",
  severity: "error",
  title: "End date is not a date",
  description: "The end date cell holds text that is not a date (\"LSCB Chair\") or an impossible date (31/02/2022).",
  check({ plan }, report) {
    for (const action of plan.actions) {
      if (action.endDate.kind === "invalid") report(action, "endDate", /^not a date$/i.test(action.endDate.reason) ? `End date '${action.endDate.text}' is not a date.` : `End date '${action.endDate.text}' is not a date: ${action.endDate.reason}.`);
    }
  },
};
