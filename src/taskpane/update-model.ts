/**
 * What the Add update view shows, worked out from the plan core without React: the row a
 * selection points at, today's date, RAG words and who the user's initials name. The owners'
 * action lists (the My actions tab) are in my-actions-model.ts, loaded with that tab. The rules
 * themselves (RAG, staleness, updates) stay in `src/plan`.
 */
import { parseIsoDate } from "../plan/dates";
import type { Rating } from "../plan/rag";
import type { Action, GlossaryEntry, IsoDate, Plan } from "../plan/model";
import type { SheetCell } from "../plan/port";

/**
 * The first sheet row of a selection address as Office gives it: `E46`, `$A$3:$G$3`, `46:46`,
 * with or without a sheet prefix. Null when the address names no row (`E:E`).
 */
export function rowOfAddress(address: string): number | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const first = bare.split(":")[0].trim();
  const m = /^\$?[A-Za-z]{0,3}\$?(\d+)$/.exec(first);
  if (!m) return null;
  const row = Number(m[1]);
  return row >= 1 ? row : null;
}

/** The action on the selected row, or why there is none, in words for the pane. */
export type SelectedAction = { action: Action } | { action: null; reason: string };

/** Maps a selected cell to the action on its row. */
export function actionAtSelection(plan: Plan, selection: SheetCell | null): SelectedAction {
  if (!selection) return { action: null, reason: "Select a row of the plan to add an update to it." };
  const row = rowOfAddress(selection.address);
  const action = row === null ? undefined : plan.actions.find((a) => a.sheet === selection.sheet && a.row === row);
  if (action) return { action };
  const where = row === null ? `"${selection.sheet}"` : `Row ${row} of "${selection.sheet}"`;
  const heading = row === null ? undefined : plan.headings.find((h) => h.sheet === selection.sheet && h.row === row);
  const what = heading ? `is a ${heading.level} heading ("${heading.text}")` : "is not an action of the plan";
  return { action: null, reason: `${where} ${what}. Select a row of the plan to add an update to it.` };
}

/** The local calendar date of `now` as `YYYY-MM-DD` (the user's "today"). */
export function localIsoDate(now: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The word every rating is shown with, so colour is never the only signal. */
export const RATING_WORDS: Record<Rating, string> = {
  red: "Red",
  amber: "Amber",
  green: "Green",
  blue: "Blue (complete)",
  grey: "Grey (not rated)",
};

/** Initials a user may sign with: the same rule `appendUpdate` applies. */
export function validInitials(text: string): boolean {
  return /^[A-Za-z]{1,4}$/.test(text.trim());
}

/** The glossary entry for initials: an exact match first, then ignoring case when only one fits. */
export function personForInitials(plan: Plan, initials: string): GlossaryEntry | undefined {
  const wanted = initials.trim();
  if (!wanted) return undefined;
  const exact = plan.glossary.find((g) => g.initials === wanted);
  if (exact) return exact;
  const loose = plan.glossary.filter((g) => g.initials.toLowerCase() === wanted.toLowerCase());
  return loose.length === 1 ? loose[0] : undefined;
}

/** `Kate Jahangard, Service Manager - Access`. */
export function describePerson(person: GlossaryEntry): string {
  return person.role ? `${person.fullName}, ${person.role}` : person.fullName;
}

/** The cell that stands for an action's row when the pane selects it. */
export function actionCell(action: Action): SheetCell {
  return { sheet: action.sheet, address: action.cells.ref ?? action.cells.task ?? `A${action.row}` };
}

/** How an end date reads in a list: as written, or what is missing. */
export function endDateText(action: Action): string {
  switch (action.endDate.kind) {
    case "date":
    case "tbc":
    case "invalid":
      return action.endDate.text;
    case "blank":
      return "not set";
  }
}

/** Why an entry date cannot be used, or undefined: it must be a real date, not after today. */
export function entryDateProblem(date: string, today: IsoDate): string | undefined {
  if (!parseIsoDate(date)) return "Enter the entry date (day, month and year).";
  if (date > today) return "The entry date is after today; an update records what has happened.";
  return undefined;
}
