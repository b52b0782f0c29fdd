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
  return !latest || latest < addDays(asOf, -staleDays);
}
