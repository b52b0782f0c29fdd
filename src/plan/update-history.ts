/**
 * One update log read from several period columns (`November 2024`, `December 2024`, ...): each
 * non-blank cell is read as an update cell of its own, oldest period first, and an entry with no
 * date of its own is dated by its column's period (its last day), so the staleness, chase and
 * summary read the latest non-blank period as the current update.
 */
import type { IsoDate, UpdateCell, UpdateEntry } from "./model";

/** `read` splits one cell into entries (parseUpdateLog with the plan's options); they are copied, never changed. */
export function parseUpdateHistory(cells: readonly UpdateCell[], read: (text: string) => UpdateEntry[]): UpdateEntry[] {
  const entries: UpdateEntry[] = [];
  for (const c of cells) {
    for (const written of read(c.text)) {
      const entry: UpdateEntry = { ...written, cell: c.cell, period: c.period };
      // A date the entry carries itself, even an impossible one, is the writer's; only an entry with none takes the heading's.
      if (entry.date === undefined && entry.dateText === undefined && c.period.to) entry.date = c.period.to;
      entries.push(entry);
    }
  }
  return entries;
}

/**
 * An entry as the board reads it: its words, and for an entry in a period column the period, since
 * the cell itself does not say when it was written (`Average caseload 20. (January 2025)`).
 */
export function entryForBoard(entry: UpdateEntry): string {
  const raw = entry.raw.trim();
  return entry.period ? `${raw} (${entry.period.name})` : raw;
}

/** True for an entry whose only date is its period column's heading. */
export function datedByPeriod(entry: UpdateEntry): boolean {
  return entry.period !== undefined && entry.date !== undefined && entry.dateText === undefined;
}

/**
 * The date an entry counts as for staleness at `asOf`: an entry dated by a period that has begun
 * but not ended (`February 2025` read on 5 February) was written by `asOf`, so it counts as `asOf`.
 */
export function effectiveEntryDate(entry: UpdateEntry, asOf: IsoDate): IsoDate | undefined {
  if (!entry.date) return undefined;
  if (datedByPeriod(entry) && entry.date > asOf && entry.period!.from && entry.period!.from <= asOf) return asOf;
  return entry.date;
}
