/**
 * The completion fields project tools export beside the status (issue 10 cause 11): `% Complete`
 * and a late flag, read from their cells as Smartsheet, MS Project, Planner and hand-kept plans
 * write them. (A completed date is read like an end date, by end-date.ts.)
 */
import type { LateFlag, PercentComplete } from "./model";
import type { CellValue } from "./snapshot";

/**
 * How a `% Complete` column writes a bare number (one without a percentage format): as a
 * fraction (`0.75`, what a spreadsheet stores under `0%`) or in hundreds (`75`).
 */
export type PercentScale = "fraction" | "hundred";

/** A number format that shows a percentage (`0%`, `0.0%`), ignoring a `%` inside quoted text. */
function isPercentFormat(numberFormat: string): boolean {
  return numberFormat.replace(/"[^"]*"/g, "").includes("%");
}

/** A bare number in a cell: a number without a percentage format, or text such as `75` or `0.5`. */
function bareNumber(value: CellValue, text: string, numberFormat: string): number | null {
  if (typeof value === "number") return isPercentFormat(numberFormat) ? null : value;
  if (typeof value !== "string") return null;
  const t = text.trim();
  return /^\d+(?:\.\d+)?$/.test(t) ? Number(t) : null;
}

/**
 * The column's scale, from all its bare numbers: in hundreds when any is above 1 (`75` cannot be a
 * fraction), else fractions. A column of 0, 0.5 and 1 is fractions; a column of 0, 50 and 100
 * is hundreds, so its 1 reads as 1 %, not 100 %.
 */
export function percentScale(cells: readonly { value: CellValue; text: string; numberFormat: string }[]): PercentScale {
  for (const c of cells) {
    const n = bareNumber(c.value, c.text, c.numberFormat);
    if (n !== null && n > 1) return "hundred";
  }
  return "fraction";
}

/** Rounds away binary noise (`0.7 * 100` is 70.00000000000001). */
function tidy(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** Reads a `% Complete` cell: `1` formatted `0%`, `100`, `"100%"` and `"100 %"` are all 100. */
export function parsePercent(value: CellValue, text: string, numberFormat: string, scale: PercentScale): PercentComplete {
  const shown = text.trim();
  if (typeof value === "number") {
    if (isPercentFormat(numberFormat)) return { value: tidy(value * 100), text: shown };
    return { value: tidy(scale === "fraction" ? value * 100 : value), text: shown };
  }
  if (typeof value !== "string") return { value: null, text: shown };
  const withSign = /^(\d+(?:\.\d+)?)\s*%$/.exec(shown);
  if (withSign) return { value: tidy(Number(withSign[1])), text: shown };
  const bare = bareNumber(value, shown, numberFormat);
  if (bare !== null) return { value: tidy(scale === "fraction" ? bare * 100 : bare), text: shown };
  return { value: null, text: shown };
}

const LATE = /^(?:yes|y|true|late|overdue|1|✓|✔)$/i;
const NOT_LATE = /^(?:no|n|false|0|on time|not late)$/i;

/** Reads a late flag: `Yes`, `TRUE`, `Late`, `1` are late; `No`, `FALSE`, `0` are not; anything else says nothing. */
export function parseLateFlag(value: CellValue, text: string): LateFlag {
  const shown = text.trim();
  if (typeof value === "boolean") return { late: value, text: shown };
  if (LATE.test(shown)) return { late: true, text: shown };
  if (NOT_LATE.test(shown)) return { late: false, text: shown };
  return { late: null, text: shown };
}
