import type { UpdateEntry } from "../model";
import type { Rule } from "./types";
import { perReadings } from "../per-reading";
import { quote } from "./wording";

/** Entries that record no work: status confirmations, "no update", work yet to begin. */
const NOT_PROGRESS =
  /\b(no (?:further )?updates?|status is current|confirmed (?:this|the) status|will (?:commence|start|begin)|not (?:yet )?(?:started|commenced)|yet to (?:start|begin|commence)|to be started|end dates? (?:are|is) being reviewed)\b/i;

export const notStartedWithProgress: Rule = {
  id: "not-started-with-progress",
  severity: "info",
  title: "Not started, but progress is recorded",
  description:
    "The status says not started while the update log holds dated entries that report work. Entries that only confirm the status, say there is no update, or say work will start later are not progress. A note, not a warning: only a person can tell whether the work has started.",
  check({ plan }, report) {
    // Looked at once for each (update log, status wording) pair that rows share.
    const message = perReadings((updates: readonly UpdateEntry[], status: string): string | null => {
      // Dated entries that report work, counted in place rather than filtered into a list.
      let count = 0;
      let latest: UpdateEntry | undefined;
      for (const u of updates) {
        if (!u.date || NOT_PROGRESS.test(u.text)) continue;
        count++;
        latest = u;
      }
      if (!latest) return null;
      return `Status is '${status}' but the update log has ${count} dated entr${count === 1 ? "y" : "ies"}, latest ${quote(latest.raw)}. Check whether work has started.`;
    });
    for (const action of plan.actions) {
      if (action.status.canonical !== "notStarted") continue;
      const said = message(action.updates, action.status.raw);
      if (said) report(action, "status", said);
    }
  },
};
