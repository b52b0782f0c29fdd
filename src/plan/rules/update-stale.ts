import { daysBetween, formatUk } from "../dates";
import type { UpdateEntry } from "../model";
import { isStaleEntryDate, lastEntryDate } from "../staleness";
import { datedByPeriod } from "../update-history";
import { perReading } from "../per-reading";
import type { Rule } from "./types";
import { days } from "./wording";

export const updateStale: Rule = {
  id: "update-stale",
  severity: "warning",
  title: "No recent update",
  description: "An open action has no dated update entry within the staleness limit (30 days unless the workbook sets another).",
  check({ plan, asOf, settings, facts }, report) {
    const { actions } = plan;
    const limit = settings.staleDays;
    const said = (latest: string | null, updates: readonly UpdateEntry[], period?: { name: string }): string =>
      latest
        ? `The latest ${period ? `update is in "${period.name}" (to ${formatUk(latest)})` : `dated update is ${formatUk(latest)}`}, ${days(daysBetween(latest, asOf))} before ${formatUk(asOf)} (limit ${limit}).`
        : updates.length
          ? `The update log has no dated entry, so nothing shows an update in the last ${limit} days.`
          : `No update has been entered (limit ${limit} days).`;
    // Whether a log is stale, and the words for it, depend on its entries alone (the as-of date
    // and limit being the run's): worked out once for each log that rows share.
    const staleness = perReading((updates: readonly UpdateEntry[]): string | null => {
      const latest = lastEntryDate(updates, asOf);
      return isStaleEntryDate(latest, asOf, limit) ? said(latest, updates) : null;
    });
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i];
      // isStale, its isClosed worked out once per run (action-facts.ts).
      if (facts.closed[i]) continue;
      if (!action.updateHistory) {
        const message = staleness(action.updates);
        if (message) report(action, "update", message);
        continue;
      }
      // Dated by its period column: say which period, since the cell itself shows no date
      // (only a plan kept one column per period has such entries, each row's its own).
      const latest = lastEntryDate(action.updates, asOf);
      if (!isStaleEntryDate(latest, asOf, limit)) continue;
      const period = action.updates.find((u) => datedByPeriod(u) && u.date === latest)?.period;
      report(action, "update", said(latest, action.updates, period));
    }
  },
};
