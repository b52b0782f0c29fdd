import { daysBetween, formatUk } from "../dates";
import type { Action, ColumnRole, DatedEndDate, EndDate, IsoDate, UpdateEntry } from "../model";
import { memoByText } from "../memo";
import { daysOverdue } from "../rag";

/** `1 day`, `8 days`. */
export function days(n: number): string {
  return `${n} day${n === 1 ? "" : "s"}`;
}

/** The end date as the cell shows it. */
export function endDateText(action: Action): string {
  return endDateReadingText(action.endDate);
}

/** An end date reading as its cell shows it, for rules whose words depend on the reading alone. */
function endDateReadingText(endDate: EndDate): string {
  if (endDate.kind === "date" && endDate.period) return `${endDate.text} (${endDate.period})`;
  return endDate.kind === "blank" ? "(blank)" : endDate.text;
}

/** `status is 'Not Started'`, `status is blank`, or, with no status column, never "blank" (issue 10 cause 7). */
export function statusText(action: Action): string {
  if (!action.cells.status) return "the plan has no status column";
  return action.status.raw ? statusIs(action.status.raw) : "status is blank";
}

// One string per status wording: several rules name the status of thousands of rows, and an
// unchanged string lets their messages be looked up rather than built (per-reading.ts).
const statusIs = memoByText((raw: string) => `status is '${raw}'`);

/** An entry quoted briefly. */
export function quote(text: string, max = 80): string {
  // Plans repeat entries (copied forward, or the same note on many rows), and several rules
  // quote the same entry: each text is quoted once at the usual length. Bounded, so a long
  // session or a huge plan cannot grow it without end.
  return max === 80 ? quoteAtUsualLength(text) : quoteOnce(text, max);
}

function quoteOnce(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
}

const quoteAtUsualLength = memoByText((text: string) => quoteOnce(text, 80));

/** `rows 6 and 7`, `rows 10, 11 and 12`, `Plan row 4 and Finance row 9` (sheet named when they differ). */
export function listRows(actions: Action[]): string {
  const oneSheet = actions.every((a) => a.sheet === actions[0].sheet);
  const rows = actions.map((a) => (oneSheet ? `${a.row}` : `${a.sheet} row ${a.row}`));
  const list = rows.length > 1 ? `${rows.slice(0, -1).join(", ")} and ${rows[rows.length - 1]}` : rows[0];
  return oneSheet ? `rows ${list}` : list;
}

/** How a message names the action: `Action D1`, `Recommendation 3` (a ref that is already a name), or `The action on row 4`. */
export function actionName(action: Action): string {
  if (!action.ref) return `The action on row ${action.row}`;
  return /^[A-Za-z]{3,}\s/.test(action.ref) ? action.ref : `Action ${action.ref}`;
}

/** A field's cell in brackets, `(F2)`, or nothing when the field has no column. */
export function at(action: Action, field: ColumnRole): string {
  const cell = action.cells[field];
  return cell ? ` (${cell})` : "";
}

/** `; its end date 31/01/2025 passed 7 days before 07/02/2025`, or nothing when it has not passed. */
export function endDatePassed(action: Action, asOf: IsoDate): string {
  const late = daysOverdue(action, asOf);
  return late !== null && late > 0 ? `; its end date ${passedBefore(action.endDate as DatedEndDate, asOf)}` : "";
}

/** `31/01/2025 passed 7 days before 07/02/2025`: a real end date's lateness, from its reading alone. */
export function passedBefore(endDate: DatedEndDate, asOf: IsoDate): string {
  return `${endDateReadingText(endDate)} passed ${days(daysBetween(endDate.date, asOf))} before ${formatUk(asOf)}`;
}

/** The plan's own word for complete, quoted (`'Completed'`), or `complete` when the plan has none yet. */
export function completeWord(planWord: string | undefined): string {
  return planWord ? `'${planWord}'` : "complete";
}

/**
 * The first of an action's update entries that `matches`, and how many match, or null when none
 * does. Counted in place, not filtered into a list: most rows have no such entry.
 */
export function firstEntry(updates: readonly UpdateEntry[], matches: (entry: UpdateEntry) => boolean): { first: UpdateEntry; count: number } | null {
  let count = 0;
  let first: UpdateEntry | undefined;
  for (const u of updates) {
    if (!matches(u)) continue;
    first ??= u;
    count++;
  }
  return first ? { first, count } : null;
}

/** `An update entry has` or `3 update entries have`. */
export function entriesHave(count: number): string {
  return count === 1 ? "An update entry has" : `${count} update entries have`;
}
