import type { Rule } from "./types";

export const updatesOutOfOrder: Rule = {
  id: "updates-out-of-order",
  severity: "warning",
  title: "Update entries out of order",
  description: "Entries are normally oldest first; a dated entry that is earlier than the one before it suggests an entry was inserted in the wrong place or mis-dated.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      const dated = action.updates.filter((u) => u.date);
      const i = dated.findIndex((u, k) => k > 0 && u.date! < dated[k - 1].date!);
      if (i > 0) report(action, "update", `The entry dated ${dated[i].dateText} comes after one dated ${dated[i - 1].dateText}.`);
    }
  },
};
