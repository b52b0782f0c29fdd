/**
 * What the Add update view shows, worked out from the plan core without React: the row a
 * selection points at, today's date, RAG words, who the user's initials name, and the owners'
 * action lists. The rules themselves (RAG, staleness, updates) stay in `src/plan`.
 */
import { NO_OWNER } from "../plan/chase";
import { parseIsoDate } from "../plan/dates";
import { daysOverdue, deriveRag, isClosed, type RagResult, type Rating } from "../plan/rag";
import type { Action, GlossaryEntry, IsoDate, Plan } from "../plan/model";
import type { PlanSettings } from "../plan/settings";
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

/**
 * The key owners are grouped by: case, spacing and punctuation ignored, so `Service Manager -
 * Access` and `Service Manager-Access` are one role (the same key the chase list groups by).
 */
export function ownerKey(owner: string): string {
  return owner.toLowerCase().replace(/[^a-z0-9&@.]+/g, " ").trim();
}

/** One role to pick in My actions. */
export interface OwnerOption {
  key: string;
  /** The plan's most used spelling. */
  label: string;
  /** Actions naming this owner (open and closed). */
  count: number;
}

function ownerKeysOf(action: Action): string[] {
  if (action.ownerUnknown || action.owners.length === 0) return [ownerKey(NO_OWNER)];
  return [...new Set(action.owners.map((o) => ownerKey(o.name)))];
}

/** Every owner the plan names, alphabetically, with "(no owner named)" last when any action lacks one. */
export function ownerOptions(plan: Plan): OwnerOption[] {
  const byKey = new Map<string, { spellings: Map<string, number>; count: number }>();
  for (const action of plan.actions) {
    const names = action.ownerUnknown || action.owners.length === 0 ? [NO_OWNER] : action.owners.map((o) => o.name);
    const seen = new Set<string>();
    for (const name of names) {
      const key = ownerKey(name);
      const entry = byKey.get(key) ?? { spellings: new Map(), count: 0 };
      entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
      if (!seen.has(key)) entry.count++;
      seen.add(key);
      byKey.set(key, entry);
    }
  }
  const noOwner = ownerKey(NO_OWNER);
  return [...byKey.entries()]
    .map(([key, { spellings, count }]) => {
      let label = "";
      let best = 0;
      for (const [name, n] of spellings) if (n > best) [label, best] = [name, n];
      return { key, label, count };
    })
    .sort((a, b) => Number(a.key === noOwner) - Number(b.key === noOwner) || a.label.localeCompare(b.label));
}

/** The owner whose role the glossary gives for these initials, if the plan names it. */
export function ownerForInitials(plan: Plan, initials: string): OwnerOption | undefined {
  const person = personForInitials(plan, initials);
  if (!person?.role) return undefined;
  const key = ownerKey(person.role);
  return ownerOptions(plan).find((o) => o.key === key);
}

/** One row of My actions. */
export interface OwnedAction {
  action: Action;
  rag: RagResult;
  /** Days past the end date (positive), or null when not overdue or closed. */
  overdueDays: number | null;
  closed: boolean;
}

/**
 * An owner's actions: overdue first (most overdue first), then by end date, then those without
 * a real end date, then closed ones (only with `includeClosed`); plan order breaks ties.
 */
export function actionsForOwner(plan: Plan, key: string, asOf: IsoDate, settings: PlanSettings, includeClosed: boolean): OwnedAction[] {
  const rows = plan.actions
    .map((action, index) => ({ action, index }))
    .filter(({ action }) => ownerKeysOf(action).includes(key))
    .map(({ action, index }) => {
      const closed = isClosed(action);
      const late = daysOverdue(action, asOf);
      return { index, item: { action, rag: deriveRag(action, asOf, settings), overdueDays: !closed && late !== null && late > 0 ? late : null, closed } };
    })
    .filter(({ item }) => includeClosed || !item.closed);
  const band = (i: OwnedAction) => (i.closed ? 3 : i.overdueDays !== null ? 0 : i.action.endDate.kind === "date" ? 1 : 2);
  const end = (i: OwnedAction) => (i.action.endDate.kind === "date" ? i.action.endDate.date : "");
  return rows
    .sort((a, b) => band(a.item) - band(b.item) || end(a.item).localeCompare(end(b.item)) || a.index - b.index)
    .map((r) => r.item);
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
