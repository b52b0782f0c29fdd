import { formatUk } from "../dates";
import type { UpdateEntry } from "../model";
import { effectiveEntryDate } from "../update-history";
import type { Rule } from "./types";
import { quote } from "./wording";

export const updateInFuture: Rule = {
  id: "update-in-future",
  severity: "error",
  title: "Update dated in the future",
  description: "An update entry is dated after the as-of date: a typing slip (often day and month swapped) or a wrong year.",
  check({ plan, asOf }, report) {
    for (const action of plan.actions) {
      // An entry dated only by its period column is in the future only if the period has not begun.
      let future: UpdateEntry | undefined;
      for (const u of action.updates) {
        if (u.date && (effectiveEntryDate(u, asOf) ?? u.date) > asOf) {
          future = u;
          break;
        }
      }
      if (future) report(action, "update", `The entry ${quote(future.raw)} is dated ${formatUk(future.date!)}, after ${formatUk(asOf)}.`);
    }
  },
};
