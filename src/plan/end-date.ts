/**
 * End-date cells: a real Excel date, a date typed as text in one of the forms plans use, `TBC`,
 * blank, or something that is not a date (a finding for the validator, never a guess).
 */
import type { DateOrder, EndDate, IsoDate } from "./model";
import type { CellValue } from "./snapshot";
import { expandTwoDigitYear, formatUk, isDateNumberFormat, isoFromParts, isoFromSerial, isRealDate, lastDayOfMonth, weekday } from "./dates";
import { collapseSpaces, isTbc, looseKey } from "./text";
import { isStandingObligation, periodEnd } from "./period-end-date";

/** What `parseDateText` makes of a text. */
export type DateTextResult =
  | { kind: "date"; date: IsoDate; twoDigitYear: boolean; monthOnly: boolean }
  /** Shaped like a date but not one (`31/02/2022`, a weekday that does not match, no year, ...). */
  | { kind: "invalid"; reason: string }
  /** Not shaped like a date at all. */
  | { kind: "none" };

const MONTHS: Record<string, number> = {
  jan: 1, january: 1,
  feb: 2, february: 2,
  mar: 3, march: 3,
  apr: 4, april: 4,
  may: 5,
  jun: 6, june: 6,
  jul: 7, july: 7,
  aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  oct: 10, october: 10,
  nov: 11, november: 11,
  dec: 12, december: 12,
};

const MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const WEEKDAYS: Record<string, number> = {
  sun: 0, sunday: 0,
  mon: 1, monday: 1,
  tue: 2, tues: 2, tuesday: 2,
  wed: 3, wednesday: 3,
  thu: 4, thur: 4, thurs: 4, thursday: 4,
  fri: 5, friday: 5,
  sat: 6, saturday: 6,
};

/**
 * Words that mean "no fixed end date". They are read as `tbc`, not as junk: the action has no
 * end date yet, which is the same finding as `TBC`, and the plan's words are kept in `text`.
 */
const ONGOING_KEY = /^(?:ongoing|on going|continuous|continuing)(?: |$)/;

