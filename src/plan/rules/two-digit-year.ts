import type { Rule } from "./types";

export const twoDigitYear: Rule = {
  id: "two-digit-year",
  severity: "info",
  title: "Two-digit year",
  description: "The end date is typed with a two-digit year (31/07/15); it was read as 20yy.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      if (action.endDate.kind === "date" && action.endDate.twoDigitYear) report(action, "endDate", `End date '${action.endDate.text}' has a two-digit year; read as ${action.endDate.date.slice(0, 4)}.`);
    }
  },
};
