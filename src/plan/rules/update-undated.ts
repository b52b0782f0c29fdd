import type { Rule } from "./types";
import { entriesHave, firstEntry, quote } from "./wording";

export const updateUndated: Rule = {
  id: "update-undated",
  severity: "warning",
  title: "Update entry without a date",
  description: "An update entry has no date, so the board cannot tell how current it is.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      const found = firstEntry(action.updates, (u) => !u.date);
      if (!found) continue;
      const why = found.first.dateIssue ? ` (${found.first.dateIssue})` : "";
      report(action, "update", `${entriesHave(found.count)} no usable date: ${quote(found.first.raw)}${why}.`);
    }
  },
};
