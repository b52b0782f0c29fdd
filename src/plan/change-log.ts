import { SheetGrid } from "./grid";
import { CHANGE_LOG_SHEET } from "./own-sheets";
import type { RangeWrite, SheetEnsure } from "./port";
import { snapshotCell } from "./snapshot-cell";
import type { CellValue, WorkbookSnapshot } from "./snapshot";

/**
 * The audit trail's columns; the sheet is created on first use as the Excel Table below.
 * `Format before` (the changed cell's number format code before the change: `General`,
 * `dd/mm/yyyy`, `@`...) lets a change be undone exactly; logs made before it existed have eight
 * columns and keep them (see `changeLogWrite`).
 */
export const CHANGE_LOG_HEADER = ["Timestamp", "Initials", "Sheet", "Cell", "Ref", "Field", "Before", "After", "Format before"];
export const CHANGE_LOG_TABLE = "PlanChangeLog";
/** Columns of a log written before `Format before` was added. */
const LEGACY_COLUMNS = 8;

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
  /**
   * The cell before: its text as shown (any writer may pass that), or its value when it held a
   * number or a boolean. See `changeLogWrite` for how it is logged.
   */
  before: CellValue;
  after: CellValue;
  /**
   * The cell's number format code before the change. Left out, `changeLogWrite` reads it (and the
   * cell's exact value) from the snapshot when the cell there shows `before`; `""`: unknown.
   */
  formatBefore?: string;
  /** How to show a number or boolean `after` in the log (default `General`). */
  formatAfter?: string;
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
 * Whether the log has the `Format before` column: a new log will; an existing one only when its
 * header says so. An eight-column log is not widened (its Excel Table would have to grow a
 * column), so its new rows carry no format and undo restores only their values.
 */
export function changeLogHasFormat(snapshot: WorkbookSnapshot): boolean {
  const sheet = snapshot.sheets.find((s) => s.name === CHANGE_LOG_SHEET);
  if (!sheet || !sheet.address) return true;
  const grid = new SheetGrid(sheet);
  return grid.text(1, CHANGE_LOG_HEADER.length).toLowerCase() === CHANGE_LOG_HEADER[CHANGE_LOG_HEADER.length - 1].toLowerCase();
}

/** An entry with its before value and format as exact as the snapshot allows. */
function exactBefore(snapshot: WorkbookSnapshot, entry: ChangeLogEntry): { value: CellValue; format: string } {
  if (entry.formatBefore !== undefined) return { value: entry.before, format: entry.formatBefore };
  const cell = snapshotCell(snapshot, entry.sheet, entry.cell);
  // Only when the cell shows what the entry says it was before (as its text or its value).
  if (cell && (cell.value === entry.before || cell.text === entry.before)) return { value: cell.value, format: cell.numberFormat };
  return { value: entry.before, format: "" };
}

/**
 * Appends entries to the log. Strings go in as text (a `before` starting with `=` stays text);
 * a number or boolean Before or After goes in as itself, shown in the cell's own number format,
 * so the log keeps each value's type and undo can restore it exactly. `Format before` is filled
 * from the snapshot (the state the change was prepared from) when the entry does not give it.
 * The target rows are guarded as empty so two people logging at once cannot overwrite each
 * other's rows.
 */
export function changeLogWrite(snapshot: WorkbookSnapshot, entries: ChangeLogEntry[]): RangeWrite {
  const wide = changeLogHasFormat(snapshot);
  const formats: (string | null)[][] = [];
  const values = entries.map((e) => {
    const before = exactBefore(snapshot, e);
    const row: CellValue[] = [e.timestamp, e.initials, e.sheet, e.cell, e.ref ?? "", e.field, before.value, e.after];
    const shown = (value: CellValue, format: string | undefined) => (typeof value === "string" ? null : format || "General");
    formats.push([null, null, null, null, null, null, shown(before.value, before.format), shown(e.after, e.formatAfter), ...(wide ? [null] : [])]);
    return wide ? [...row, before.format] : row.slice(0, LEGACY_COLUMNS);
  });
  const write: RangeWrite = {
    sheet: CHANGE_LOG_SHEET,
    address: `A${nextChangeLogRow(snapshot)}`,
    values,
    asText: true,
    expectedText: values.map((row) => row.map(() => "")),
    growTable: CHANGE_LOG_TABLE,
  };
  if (formats.some((row) => row.some((f) => f !== null))) write.numberFormat = formats;
  return write;
}

/** `2015-06-10 14:03` from a Date, in the local time of the machine making the change. */
export function localTimestamp(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
