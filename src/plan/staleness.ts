import { addDays } from "./dates";
import type { Action, IsoDate } from "./model";
import { isClosed } from "./rag";

/** The latest entry date on or before `asOf`, if any entry is dated. */
export function lastEntryDate(action: Action, asOf: IsoDate): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const u of action.updates) if (u.date && u.date <= asOf && (!latest || u.date > latest)) latest = u.date;
  return latest;
}

/** An open action with no dated entry within `staleDays` of `asOf`. */
export function isStale(action: Action, asOf: IsoDate, staleDays: number): boolean {
  if (isClosed(action)) return false;
  const latest = lastEntryDate(action, asOf);
  return !latest || latest < cutoff(asOf, staleDays);
}

/** The earliest date that is not stale, made once per (as-of, limit) rather than once per action. */
let lastCutoff: { asOf: IsoDate; staleDays: number; date: IsoDate } | undefined;
function cutoff(asOf: IsoDate, staleDays: number): IsoDate {
  if (lastCutoff?.asOf !== asOf || lastCutoff.staleDays !== staleDays) lastCutoff = { asOf, staleDays, date: addDays(asOf, -staleDays) };
  return lastCutoff.date;
}