const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const NUMERIC_NO_YEAR = /^(\d{1,2})([/.-])(\d{1,2})$/;
const ISO = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?(?: of)?[ ./-]*([a-z]+)\.?[ ./,-]*('?\d{2}|\d{4})$/i;
const DAY_MONTH = /^(\d{1,2})(?:st|nd|rd|th)?(?: of)?[ ./-]*([a-z]+)\.?$/i;
const MONTH_DAY_YEAR = /^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i;
const MONTH_YEAR = /^(?:end (?:of )?)?([a-z]+)\.?([ ./,-]*)('?\d{2}|\d{4})$/i;
const WEEKDAY_PREFIX = /^([a-z]+)\.?,? (?=\d)/i;
const TIME_SUFFIX = /(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[ap]m)?Z?)$/i;

function yearOf(written: string): { year: number; twoDigit: boolean } {
  const digits = written.replace("'", "");
  return digits.length === 2
    ? { year: expandTwoDigitYear(Number(digits)), twoDigit: true }
    : { year: Number(digits), twoDigit: false };
}

function looksLikeDayAndMonth(a: number, b: number): boolean {
  return a >= 1 && b >= 1 && Math.max(a, b) <= 31 && Math.min(a, b) <= 12;
}

function notReal(text: string): DateTextResult {
  return { kind: "invalid", reason: `${text} is not a real date` };
}

/** Reads the text of one date in day-first (`dmy`) or month-first (`mdy`) order; see `parseEndDate`. */
export function parseDateText(input: string, order: DateOrder = "dmy"): DateTextResult {
  const shown = collapseSpaces(input);
  let s = shown.replace(TIME_SUFFIX, "").replace(/^by /i, "");
  let expectedWeekday: number | undefined;
  const wd = WEEKDAY_PREFIX.exec(s);
  if (wd && WEEKDAYS[wd[1].toLowerCase()] !== undefined) {
    expectedWeekday = WEEKDAYS[wd[1].toLowerCase()];
    s = s.slice(wd[0].length);
  }
  const found = readDate(s, shown, order);
  if (found.kind === "date" && expectedWeekday !== undefined && weekday(found.date) !== expectedWeekday) {
    return {
      kind: "invalid",
      reason: `${shown} does not add up: ${formatUk(found.date)} was a ${WEEKDAY_NAMES[weekday(found.date)]}, not a ${WEEKDAY_NAMES[expectedWeekday]}`,
    };
  }
  return found;
}

function readDate(s: string, shown: string, order: DateOrder): DateTextResult {
  let m = ISO.exec(s);
  if (m) {
    const date = isoFromParts(Number(m[1]), Number(m[3]), Number(m[4]));
    return date ? { kind: "date", date, twoDigitYear: false, monthOnly: false } : notReal(shown);
  }
  m = NUMERIC.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const { year, twoDigit } = yearOf(m[4]);
    const [day, month] = order === "mdy" ? [b, a] : [a, b];
    const date = isoFromParts(year, month, day);
    if (date) return { kind: "date", date, twoDigitYear: twoDigit, monthOnly: false };
    const swapped = isoFromParts(year, day, month);
    const hint = swapped
      ? ` (read ${order === "mdy" ? "month" : "day"} first; the other way round it would be ${Number(swapped.slice(8))} ${MONTH_NAMES[Number(swapped.slice(5, 7)) - 1]} ${year})`
      : "";
    return { kind: "invalid", reason: `${shown} is not a real date${hint}` };
  }
  m = NUMERIC_NO_YEAR.exec(s);
  if (m && (m[2] !== "." || m[3].length === 2) && looksLikeDayAndMonth(Number(m[1]), Number(m[3]))) {
    return { kind: "invalid", reason: `${shown} has no year` };
  }
  m = DAY_MONTH_YEAR.exec(s);
  if (m && MONTHS[m[2].toLowerCase()]) {
    const { year, twoDigit } = yearOf(m[3]);
    const date = isoFromParts(year, MONTHS[m[2].toLowerCase()], Number(m[1]));
    return date ? { kind: "date", date, twoDigitYear: twoDigit, monthOnly: false } : notReal(shown);
  }
  m = MONTH_DAY_YEAR.exec(s);
  if (m && MONTHS[m[1].toLowerCase()]) {
    const date = isoFromParts(Number(m[3]), MONTHS[m[1].toLowerCase()], Number(m[2]));
    return date ? { kind: "date", date, twoDigitYear: false, monthOnly: false } : notReal(shown);
  }
  m = MONTH_YEAR.exec(s);
  if (m && MONTHS[m[1].toLowerCase()]) {
    const month = MONTHS[m[1].toLowerCase()];
    // `Jun 15` could be 15 June or June 2015; `Jun-15` (Excel's mmm-yy) and `June 2015` cannot.
    if (m[3].length === 2 && m[2] === " ") {
      return {
        kind: "invalid",
        reason: `${shown} is ambiguous: ${Number(m[3])} ${MONTH_NAMES[month - 1]} or ${MONTH_NAMES[month - 1]} ${expandTwoDigitYear(Number(m[3]))}`,
      };
    }
    const { year, twoDigit } = yearOf(m[3]);
    // A month alone means its last day: an action due "June 2015" is late from 1 July 2015.
    return { kind: "date", date: lastDayOfMonth(year, month), twoDigitYear: twoDigit, monthOnly: true };
  }
  m = DAY_MONTH.exec(s);
  if (m && MONTHS[m[2].toLowerCase()]) return { kind: "invalid", reason: `${shown} has no year` };
  return { kind: "none" };
}

/**
 * Reads an end-date cell from its value, displayed text and number format.
 *
 * - A number shown with a date format (or whose displayed text reads as a date) is an Excel
 *   date serial (`fromSerial`); serial 60, Excel's non-existent 29/02/1900, is invalid.
 *   A number with no date format (`42170` formatted General) is **not** taken as a date: the
 *   reader sees a number, so it is `invalid` with a reason that says what date it would be.
 * - Text is read day-first unless `order` is `"mdy"`: `30/06/2015`, `31/07/15`, `30.06.15`,
 *   `30-06-2015`, ISO `2015-06-30`, `30 June 2015`, `30th June 2015`, `30-Jun-15`,
 *   `June 30, 2015`, an optional leading weekday (checked) or `by`, a trailing time (ignored).
 *   Two-digit years: 00-69 → 20xx, 70-99 → 19xx (`twoDigitYear` is set).
 *   A month alone (`Jun-15`, `June 2015`, `end of June 2015`) means the last day of that month.
 * - `TBC`, `To be confirmed`, `TBA`, `TBD` ... → `tbc`; `Ongoing`, `Continuous`, `Monthly`,
 *   `With immediate effect` (standing obligations, never late) → `tbc` with `standing`.
 * - A period → its last day with `period` saying why: `Q3 2024/25` (financial quarter),
 *   `2024/25`, `Autumn term 2024`, `w/c 13th January 2025` (see period-end-date.ts).
 * - Blank or whitespace → `blank`.
 * - An impossible date (`31/02/2022`) → `invalid` "31/02/2022 is not a real date"; a date with
 *   no year, an ambiguous `Jun 15`, and anything else (`LSCB Chair`, `TRUE`) → `invalid`.
 */
