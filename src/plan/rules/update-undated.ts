import type { Rule } from "./types";
import { quote } from "./wording";

export const updateUndated: Rule = {
  id: "update-undated",
  severity: "warning",
  title: "Update entry without a date",
  description: "An update entry has no date, so the board cannot tell how current it is.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      const undated = action.updates.filter((u) => !u.date);
      if (undated.length === 0) continue;
      const first = undated[0];
      const why = first.dateIssue ? ` (${first.dateIssue})` : "";
      report(action, "update", `${undated.length === 1 ? "An update entry has" : `${undated.length} update entries have`} no usable date: ${quote(first.raw)}${why}.`);
    }
  },
};
