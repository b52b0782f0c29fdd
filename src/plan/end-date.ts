/**
 * End-date cells: a real Excel date, a date typed as text in one of the forms plans use, `TBC`,
 * blank, or something that is not a date (a finding for the validator, never a guess).
 */
import type { DateOrder, EndDate, IsoDate } from "./model";
import type { CellValue } from "./snapshot";
import { expandTwoDigitYear, formatUk, isDateNumberFormat, isoFromParts, isoFromSerial, lastDayOfMonth, weekday } from "./dates";
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
 * Each call returns a fresh object, so no two actions share one.
 */
export function endDateReader(order: DateOrder): (value: CellValue, text: string, numberFormat: string) => EndDate {
  const read = new Map<string, EndDate>();
  return (value, text, numberFormat) => {
    const key = `${typeof value}\u0000${String(value)}\u0000${text}\u0000${numberFormat}`;
    let found = read.get(key);
    if (!found) {
      found = parseEndDate(value, text, numberFormat, order);
      read.set(key, found);
    }
    return { ...found };
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

const NUMERIC_PREFIX = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?=$|[ T])/;

/**
 * The start of a text, enough for NUMERIC_PREFIX to match exactly as on the whole collapsed text:
 * the prefix has no whitespace inside and is at most 10 characters, and what follows it only has
 * to be the end or a space. Collapsing a whole update log per row to read its first date was a
 * large part of reading a plan.
 */
function leadingPart(raw: string): string {
  let i = 0;
  while (i < raw.length && /\s/.test(raw[i])) i++;
  // NUMERIC_PREFIX starts with a digit: any other text has no prefix to read.
  const first = raw.charCodeAt(i);
  if (!(first >= 48 && first <= 57)) return "";
  return raw.slice(i, i + 12);
}

/**
 * Decides whether a column's text dates are day-first (UK, the default) or month-first.
 * Month-first only when at least one text is impossible day-first but a real date month-first
 * (`09/25/2024`) and none is impossible month-first but real day-first (`25/09/2024`).
 * Pass the displayed texts of the column's cells; texts that are not numeric dates are ignored.
 */
export function detectDateOrder(texts: readonly string[]): DateOrderDecision {
  let monthFirstOnly: string | undefined;
  let dayFirstOnly: string | undefined;
  for (const raw of texts) {
    const m = NUMERIC_PREFIX.exec(collapseSpaces(leadingPart(raw)));
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[3]);
    const { year } = yearOf(m[4]);
    const dmy = isoFromParts(year, b, a) !== null;
    const mdy = isoFromParts(year, a, b) !== null;
    if (mdy && !dmy) monthFirstOnly ??= m[0];
    if (dmy && !mdy) dayFirstOnly ??= m[0];
  }
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
