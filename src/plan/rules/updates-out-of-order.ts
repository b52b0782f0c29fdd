import type { UpdateEntry } from "../model";
import type { Rule } from "./types";

export const updatesOutOfOrder: Rule = {
  id: "updates-out-of-order",
  severity: "warning",
  title: "Update entries out of order",
  description: "Entries are normally oldest first; a dated entry that is earlier than the one before it suggests an entry was inserted in the wrong place or mis-dated.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      // The first dated entry earlier than the dated entry before it, found in one pass.
      let previous: UpdateEntry | undefined;
      for (const u of action.updates) {
        if (!u.date) continue;
        if (previous && u.date < previous.date!) {
          report(action, "update", `The entry dated ${u.dateText} comes after one dated ${previous.dateText}.`);
          break;
        }
        previous = u;
      }
    }
  },
};
