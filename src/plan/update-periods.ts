/**
 * Update histories split over period columns (issue 10 cause 4): a published progress table or
 * a board report keeps one column per reporting period (`Action: March 2024`, `Update: September
 * 2024`, `November 2024`, `Update Q2`), each cell that period's update, undated because its
 * heading dates it. Together the columns are one update log, oldest period first; the latest
 * non-blank cell is the action's current update.
 */
import { columnLetter } from "./cells";
import type { HeaderMatch } from "./detect-header";
import { isoFromParts, lastDayOfMonth } from "./dates";
import { parseDateText } from "./end-date";
import { financialQuarter, financialYear } from "./period-end-date";
import type { SheetGrid } from "./grid";
import type { ColumnRole, UpdateColumn, UpdatePeriod } from "./model";
import { normaliseStatus } from "./status";
import { parseRag } from "./rag-text";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Words a period heading may carry before or after the period: `Action: March 2024`, `Nov 2024 update`. */
const LEADING_LABEL = /^(?:(?:progress\s+)?(?:actions?|updates?|progress|position|commentary|comments?|narrative)(?:\s+(?:as\s+)?at)?|as\s+at)\s*[:\-–—]?\s*/i;
const TRAILING_LABEL = /\s*[:\-–—]?\s*(?:updates?|progress|position|commentary|comments?)$/i;

const MONTH_YEAR = /^([a-z]{3,9})\.?[\s'’-]*(\d{4}|\d{2})$/i;
/** A quarter of a financial year: `Q2 2024/25`, `2024/25 Q2`. */
const FY_QUARTER = /^q([1-4])\s*(\d{4})\s*[/-]\s*(\d{2}|\d{4})$|^(\d{4})\s*[/-]\s*(\d{2}|\d{4})\s*q([1-4])$/i;
/** A quarter named without its year (`Update Q2`, `Quarter 3`): a period, but not a datable one. */
const BARE_QUARTER = /^(?:q|quarter\s*)([1-4])$/i;

function monthNumber(word: string): number | null {
  const w = word.toLowerCase();
  const i = MONTHS.findIndex((m) => w.startsWith(m) && (w.length === 3 || "january february march april may june july august september sept october november december".split(" ").includes(w)));
  return i < 0 ? null : i + 1;
}

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/** The period a column heading names, or null when it names none. `name` is the heading as written. */
export function readPeriodHeading(heading: string): UpdatePeriod | null {
  const name = heading.trim().replace(/\s+/g, " ");
  const core = name.replace(LEADING_LABEL, "").replace(TRAILING_LABEL, "").trim();
  if (core === "") return null;
  let m = MONTH_YEAR.exec(core);
  if (m) {
    const month = monthNumber(m[1]);
    if (month === null) return null;
    const year = fullYear(m[2]);
    return { name, from: isoFromParts(year, month, 1)!, to: lastDayOfMonth(year, month) };
  }
  if ((m = FY_QUARTER.exec(core))) {
    const fy = financialYear(m[2] ?? m[4], m[3] ?? m[5]);
    if (fy === null) return null;
    const { year, firstMonth, lastMonth } = financialQuarter(Number(m[1] ?? m[6]), fy);
    return { name, from: isoFromParts(year, firstMonth, 1)!, to: lastDayOfMonth(year, lastMonth) };
  }
  if (BARE_QUARTER.test(core) && core !== name) return { name };
  // A heading that is one day (`31/03/2024`): the update as at that day.
  if (/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|^\d{1,2} [a-z]+ \d{4}$/i.test(core)) {
    const day = parseDateText(core);
    if (day.kind === "date") return { name, from: day.date, to: day.date };
  }
  return null;
}

/** Most cells, so that a stray value does not decide. */
const MOSTLY = 0.6;

/** A column whose filled cells are mostly numbers, statuses or RAG colours is not an update history. */
function holdsUpdates(grid: SheetGrid, column: number, headerRow: number, lastRow: number): { ok: boolean; filled: number } {
  let filled = 0;
  let other = 0;
  for (let r = headerRow + 1; r <= lastRow; r++) {
    const text = grid.text(r, column).trim();
    if (text === "") continue;
    filled += 1;
    const status = normaliseStatus(text).canonical;
    if (typeof grid.value(r, column) !== "string" || (status !== "unknown" && status !== "blank" && text.length < 30) || parseRag(text) !== null) other += 1;
  }
  return { ok: filled === 0 || other / filled < MOSTLY, filled };
}

/**
 * Finds the period columns of a header: two or more columns named after a period, each either
 * unmapped or the column the names read as the update, holding updates (not numbers, statuses
 * or colours), at least one filled. Returns them oldest period first (by their dates when every
 * one is dated, else left to right), or null when the plan keeps its updates in one column.
 * `lockedUpdate` is a column the user chose as the update column (null: they chose none): a
 * history is read only when it is the latest period column.
 */
export function findUpdateColumns(grid: SheetGrid, header: HeaderMatch, lastRow: number, lockedUpdate?: number | null): UpdateColumn[] | null {
  if (lockedUpdate === null) return null;
  const mappedElsewhere = new Map<number, ColumnRole>();
  for (const [role, column] of Object.entries(header.columns) as [ColumnRole, number][]) if (role !== "update") mappedElsewhere.set(column, role);
  const found: UpdateColumn[] = [];
  let anyFilled = false;
  for (let c = grid.firstColumn; c <= grid.lastColumn; c++) {
    if (mappedElsewhere.has(c) || typeof grid.value(header.row, c) !== "string") continue;
    const period = readPeriodHeading(grid.text(header.row, c));
    if (!period) continue;
    const contents = holdsUpdates(grid, c, header.row, lastRow);
    if (!contents.ok) continue;
    anyFilled ||= contents.filled > 0;
    found.push({ column: c, header: grid.text(header.row, c), period });
  }
  if (found.length < 2 || !anyFilled) return null;
  const update = lockedUpdate ?? header.columns.update;
  // A plan with its own update column beside period columns keeps that column; the periods are something else.
  if (update !== undefined && !found.some((f) => f.column === update)) return null;
  if (found.every((f) => f.period.from)) found.sort((a, b) => a.period.from!.localeCompare(b.period.from!) || a.column - b.column);
  // The user's choice stands: a history is read only when the column they chose is its latest.
  if (lockedUpdate !== undefined && found[found.length - 1].column !== lockedUpdate) return null;
  return found;
}

/** Describes the history for the plan's reasons: `"March 2024" (D), "June 2024" (E) → latest F`. */
export function describeUpdateColumns(columns: UpdateColumn[]): string {
  const latest = columns[columns.length - 1];
  return (
    `updates are kept one column per period, oldest first: ${columns.map((c) => `"${c.header}" (${columnLetter(c.column)})`).join(", ")}; ` +
    `each row's latest non-blank period is its current update, an entry without a date of its own is dated by its column's period, and new updates go in the latest period's column (${columnLetter(latest.column)}).`
  );
}
