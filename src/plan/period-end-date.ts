/**
 * End dates written as a period or a standing obligation rather than a day (issue 10 cause 9).
 * A period ends on its last day: a quarter of the financial year (`Q3 2024/25`), a financial year
 * (`2024/25`, `FY 2024-25`), a school term (`Autumn term 2024`), a week (`w/c 13th January 2025`).
 * A standing obligation (`Monthly`, `With immediate effect`, `As required`) has no end date at all
 * and is never late.
 */
import { addDays, formatUk, isoFromParts, lastDayOfMonth } from "./dates";
import type { IsoDate } from "./model";
import { looseKey } from "./text";

/** A period's last day and, in plain words, why that day; or why the period has no one last day. */
export type PeriodEnd = { date: IsoDate; reason: string } | { ambiguous: string };

/** Standing obligations, by loose key: repeated or immediate, never finished by a date. */
const STANDING = /^(?:(?:with )?immediate(?:ly)?(?: effect)?|daily|weekly|fortnightly|monthly|quarterly|termly|annually|annual|yearly|as required|as needed|as and when|business as usual|bau|rolling|regular(?:ly)?|continual(?:ly)?|every (?:month|quarter|term|year|week))$/;

/** True for a standing obligation such as `Monthly` or `With immediate effect`. */
export function isStandingObligation(text: string): boolean {
  return STANDING.test(looseKey(text));
}

/** `2024/25`, `2024-2025`: the financial year's first calendar year, when the two years follow on. */
export function financialYear(first: string, second: string): number | null {
  const start = Number(first);
  const end = second.length === 2 ? Math.floor(start / 100) * 100 + Number(second) : Number(second);
  return end === start + 1 ? start : null;
}

/**
 * The calendar months of quarter `quarter` of the financial year starting in April of `fy`:
 * April-June, July-September, October-December, then January-March of the next year.
 */
export function financialQuarter(quarter: number, fy: number): { year: number; firstMonth: number; lastMonth: number } {
  const lastMonth = quarter === 4 ? 3 : quarter * 3 + 3;
  return { year: quarter === 4 ? fy + 1 : fy, firstMonth: lastMonth - 2, lastMonth };
}

const FY_QUARTER = /^(?:end (?:of )?)?q([1-4])\s*(?:fy\s*)?(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/i;
const FY_QUARTER_AFTER = /^(?:end (?:of )?)?(?:fy\s*)?(\d{4})\s*[/-]\s*(\d{2}|\d{4})\s*q([1-4])$/i;
const CALENDAR_QUARTER = /^(?:end (?:of )?)?q([1-4])\s*(\d{4})$/i;
const FINANCIAL_YEAR = /^(?:end (?:of )?)?(?:fy|financial year|year)?\s*(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/i;
const TERM = /^(?:end (?:of )?)?(?:the )?(autumn|spring|summer)(?: term)?\s*(\d{4})$/i;
const TERM_AFTER = /^(?:end (?:of )?)?(?:the )?(autumn|spring|summer) (\d{4}) term$/i;
const WEEK_COMMENCING = /^(?:w\/?c|week commencing|week beginning|w\/?b)\.?\s+(.+)$/i;

/** Last month of a term: the latest a term can end (autumn before Christmas, spring by Easter, summer in July). */
const TERM_LAST_MONTH: Record<string, number> = { autumn: 12, spring: 4, summer: 7 };

/**
 * Reads a period's last day, or null when the text is not a period. `readDay` reads the date in
 * a `w/c` week (the end-date reader, so every day format it knows works there too).
 */
export function periodEnd(text: string, readDay: (day: string) => IsoDate | null): PeriodEnd | null {
  const t = text.trim().replace(/\s+/g, " ");
  let m = FY_QUARTER.exec(t) ?? null;
  let quarter: number | null = null;
  let fy: number | null = null;
  if (m) [quarter, fy] = [Number(m[1]), financialYear(m[2], m[3])];
  else if ((m = FY_QUARTER_AFTER.exec(t))) [quarter, fy] = [Number(m[3]), financialYear(m[1], m[2])];
  if (quarter !== null && fy !== null) {
    const { year, lastMonth } = financialQuarter(quarter, fy);
    const date = lastDayOfMonth(year, lastMonth);
    return { date, reason: `Q${quarter} of financial year ${fy}/${String(fy + 1).slice(2)} ends ${formatUk(date)}` };
  }
  if ((m = CALENDAR_QUARTER.exec(t))) {
    // `Q2 2015` names a quarter without saying whose: councils count from April, others from January.
    const q = Number(m[1]);
    const calendar = lastDayOfMonth(Number(m[2]), q * 3);
    const financial = q === 4 ? lastDayOfMonth(Number(m[2]) + 1, 3) : lastDayOfMonth(Number(m[2]), q * 3 + 3);
    return {
      ambiguous: `${t} is ambiguous: the calendar quarter ending ${formatUk(calendar)} or the financial quarter ending ${formatUk(financial)}; write Q${q} ${m[2]}/${String(Number(m[2]) + 1).slice(2)} or a date`,
    };
  }
  if ((m = FINANCIAL_YEAR.exec(t))) {
    const start = financialYear(m[1], m[2]);
    if (start !== null) {
      const date = isoFromParts(start + 1, 3, 31)!;
      return { date, reason: `financial year ${start}/${String(start + 1).slice(2)} ends ${formatUk(date)}` };
    }
  }
  if ((m = TERM.exec(t) ?? TERM_AFTER.exec(t))) {
    const term = m[1].toLowerCase();
    const date = lastDayOfMonth(Number(m[2]), TERM_LAST_MONTH[term]);
    return { date, reason: `the ${term} term ${m[2]} ends by ${formatUk(date)}` };
  }
  if ((m = WEEK_COMMENCING.exec(t))) {
    const start = readDay(m[1]);
    if (start) {
      const date = addDays(start, 6);
      return { date, reason: `the week commencing ${formatUk(start)} ends ${formatUk(date)}` };
    }
  }
  return null;
}
