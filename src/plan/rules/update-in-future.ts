import { formatUk } from "../dates";
import type { Rule } from "./types";
import { quote } from "./wording";

export const updateInFuture: Rule = {
  id: "update-in-future",
  severity: "error",
  title: "Update dated in the future",
  description: "An update entry is dated after the as-of date: a typing slip (often day and month swapped) or a wrong year.",
  check({ plan, asOf }, report) {
    for (const action of plan.actions) {
      const future = action.updates.find((u) => u.date && u.date > asOf);
      if (future) report(action, "update", `The entry ${quote(future.raw)} is dated ${formatUk(future.date!)}, after ${formatUk(asOf)}.`);
    }
  },
};
