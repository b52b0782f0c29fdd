import { daysBetween, formatUk } from "../dates";
import { isStale, lastEntryDate } from "../staleness";
import { initialsList } from "../update-log";
import type { Rule } from "./types";
import { days, quote } from "./wording";

export const updateUndated: Rule = {
  id: "update-undated",
  severity: "warning",
  title: "Update entry without a date",
  description: "An update entry has no date, so the board cannot tell how current it is.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      const undated = action.updates.filter((u) => !u.date);
      if (undated.length === 0) continue;
      const first = undated[0];
      const why = first.dateIssue ? ` (${first.dateIssue})` : "";
      report(action, "update", `${undated.length === 1 ? "An update entry has" : `${undated.length} update entries have`} no usable date: ${quote(first.raw)}${why}.`);
    }
  },
};

export const updateNoInitials: Rule = {
  id: "update-no-initials",
  severity: "info",
  title: "Update entry without initials",
  description: "A dated update entry does not say who wrote it.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      const anonymous = action.updates.filter((u) => u.date && !u.initials);
      if (anonymous.length === 0) continue;
      report(action, "update", `${anonymous.length === 1 ? "An update entry has" : `${anonymous.length} update entries have`} no initials: ${quote(anonymous[0].raw)}.`);
    }
  },
};

export const unknownInitials: Rule = {
  id: "unknown-initials",
  severity: "warning",
  title: "Initials not in the glossary",
  description: "An update entry is initialled by someone the plan's glossary does not list. Only checked when the plan has a glossary.",
  check({ plan, glossaryInitials }, report) {
    if (!glossaryInitials) return;
    for (const action of plan.actions) {
      const written = action.updates.flatMap((u) => (u.initials ? initialsList(u.initials) : []));
      const unknown = [...new Set(written.filter((i) => !glossaryInitials.has(i.toUpperCase())))];
      if (unknown.length) report(action, "update", `Initials ${unknown.join(", ")} ${unknown.length === 1 ? "is" : "are"} not in the glossary.`);
    }
  },
};

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

export const updateStale: Rule = {
  id: "update-stale",
  severity: "warning",
  title: "No recent update",
  description: "An open action has no dated update entry within the staleness limit (30 days unless the workbook sets another).",
  check({ plan, asOf, settings }, report) {
    for (const action of plan.actions) {
      if (!isStale(action, asOf, settings.staleDays)) continue;
      const latest = lastEntryDate(action, asOf);
      report(
        action,
        "update",
        latest
          ? `The latest dated update is ${formatUk(latest)}, ${days(daysBetween(latest, asOf))} before ${formatUk(asOf)} (limit ${settings.staleDays}).`
          : action.updates.length
            ? `The update log has no dated entry, so nothing shows an update in the last ${settings.staleDays} days.`
            : `No update has been entered (limit ${settings.staleDays} days).`,
      );
    }
  },
};
