import type { UpdateEntry } from "../model";
import { perReading } from "../per-reading";
import type { Rule } from "./types";
import { entriesHave, firstEntry, quote } from "./wording";

export const updateUndated: Rule = {
  id: "update-undated",
  severity: "warning",
  title: "Update entry without a date",
  description: "An update entry has no date, so the board cannot tell how current it is.",
  check({ plan }, report) {
    // Depends on the log's entries alone: looked at once for each log that rows share.
    const undated = perReading((updates: readonly UpdateEntry[]): string | null => {
      const found = firstEntry(updates, (u) => !u.date);
      if (!found) return null;
      const why = found.first.dateIssue ? ` (${found.first.dateIssue})` : "";
      return `${entriesHave(found.count)} no usable date: ${quote(found.first.raw)}${why}.`;
    });
    for (const action of plan.actions) {
      const message = undated(action.updates);
      if (message) report(action, "update", message);
    }
  },
};
