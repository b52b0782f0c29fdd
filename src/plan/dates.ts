/**
 * Calendar arithmetic on `IsoDate` strings (`YYYY-MM-DD`). Pure integer arithmetic on the
 * proleptic Gregorian calendar: no `Date` objects, no time zones, no "today".
 */
import { memoByText } from "./memo";
import type { IsoDate } from "./model";

const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `dayNumber("1899-12-30")`: Excel serial `n` (from 61 on) is this day plus `n`. */
const EXCEL_EPOCH_DAY = -25569;

/** The largest serial Excel accepts: 9999-12-31. */
const MAX_SERIAL = 2958465;

/** True for a leap year of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when the parts name a real day: integers, a year in 1-9999, a month's own days (no 31/02). */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/**
 * `(2015, 6, 8)` → `"2015-06-08"`; null when the parts are not a real date (`31/02`, month 13,
 * a year outside 1-9999, a non-integer part).
 */
export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (!isRealDate(year, month, day)) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The year, month and day of a well-formed `IsoDate` (not checked for reality: see `parseIsoDate`). */
export function isoParts(iso: IsoDate): { year: number; month: number; day: number } {
  const m = ISO_PATTERN.exec(iso);
  if (!m) throw new Error(`Not an ISO date: "${iso}"`);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/**
 * Strict `YYYY-MM-DD` (as typed on the command line): the date, or null when the text has any
 * other shape or is not a real date (`2015-02-29`).
 */
export function parseIsoDate(text: string): IsoDate | null {
  const m = ISO_PATTERN.exec(text);
  if (!m) return null;
  return isoFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Days since 1970-01-01 (that day is 0; earlier days are negative). Throws on a malformed date. */
export function dayNumber(iso: IsoDate): number {
  // Rules and the summary count days on every action, and a plan has few distinct dates: each
  // is counted once (a lookup costs a fraction of reading the digits and counting).
  return dayNumberOnce(iso);
}

const DISTINCT_DATES_KEPT = 20_000;
const dayNumberOnce = memoByText((iso: string): number => {
  if (!hasIsoShape(iso)) throw new Error(`Not an ISO date: "${iso}"`);
  return dayNumberOfParts(digitsAt(iso, 0, 4), digitsAt(iso, 5, 2), digitsAt(iso, 8, 2));
}, DISTINCT_DATES_KEPT);

/** True when the text has ISO_PATTERN's shape, `dddd-dd-dd`, tested without a regex match. */
function hasIsoShape(iso: string): boolean {
  return iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45 && digitsAt(iso, 0, 4) >= 0 && digitsAt(iso, 5, 2) >= 0 && digitsAt(iso, 8, 2) >= 0;
}

/** The number written by `length` ASCII digits at `from`, or -1 when any is not a digit. */
function digitsAt(text: string, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) {
    const d = text.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Days since 1970-01-01 of a year, month and day that need not be a real date: months past 12
 * and days past the month's end roll over, as JavaScript's `Date.UTC` does (`2015, 13, 1` is
 * 1 January 2016; `2015, 2, 30` is 2 March 2015).
 */
export function dayNumberOfParts(year: number, month: number, day: number): number {
  const rolled = year + Math.floor((month - 1) / 12);
  const realMonth = ((((month - 1) % 12) + 12) % 12) + 1;
  return firstOfMonthDayNumber(rolled, realMonth) + day - 1;
}

function firstOfMonthDayNumber(year: number, month: number): number {
  const day = 1;
  // Count from 1 March so the leap day falls at the end of the counted year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = (month + 9) % 12;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date `days` days after 1970-01-01 (the inverse of `dayNumber`). */
export function isoFromDayNumber(days: number): IsoDate {
  const z = Math.floor(days) + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** `b - a` in days: positive when `b` is later. `daysBetween("2015-06-08", "2015-06-30")` is 22. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** The date `days` days after `iso` (negative goes back). */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return isoFromDayNumber(dayNumber(iso) + days);
}

/** Compares two dates for sorting: negative when `a` is earlier. */
export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The last day of a month: `(2015, 6)` → `"2015-06-30"`. */
export function lastDayOfMonth(year: number, month: number): IsoDate {
  const iso = isoFromParts(year, month, daysInMonth(year, month));
  if (!iso) throw new Error(`Not a month: ${year}-${month}`);
  return iso;
}

/** 0 = Sunday ... 6 = Saturday. */
export function weekday(iso: IsoDate): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

/**
 * The date an Excel serial number stands for, in the 1900 date system: 1 = 1900-01-01,
 * 59 = 1900-02-28, 61 = 1900-03-01. Serial 60 is Excel's 29 February 1900, a day that never
 * existed, so it gives null, as do serials below 1 or beyond 9999-12-31. The fractional part
 * (the time of day) is ignored. Workbooks using the 1904 date system are not handled here.
 */
export function isoFromSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_SERIAL || whole === 60) return null;
  // Serials before the fictitious leap day are one day later than the 1899-12-30 count gives.
  return isoFromDayNumber(EXCEL_EPOCH_DAY + whole + (whole < 60 ? 1 : 0));
}

/** Days between the 1900 and the 1904 date systems: a 1904-system serial is the 1900 one minus this. */
export const DATE1904_OFFSET = 1462;

/** The largest 1900-system serial day Excel displays (31 December 9999). */
export const MAX_SERIAL_DAY = MAX_SERIAL;

/** A serial day as Excel displays it, which includes days no calendar has. */
export interface SerialCalendarDate {
  year: number;
  /** 1-12. */
  month: number;
  /** 0-31 (0 only for serial 0). */
  day: number;
  /** 0 = Sunday, as Excel's WEEKDAY counts (it believes 1 January 1900 was a Sunday). */
  weekday: number;
}

/**
 * The date Excel shows for a whole 1900-system serial day (0 … MAX_SERIAL_DAY): as
 * `isoFromSerial`, plus the two days Excel shows that never existed, serial 0 (0 January 1900)
 * and serial 60 (29 February 1900). For rendering number formats; the plan uses `isoFromSerial`.
 */
export function serialDayToDate(serialDay: number): SerialCalendarDate {
  const weekday = (serialDay + 6) % 7;
  if (serialDay === 0) return { year: 1900, month: 1, day: 0, weekday };
  if (serialDay === 60) return { year: 1900, month: 2, day: 29, weekday };
  const { year, month, day } = isoParts(isoFromDayNumber(EXCEL_EPOCH_DAY + serialDay + (serialDay < 60 ? 1 : 0)));
  return { year, month, day, weekday };
}

/**
 * The 1900-system serial day of a year, month and day (rolling over as `dayNumberOfParts` does):
 * `serialFromIso` for real dates from 1 March 1900, and the count Excel uses before it
 * (31 December 1899 is 0).
 */
export function dateToSerialDay(year: number, month: number, day: number): number {
  const days = dayNumberOfParts(year, month, day) - EXCEL_EPOCH_DAY;
  return days < 61 ? days - 1 : days;
}

/** The Excel 1900-system serial of a date (the inverse of `isoFromSerial`); null before 1900-01-01. */
export function serialFromIso(iso: IsoDate): number | null {
  const serial = dayNumber(iso) - EXCEL_EPOCH_DAY;
  if (serial >= 61) return serial <= MAX_SERIAL ? serial : null;
  const early = serial - 1;
  return early >= 1 ? early : null;
}

/** `"2015-06-08"` → `"08/06/2015"` (UK day-first with a four-digit year). */
export function formatUk(iso: IsoDate): string {
  // Messages on thousands of rows name the same few dates (the as-of date, shared deadlines):
  // each is written once, as dayNumber counts each once.
  return ukDateOnce(iso);
}

const ukDateOnce = memoByText((iso: string): string => {
  // The parts of a well-formed date already have their zeros: `2015-06-08` → `08/06/2015`.
  if (!hasIsoShape(iso)) throw new Error(`Not an ISO date: "${iso}"`);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}, DISTINCT_DATES_KEPT);


/**
 * A two-digit year as written in a plan: `00`-`69` → 2000-2069, `70`-`99` → 1970-1999.
 * (Excel's own cut-off is 29; plans are written after 2000 and may run past 2029, so this
 * pivot reads `31/07/35` as 2035.)
 */
export function expandTwoDigitYear(yy: number): number {
  return yy < 70 ? 2000 + yy : 1900 + yy;
}

/**
 * What an Excel number format code shows of a number: a date (`dd/mm/yyyy`, `d-mmm-yy`,
 * `mmm-yy`, `[$-F800]dddd, mmmm dd, yyyy`), a time (`h:mm`, `[h]:mm:ss`, `mm:ss`, `h AM/PM`),
 * both, or neither (`General`, `0.00`, `#,##0 "days"`). Only the first section counts; quoted
 * literals, escaped characters, fills, padding and `[...]` sections (colours, locales,
 * conditions) are ignored, elapsed-time brackets (`[h]`) are kept. The one test of "is this a
 * date format" in the project: the file adapter's `isDateFormat` is date or time.
 */
export function numberFormatShows(format: string): { date: boolean; time: boolean } {
  if (!format) return { date: false, time: false };
  const firstSection = format.split(";")[0];
  const bare = firstSection
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "$1")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "")
    .toLowerCase();
  if (/general/.test(bare)) return { date: false, time: false };
  const time = /[hs]/.test(bare) || /am\/pm|a\/p/.test(bare);
  // `m` alone is a month unless hours or seconds make it minutes.
  const date = /[dy]/.test(bare) || (/m/.test(bare.replace(/am\/pm|a\/p/g, "")) && !time);
  return { date, time };
}

/** True when a number format shows a date (time-only formats such as `h:mm` do not). */
export function isDateNumberFormat(format: string): boolean {
  return numberFormatShows(format).date;
}
