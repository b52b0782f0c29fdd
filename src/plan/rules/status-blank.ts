import type { Rule } from "./types";

export const statusBlank: Rule = {
  id: "status-blank",
  severity: "error",
  title: "No status",
  description: "The status cell is blank, so the action cannot be rated.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      if (action.cells.status && action.status.canonical === "blank") report(action, "status", "Status is blank.");
    }
  },
};
