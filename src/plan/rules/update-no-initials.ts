import type { Rule } from "./types";
import { quote } from "./wording";

export const updateNoInitials: Rule = {
  id: "update-no-initials",
  severity: "info",
  title: "Update entry without initials",
  description: "A dated update entry does not say who wrote it.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      const anonymous = action.updates.filter((u) => u.date && !u.initials);
      if (anonymous.length === 0) continue;
      report(action, "update", `${anonymous.length === 1 ? "An update entry has" : `${anonymous.length} update entries have`} no initials: ${quote(anonymous[0].raw)}.`);
    }
  },
};
