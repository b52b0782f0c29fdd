import type { Rule } from "./types";

export const statusUnknown: Rule = {
  id: "status-unknown",
  severity: "warning",
  title: "Status not understood",
  description: "The status is not one of the recognised wordings (not started, in progress, at risk, overdue, complete, paused, cancelled and their synonyms).",
  check({ plan }, report) {
    for (const action of plan.actions) {
      if (action.status.canonical === "unknown") report(action, "status", `Status '${action.status.raw}' is not a status this plan or the add-in recognises.`);
    }
  },
};
