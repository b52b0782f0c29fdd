import type { Rule } from "./types";

export const ownerMissing: Rule = {
  id: "owner-missing",
  severity: "warning",
  title: "No owner",
  description: "The owner is blank or TBC: nobody is accountable for the action.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      if (!action.cells.owner || !action.ownerUnknown) continue;
      report(action, "owner", action.ownerText ? `Owner is '${action.ownerText}': nobody is named.` : "No owner is named.");
    }
  },
};
