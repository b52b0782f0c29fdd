import { datedByPeriod } from "../update-history";
import type { Rule } from "./types";
import { entriesHave, firstEntry, quote } from "./wording";

export const updateNoInitials: Rule = {
  id: "update-no-initials",
  severity: "info",
  title: "Update entry without initials",
  description: "A dated update entry does not say who wrote it.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      // An entry dated only by its period column (`November 2024`) is a board table's cell: the
      // heading dates it and the lead column says whose it is, so no initials are expected.
      const found = firstEntry(action.updates, (u) => !!u.date && !u.initials && !datedByPeriod(u));
      if (found) report(action, "update", `${entriesHave(found.count)} no initials: ${quote(found.first.raw)}.`);
    }
  },
};
