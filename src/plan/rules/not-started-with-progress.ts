import type { Rule } from "./types";
import { quote } from "./wording";

export const notStartedWithProgress: Rule = {
  id: "not-started-with-progress",
  severity: "warning",
  title: "Not started, but progress is recorded",
  description: "The status says not started while the update log holds dated entries.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      if (action.status.canonical !== "notStarted") continue;
      const dated = action.updates.filter((u) => u.date);
      if (dated.length === 0) continue;
      const latest = dated[dated.length - 1];
      report(action, "status", `Status is '${action.status.raw}' but the update log has ${dated.length} dated entr${dated.length === 1 ? "y" : "ies"}, latest ${quote(latest.raw)}.`);
    }
  },
};
