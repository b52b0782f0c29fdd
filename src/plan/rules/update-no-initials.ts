import { datedByPeriod } from "../update-history";
import type { UpdateEntry } from "../model";
import { perReading } from "../per-reading";
import type { Rule } from "./types";
import { entriesHave, firstEntry, quote } from "./wording";

export const updateNoInitials: Rule = {
  id: "update-no-initials",
  severity: "info",
  title: "Update entry without initials",
  description: "A dated update entry does not say who wrote it.",
  check({ plan }, report) {
    // Depends on the log's entries alone: looked at once for each log that rows share.
    const noInitials = perReading((updates: readonly UpdateEntry[]): string | null => {
      // An entry dated only by its period column (`November 2024`) is a board table's cell: the
      // heading dates it and the lead column says whose it is, so no initials are expected.
      const found = firstEntry(updates, (u) => !!u.date && !u.initials && !datedByPeriod(u));
      return found ? `${entriesHave(found.count)} no initials: ${quote(found.first.raw)}.` : null;
    });
    for (const action of plan.actions) {
      const message = noInitials(action.updates);
      if (message) report(action, "update", message);
    }
  },
};
