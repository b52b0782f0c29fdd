/**
 * Which cell a new update entry goes in. A plan with one update column: the action's cell in it.
 * A plan that keeps updates one column per period (update-periods.ts): the column of the
 * period the entry's date falls in; after the latest period, that column while the date is
 * within one reporting interval of its end (a board's January report is written in early
 * February); between two periods, the next one (the report that will cover it). Otherwise no
 * column is right, and the user is told to add the new period's column: writing a March update
 * under "January 2025" would misdate it for the board.
 */
import { addDays, daysBetween, formatUk } from "./dates";
import type { Action, IsoDate, UpdateCell } from "./model";

export type UpdateTarget = { ok: true; cell: string; text: string; cellInHistory?: UpdateCell } | { ok: false; reason: string };

export function updateTarget(action: Action, date: IsoDate): UpdateTarget {
  const history = action.updateHistory;
  if (!history || history.length === 0) {
    return action.cells.update ? { ok: true, cell: action.cells.update, text: action.updateText } : { ok: false, reason: "The plan has no update column to write to." };
  }
  const pick = (c: UpdateCell): UpdateTarget => ({ ok: true, cell: c.cell, text: c.text, cellInHistory: c });
  const latest = history[history.length - 1];
  // A period named without dates (`Update Q2`): only its place says which is latest.
  if (!history.every((c) => c.period.from && c.period.to)) return pick(latest);

  const containing = history.find((c) => c.period.from! <= date && date <= c.period.to!);
  if (containing) return pick(containing);
  const where = (c: UpdateCell) => `"${c.period.name}" (${action.sheet}!${c.cell})`;
  if (date > latest.period.to!) {
    // The reporting interval: from the previous period's end to the latest's, or the latest's own length.
    const previous = history.length > 1 ? history[history.length - 2] : undefined;
    const interval = previous ? daysBetween(previous.period.to!, latest.period.to!) : daysBetween(latest.period.from!, latest.period.to!) + 1;
    if (date <= addDays(latest.period.to!, interval)) return pick(latest);
    return {
      ok: false,
      reason:
        `This plan keeps its updates one column per period, and the latest, ${where(latest)}, ended ${formatUk(latest.period.to!)}, ` +
        `more than one reporting interval (${interval} days) before ${formatUk(date)}. Add a column for the current period after it, ` +
        `or choose the update column yourself, then add the update; nothing was written.`,
    };
  }
  const next = history.find((c) => c.period.from! > date);
  if (next && next !== history[0]) return pick(next);
  return {
    ok: false,
    reason: `This plan keeps its updates one column per period, and ${formatUk(date)} is before the first, ${where(history[0])}. Date the update within a period the plan reports on; nothing was written.`,
  };
}
