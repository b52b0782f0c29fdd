import { SheetGrid } from "./grid";
import { CHANGE_LOG_SHEET } from "./own-sheets";
import type { RangeWrite, SheetEnsure } from "./port";
import type { WorkbookSnapshot } from "./snapshot";

/** The audit trail's columns; the sheet is created on first use as the Excel Table below. */
export const CHANGE_LOG_HEADER = ["Timestamp", "Initials", "Sheet", "Cell", "Ref", "Field", "Before", "After"];
export const CHANGE_LOG_TABLE = "PlanChangeLog";

/** One change the add-in made. */
export interface ChangeLogEntry {
  /** When, as `YYYY-MM-DD HH:MM` local time of whoever made it. */
  timestamp: string;
  initials: string;
  sheet: string;
  cell: string;
  ref: string | null;
  /** What changed, in the plan's words: `update`, `status`, `end date`... */
  field: string;
  before: string;
  after: string;
}

/** The sheet the log needs. */
export const CHANGE_LOG_ENSURE: SheetEnsure = { name: CHANGE_LOG_SHEET, visibility: "Visible", header: CHANGE_LOG_HEADER, table: CHANGE_LOG_TABLE };

/** The first empty row below the log (row 2 when the log does not exist yet). */
export function nextChangeLogRow(snapshot: WorkbookSnapshot): number {
  const sheet = snapshot.sheets.find((s) => s.name === CHANGE_LOG_SHEET);
  if (!sheet || !sheet.address) return 2;
  return Math.max(2, new SheetGrid(sheet).lastRow + 1);
}

/**
 * Appends entries to the log, as text (a `before` starting with `=` stays text). The target
 * rows are guarded as empty so two people logging at once cannot overwrite each other's rows.
 */
export function changeLogWrite(snapshot: WorkbookSnapshot, entries: ChangeLogEntry[]): RangeWrite {
  const values = entries.map((e) => [e.timestamp, e.initials, e.sheet, e.cell, e.ref ?? "", e.field, e.before, e.after]);
  return {
    sheet: CHANGE_LOG_SHEET,
    address: `A${nextChangeLogRow(snapshot)}`,
    values,
    asText: true,
    expectedText: values.map((row) => row.map(() => "")),
    growTable: CHANGE_LOG_TABLE,
  };
}

/** `2015-06-10 14:03` from a Date, in the local time of the machine making the change. */
export function localTimestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
