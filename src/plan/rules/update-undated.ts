import type { UpdateEntry } from "../model";
import type { Rule } from "./types";
import { quote } from "./wording";

export const updateUndated: Rule = {
  id: "update-undated",
  severity: "warning",
  title: "Update entry without a date",
  description: "An update entry has no date, so the board cannot tell how current it is.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      // Counted in place, not filtered into a list: most rows have no such entry.
      let count = 0;
      let first: UpdateEntry | undefined;
      for (const u of action.updates) {
        if (u.date) continue;
        first ??= u;
        count++;
      }
      if (!first) continue;
      const why = first.dateIssue ? ` (${first.dateIssue})` : "";
      report(action, "update", `${count === 1 ? "An update entry has" : `${count} update entries have`} no usable date: ${quote(first.raw)}${why}.`);
    }
  },
};
