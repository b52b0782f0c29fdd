/**
 * Excel date serials, UTC arithmetic only. The 1900 system counts a 29 February 1900 that never
 * existed (serial 60), so serials 1-59 are one day off from a plain day count; serial 0 shows as
 * 0 January 1900. A 1904-system serial is the 1900-system serial minus 1462.
 */

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** Days between the 1900 and the 1904 date systems. */
export const DATE1904_OFFSET = 1462;

/** The largest 1900-system day Excel displays (31 December 9999). */
export const MAX_SERIAL_DAY = 2_958_465;

export interface CalendarDate {
  year: number;
  /** 1-12. */
  month: number;
  /** 0-31 (0 only for serial 0). */
  day: number;
  /** 0 = Sunday, as Excel's WEEKDAY counts (it believes 1 January 1900 was a Sunday). */
  weekday: number;
}

/** The calendar date of a whole 1900-system serial day (0 … MAX_SERIAL_DAY). */
export function serialDayToDate(serialDay: number): CalendarDate {
  const weekday = (serialDay + 6) % 7;
  if (serialDay === 0) return { year: 1900, month: 1, day: 0, weekday };
  if (serialDay === 60) return { year: 1900, month: 2, day: 29, weekday };
  const date = new Date(EPOCH_1900 + (serialDay < 60 ? serialDay + 1 : serialDay) * DAY_MS);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), weekday };
}

/** The 1900-system serial day of a real calendar date. */
export function dateToSerialDay(year: number, month: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(0, 0, 0, 0);
  const days = Math.round((date.getTime() - EPOCH_1900) / DAY_MS);
  return days < 61 ? days - 1 : days;
}

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