export function parseEndDate(value: CellValue, text: string, numberFormat: string, order: DateOrder = "dmy"): EndDate {
  if (typeof value === "number") return fromNumber(value, text, numberFormat, order);
  if (typeof value === "boolean") {
    return { kind: "invalid", text: text.trim() || (value ? "TRUE" : "FALSE"), reason: "not a date" };
  }
  const written = (value !== "" ? value : text).trim();
  if (written === "") return { kind: "blank" };
  if (isTbc(written)) return { kind: "tbc", text: written };
  if (ONGOING_KEY.test(looseKey(written)) || isStandingObligation(written)) return { kind: "tbc", text: written, standing: true };
  const period = periodEnd(written, (day) => {
    const r = parseDateText(day, order);
    return r.kind === "date" ? r.date : null;
  });
  if (period && "ambiguous" in period) return { kind: "invalid", text: written, reason: period.ambiguous };
  if (period) return { kind: "date", date: period.date, text: written, twoDigitYear: false, fromSerial: false, period: period.reason };
  const read = parseDateText(written, order);
  switch (read.kind) {
    case "date":
      return { kind: "date", date: read.date, text: written, twoDigitYear: read.twoDigitYear, fromSerial: false };
    case "invalid":
      return { kind: "invalid", text: written, reason: read.reason };
    default:
      return { kind: "invalid", text: written, reason: "not a date" };
  }
}

/**
 * `parseEndDate` for one sheet in one date order: each distinct cell (value, text and number
 * format) is read once, since a plan's end dates repeat (the same few deadlines on many rows).
 * Rows with the same cell share one frozen result, so nothing changes one action's end date
 * through another's.
 */
export function endDateReader(order: DateOrder): (value: CellValue, text: string, numberFormat: string) => EndDate {
  // Keyed by what parseEndDate reads: written text alone is read from the text (its displayed
  // text and format do not change it); a number needs its text and format too. No key is built
  // by joining the three: making and hashing that string per row cost more than the lookups.
  const byWritten = new Map<string, EndDate>();
  const byShown = new Map<string, EndDate>();
  const byNumber = new Map<number, Map<string, Map<string, EndDate>>>();
  return (value, text, numberFormat) => {
    let found: EndDate | undefined;
    if (typeof value === "string" && value !== "") {
      found = byWritten.get(value);
      if (!found) byWritten.set(value, (found = Object.freeze(parseEndDate(value, text, numberFormat, order))));
    } else if (typeof value === "number") {
      let byText = byNumber.get(value);
      if (!byText) byNumber.set(value, (byText = new Map()));
      let byFormat = byText.get(text);
      if (!byFormat) byText.set(text, (byFormat = new Map()));
      found = byFormat.get(numberFormat);
      if (!found) byFormat.set(numberFormat, (found = Object.freeze(parseEndDate(value, text, numberFormat, order))));
    } else {
      // A blank value or TRUE/FALSE: read from its displayed text, the boolean kept apart.
      const key = value === "" ? text : `${value}\u0000${text}`;
      found = byShown.get(key);
      if (!found) byShown.set(key, (found = Object.freeze(parseEndDate(value, text, numberFormat, order))));
    }
    return found;
  };
}

function fromNumber(value: number, text: string, numberFormat: string, order: DateOrder): EndDate {
  const date = isoFromSerial(value);
  const dateFormat = isDateNumberFormat(numberFormat);
  // Excel shows `####` when the column is too narrow for the value.
  const written = /^#*$/.test(text.trim()) ? "" : text.trim();
  const shown = written || (dateFormat && date ? formatUk(date) : String(value));
  const looksLikeDate = dateFormat || parseDateText(shown, order).kind !== "none";
  if (looksLikeDate) {
    if (date) return { kind: "date", date, text: shown, twoDigitYear: false, fromSerial: true };
    return { kind: "invalid", text: shown, reason: /\d/.test(shown) ? `${shown} is not a real date` : "not a date" };
  }
  const asDate = date && date >= "1990-01-01" && date <= "2100-12-31" ? `; formatted as a date it would read ${formatUk(date)}` : "";
  return { kind: "invalid", text: shown, reason: `not a date: the cell holds the number ${shown}${asDate}` };
}

/** What `detectDateOrder` decided. */
export interface DateOrderDecision {
  order: DateOrder;
  /** Plain words naming the value that decided it; absent when nothing in the column says otherwise than day-first. */
  reason?: string;
}

