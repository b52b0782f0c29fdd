/**
 * Excel date serials, UTC arithmetic only. The 1900 system counts a 29 February 1900 that never
 * existed (serial 60), so serials 1-59 are one day off from a plain day count; serial 0 shows as
 * 0 January 1900. A 1904-system serial is the 1900-system serial minus 1462.
 */

// The serial arithmetic lives in the core, once (src/plan/dates.ts); this module adds what only
// the file adapter needs, reading ISO text from `t="d"` cells.
import { dateToSerialDay, DATE1904_OFFSET } from "../plan/dates";

export { DATE1904_OFFSET, MAX_SERIAL_DAY, dateToSerialDay, serialDayToDate, type SerialCalendarDate as CalendarDate } from "../plan/dates";

const ISO = /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * The serial of an ISO 8601 date/time, as cells of type `d` hold it; `undefined` when the text
 * is not one. The zone, if any, is ignored: Excel stores wall-clock dates.
 */
export function isoToSerial(text: string, date1904: boolean): number | undefined {
  const m = ISO.exec(text.trim());
  if (!m || (m[1] === undefined && m[4] === undefined)) return undefined;
  let serial = 0;
  if (m[1] !== undefined) {
    serial = dateToSerialDay(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date1904) serial -= DATE1904_OFFSET;
  }
  if (m[4] !== undefined) {
    const seconds = Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0);
    serial += seconds / 86_400;
  }
  return serial;
}
