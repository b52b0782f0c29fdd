import { parentOf } from "../refs";
import type { Rule } from "./types";

export const subActionEndsAfterParent: Rule = {
  id: "sub-action-ends-after-parent",
  severity: "warning",
  title: "Sub-action ends after its parent",
  description: "A sub-action's end date is later than its parent action's end date, so the parent cannot finish on time.",
  check({ plan, byRef }, report) {
    for (const child of plan.actions) {
      if (!child.parentRef || child.endDate.kind !== "date") continue;
      const parent = parentOf(child, byRef);
      if (!parent || parent.endDate.kind !== "date" || child.endDate.date <= parent.endDate.date) continue;
      report(child, "endDate", `End date ${child.endDate.text} is after the end date of its parent action ${parent.ref} (${parent.endDate.text}).`);
    }
  },
};