/** A numeric date at a text's start, as `09/25/2024` or `25.9.24`: its two first parts and its year. */
interface NumericDatePrefix {
  first: number;
  second: number;
  year: number;
  /** Where the date starts and ends in the text (leading whitespace skipped). */
  start: number;
  end: number;
}

const WHITESPACE = /\s/;

/** `\s` as regular expressions read it, without a match per character for the usual ASCII. */
function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c >= 128 && WHITESPACE.test(String.fromCharCode(c));
}

/** A numeric date ends at the end of the text, at whitespace, or at `T` (an ISO-style time). */
function endsDate(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const c = text.charCodeAt(at);
  return c === 84 || isSpace(c);
}

/** The digit at `at` (0-9), or -1 when there is none. */
function digitAt(text: string, at: number): number {
  const d = text.charCodeAt(at) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/**
 * Reads `d{1,2} sep d{1,2} sep (dddd|dd)` at the start of a text (after whitespace), the same
 * separator (`/`, `.` or `-`) both times, followed by the end, whitespace or `T`, into `into`.
 * Read character by character in one function: a column's every cell passes through here when
 * a plan is read, often before the code is compiled (a command-line call reads one plan), and a
 * pattern match made strings and arrays for each of them.
 */
function readNumericDatePrefix(text: string, into: NumericDatePrefix): boolean {
  let i = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const start = i;
  // The first part: one or two digits.
  let first = digitAt(text, i);
  if (first < 0) return false;
  let d = digitAt(text, ++i);
  if (d >= 0) {
    first = first * 10 + d;
    i++;
  }
  const separator = text.charCodeAt(i);
  if (separator !== 47 && separator !== 46 && separator !== 45) return false;
  // The second part: one or two digits, then the same separator.
  let second = digitAt(text, ++i);
  if (second < 0) return false;
  d = digitAt(text, ++i);
  if (d >= 0) {
    second = second * 10 + d;
    i++;
  }
  if (text.charCodeAt(i) !== separator) return false;
  i++;
  // The year: four digits, else two, each followed by the end, whitespace or `T`.
  let digits = 0;
  let year = 0;
  while (digits < 4 && (d = digitAt(text, i + digits)) >= 0) {
    year = year * 10 + d;
    digits++;
  }
  if (digits === 4 && endsDate(text, i + 4)) {
    into.end = i + 4;
  } else if (digits >= 2 && endsDate(text, i + 2)) {
    year = expandTwoDigitYear(digitAt(text, i) * 10 + digitAt(text, i + 1));
    into.end = i + 2;
  } else {
    return false;
  }
  into.first = first;
  into.second = second;
  into.year = year;
  into.start = start;
  return true;
}

/**
 * Decides whether a column's text dates are day-first (UK, the default) or month-first.
 * Month-first only when at least one text is impossible day-first but a real date month-first
 * (`09/25/2024`) and none is impossible month-first but real day-first (`25/09/2024`).
 * Pass the displayed texts of the column's cells; texts that are not numeric dates are ignored.
 */
export function detectDateOrder(texts: readonly string[]): DateOrderDecision {
  const detector = dateOrderDetector();
  for (const text of texts) detector.see(text);
  return detector.decision();
}

/** `detectDateOrder` one text at a time, so a column is judged without gathering its texts first. */
export function dateOrderDetector(): { see(text: string): void; decision(): DateOrderDecision } {
  let monthFirstOnly: string | undefined;
  let dayFirstOnly: string | undefined;
  const found: NumericDatePrefix = { first: 0, second: 0, year: 0, start: 0, end: 0 };
  return {
    see(text) {
      if (!readNumericDatePrefix(text, found)) return;
      const dmy = isRealDate(found.year, found.second, found.first);
      const mdy = isRealDate(found.year, found.first, found.second);
      if (mdy && !dmy) monthFirstOnly ??= text.slice(found.start, found.end);
      if (dmy && !mdy) dayFirstOnly ??= text.slice(found.start, found.end);
    },
    decision: () => decide(monthFirstOnly, dayFirstOnly),
  };
}

function decide(monthFirstOnly: string | undefined, dayFirstOnly: string | undefined): DateOrderDecision {
  if (monthFirstOnly === undefined) return { order: "dmy" };
  const month = Number(monthFirstOnly.split(/[/.-]/)[1]);
  if (dayFirstOnly !== undefined) {
    return {
      order: "dmy",
      reason: `Dates read day first: "${monthFirstOnly}" only makes sense month first, but "${dayFirstOnly}" only makes sense day first.`,
    };
  }
  return {
    order: "mdy",
    reason: `Dates read month first: "${monthFirstOnly}" only makes sense month first (there is no month ${month}).`,
  };
}
