import type { UpdateEntry } from "../model";
import { datedByPeriod } from "../update-history";
import type { Rule } from "./types";
import { quote } from "./wording";

export const updateNoInitials: Rule = {
  id: "update-no-initials",
  severity: "info",
  title: "Update entry without initials",
  description: "A dated update entry does not say who wrote it.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      // Counted in place, not filtered into a list: most rows have no such entry. An entry dated
      // only by its period column (`November 2024`) is a board table's cell: the heading dates it
      // and the lead column says whose it is, so no initials are expected.
      let count = 0;
      let first: UpdateEntry | undefined;
      for (const u of action.updates) {
        if (!u.date || u.initials || datedByPeriod(u)) continue;
        first ??= u;
        count++;
      }
      if (!first) continue;
      report(action, "update", `${count === 1 ? "An update entry has" : `${count} update entries have`} no initials: ${quote(first.raw)}.`);
    }
  },
};
