import { addDays } from "./dates";
import type { Action, IsoDate, UpdateEntry } from "./model";
import { isClosed } from "./rag";
import { effectiveEntryDate } from "./update-history";

/**
 * The latest entry date on or before `asOf`, if any entry is dated. An entry dated only by a
 * period column that has begun by `asOf` counts as `asOf` (update-history.ts).
 */
export function lastEntryDate(updates: readonly UpdateEntry[], asOf: IsoDate): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const u of updates) {
    const date = effectiveEntryDate(u, asOf);
    if (date && date <= asOf && (!latest || date > latest)) latest = date;
  }
  return latest;
}

/** An open action with no dated entry within `staleDays` of `asOf`. */
export function isStale(action: Action, asOf: IsoDate, staleDays: number): boolean {
  if (isClosed(action)) return false;
  return isStaleEntryDate(lastEntryDate(action.updates, asOf), asOf, staleDays);
}

/** True when an open action whose latest entry date (lastEntryDate) is `latest` is stale as at `asOf`. */
export function isStaleEntryDate(latest: IsoDate | null, asOf: IsoDate, staleDays: number): boolean {
  return !latest || latest < cutoff(asOf, staleDays);
}

/** The earliest date that is not stale, made once per (as-of, limit) rather than once per action. */
let lastCutoff: { asOf: IsoDate; staleDays: number; date: IsoDate } | undefined;
function cutoff(asOf: IsoDate, staleDays: number): IsoDate {
  if (lastCutoff?.asOf !== asOf || lastCutoff.staleDays !== staleDays) lastCutoff = { asOf, staleDays, date: addDays(asOf, -staleDays) };
  return lastCutoff.date;
}
