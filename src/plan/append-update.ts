import { isoParts } from "./dates";
import type { Action, IsoDate, Plan, UpdateEntry } from "./model";

/** Excel's limit on the characters one cell holds. */
export const CELL_CHARACTER_LIMIT = 32767;

/** How a plan writes its update entries. */
export interface UpdateStyle {
  /** `dd.mm.yy` (27.05.15) or `dd.mm.yyyy` (03.06.2015), or the same with `/`. */
  dateFormat: "dd.mm.yy" | "dd.mm.yyyy" | "dd/mm/yy" | "dd/mm/yyyy";
  /** What follows the initials: `:` (`KJ: text`), ` -` (`KJ - text`) or nothing (`KJ text`). */
  afterInitials: ":" | " -" | "";
  /** Between entries: a line break or a space. */
  betweenEntries: "\n" | " ";
}

export const DEFAULT_UPDATE_STYLE: UpdateStyle = { dateFormat: "dd.mm.yy", afterInitials: ":", betweenEntries: "\n" };

function dateFormatOf(entry: UpdateEntry): UpdateStyle["dateFormat"] | null {
  const m = /^\d{1,2}([./])\d{1,2}\1(\d{2}|\d{4})$/.exec(entry.dateText ?? "");
  if (!m) return null;
  return `dd${m[1]}mm${m[1]}${m[2].length === 4 ? "yyyy" : "yy"}` as UpdateStyle["dateFormat"];
}

function mostCommon<T>(values: T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount) [best, bestCount] = [v, n];
  return best;
}

/** The style of a set of cells' entries; the most common choice wins, else `fallback`. */
export function detectUpdateStyle(cells: { text: string; updates: UpdateEntry[] }[], fallback: UpdateStyle = DEFAULT_UPDATE_STYLE): UpdateStyle {
  const dated = cells.flatMap((c) => c.updates.filter((u) => u.date));
  const withInitials = dated.filter((u) => u.initials);
  const multi = cells.filter((c) => c.updates.length > 1);
  return {
    dateFormat: mostCommon(dated.map(dateFormatOf).filter((f): f is UpdateStyle["dateFormat"] => f !== null)) ?? fallback.dateFormat,
    afterInitials:
      mostCommon(withInitials.map((u) => ((u.separator ?? "").trim() === ":" ? ":" : /[-–—]/.test(u.separator ?? "") ? " -" : "") as UpdateStyle["afterInitials"])) ??
      fallback.afterInitials,
    betweenEntries: multi.length ? (mostCommon(multi.map((c) => (c.text.includes("\n") ? "\n" : " ")) as UpdateStyle["betweenEntries"][]) ?? fallback.betweenEntries) : fallback.betweenEntries,
  };
}

/** The style for a new entry on an action: its own cell's style first, the plan's for the rest. */
export function styleForAction(action: Action, plan: Plan): UpdateStyle {
  const planStyle = detectUpdateStyle(plan.actions.map((a) => ({ text: a.updateText, updates: a.updates })));
  return detectUpdateStyle([{ text: action.updateText, updates: action.updates }], planStyle);
}

/** Formats an entry date in a style: `2015-06-10` → `10.06.15`. */
export function formatEntryDate(date: IsoDate, format: UpdateStyle["dateFormat"]): string {
  const { year, month, day } = isoParts(date);
  const sep = format[2];
  const yy = format.endsWith("yyyy") ? String(year) : String(year % 100).padStart(2, "0");
  return `${String(day).padStart(2, "0")}${sep}${String(month).padStart(2, "0")}${sep}${yy}`;
}

/** A new update cell text, or why it was refused. */
export type AppendResult = { ok: true; text: string; entry: string } | { ok: false; reason: string };

/**
 * Appends a dated, initialled entry to an update cell. The existing text is kept byte for byte
 * (only a trailing space or line break may separate it from the new entry).
 */
export function appendUpdate(existing: string, input: { date: IsoDate; initials: string; text: string }, style: UpdateStyle): AppendResult {
  const text = input.text.trim().replace(/\r\n?/g, "\n");
  // Initials are written upper case: `kj` typed is `KJ` in the plan, as the validator expects.
  const initials = input.initials.trim().toUpperCase();
  if (!text) return { ok: false, reason: "Type the update first: it is empty." };
  if (!/^[A-Za-z]{1,4}$/.test(initials)) return { ok: false, reason: `Initials must be 1 to 4 letters (A-Z), not "${input.initials}".` };
  const entry = `${formatEntryDate(input.date, style.dateFormat)} ${initials}${style.afterInitials} ${text}`;
  const separator = existing === "" || /\s$/.test(existing) ? "" : style.betweenEntries;
  const result = `${existing}${separator}${entry}`;
  if (result.length > CELL_CHARACTER_LIMIT) {
    return { ok: false, reason: `The cell would hold ${result.length} characters, over Excel's limit of ${CELL_CHARACTER_LIMIT}. Shorten the update by ${result.length - CELL_CHARACTER_LIMIT} characters, or archive older entries first.` };
  }
  return { ok: true, text: result, entry };
}
