import { daysBetween, formatUk } from "../dates";
import { isStaleEntryDate, lastEntryDate } from "../staleness";
import { datedByPeriod } from "../update-history";
import type { Rule } from "./types";
import { days } from "./wording";

export const updateStale: Rule = {
  id: "update-stale",
  severity: "warning",
  title: "No recent update",
  description: "An open action has no dated update entry within the staleness limit (30 days unless the workbook sets another).",
  check({ plan, asOf, settings, facts }, report) {
    const { actions } = plan;
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i];
      // isStale, its isClosed worked out once per run (action-facts.ts) and the latest date read once.
      if (facts.closed[i]) continue;
      const latest = lastEntryDate(action, asOf);
      if (!isStaleEntryDate(latest, asOf, settings.staleDays)) continue;
      // Dated by its period column: say which period, since the cell itself shows no date
      // (only a plan kept one column per period has such entries).
      const period = action.updateHistory ? action.updates.find((u) => datedByPeriod(u) && u.date === latest)?.period : undefined;
      report(
        action,
        "update",
        latest
          ? `The latest ${period ? `update is in "${period.name}" (to ${formatUk(latest)})` : `dated update is ${formatUk(latest)}`}, ${days(daysBetween(latest, asOf))} before ${formatUk(asOf)} (limit ${settings.staleDays}).`
          : action.updates.length
            ? `The update log has no dated entry, so nothing shows an update in the last ${settings.staleDays} days.`
            : `No update has been entered (limit ${settings.staleDays} days).`,
      );
    }
  },
};
