/**
 * Undo from the change log: any change the add-in logged (an appended update, a status change,
 * a validation fix) is reverted from its row of "Plan change log".
 *
 * What the log holds, and so what undo restores:
 * - `Before` is the cell's value before the change, as its type: a string is logged as text, a
 *   number (a date serial, say) or a boolean as itself, shown in the cell's own number format.
 *   So `42170` under `dd/mm/yyyy` is restored as the number 42170, never as the text
 *   "15/06/2015", and the string "42" stays a string.
 * - `Format before` is the cell's number format code before the change. The cell gets its value
 *   and that format back in one write; a string is written so Excel never parses it, whatever
 *   the format.
 * - Rows logged before `Format before` existed (an eight-column log) have no format: undo
 *   restores the value as text and leaves the cell's format as it is, and says so.
 * The write is guarded by `After`: when the cell no longer holds what the change wrote (someone
 * edited it since, or a later change on the same cell has not been undone), undo is refused and
 * nothing is written. The undo is itself logged, Before and After swapped, its field
 * `undo <field>` (undoing an undo logs `redo <field>`), so it can be undone in turn.
 */
import { parseCell } from "./cells";
import { CHANGE_LOG_ENSURE, CHANGE_LOG_HEADER, changeLogWrite, type ChangeLogEntry } from "./change-log";
import { SheetGrid } from "./grid";
import { CHANGE_LOG_SHEET } from "./own-sheets";
import type { ChangeSet, RangeWrite } from "./port";
import { snapshotCell } from "./snapshot-cell";
import type { CellValue, WorkbookSnapshot } from "./snapshot";

/** One row of the change log: the entry as written (change-log.ts), read back with its place and shown text. */
export interface LoggedChange extends Omit<ChangeLogEntry, "formatBefore" | "formatAfter"> {
  /** The log's own row (1-based; the header is row 1). */
  row: number;
  /** The log cells' displayed text. */
  beforeText: string;
  afterText: string;
  /** The number format code before the change; `""` when the log does not know it. */
  formatBefore: string;
}

/** Every logged change, oldest first; `[]` when there is no log (or it lacks its columns). */
export function readChangeLog(snapshot: WorkbookSnapshot): LoggedChange[] {
  const sheet = snapshot.sheets.find((s) => s.name === CHANGE_LOG_SHEET);
  if (!sheet || !sheet.address) return [];
  const grid = new SheetGrid(sheet);
  const columns = new Map<string, number>();
  for (let c = grid.firstColumn; c <= grid.lastColumn; c++) {
    const title = grid.text(1, c).toLowerCase();
    if (title && !columns.has(title)) columns.set(title, c);
  }
  const col = (title: string) => columns.get(title.toLowerCase());
  const [timestamp, initials, sheetCol, cellCol, ref, field, before, after, format] = CHANGE_LOG_HEADER.map(col);
  if (sheetCol === undefined || cellCol === undefined || before === undefined || after === undefined) return [];
  const text = (row: number, c: number | undefined) => (c === undefined ? "" : grid.text(row, c));
  const out: LoggedChange[] = [];
  for (let row = Math.max(2, grid.firstRow); row <= grid.lastRow; row++) {
    if (text(row, sheetCol) === "" && text(row, cellCol) === "") continue;
    out.push({
      row,
      timestamp: text(row, timestamp),
      initials: text(row, initials),
      sheet: grid.rawText(row, sheetCol),
      cell: text(row, cellCol).toUpperCase(),
      ref: text(row, ref) || null,
      field: text(row, field),
      before: grid.value(row, before),
      after: grid.value(row, after),
      beforeText: grid.rawText(row, before),
      afterText: grid.rawText(row, after),
      formatBefore: text(row, format),
    });
  }
  return out;
}

/** What undo will write, or why it will not. */
export type PreparedUndo =
  | {
      ok: true;
      changes: ChangeSet;
      change: LoggedChange;
      /** The value the cell gets back. */
      restored: CellValue;
      /** False for a row logged without its format: the cell keeps the format it has now. */
      formatRestored: boolean;
    }
  | { ok: false; reason: string };

/** `"12 words…"`: a value as a message quotes it. */
function quote(value: string): string {
  return `"${value.length > 60 ? `${value.slice(0, 60)}…` : value}"`;
}

/** The field an undo logs: `undo status`; undoing that logs `redo status`, and so on. */
function undoField(field: string): string {
  const m = /^(undo|redo) (.*)$/i.exec(field);
  if (m) return `${m[1].toLowerCase() === "undo" ? "redo" : "undo"} ${m[2]}`;
  return `undo ${field}`;
}

/**
 * The change set that reverts the change logged on `logRow` of the change log: the cell's value
 * and number format before it, guarded by the text the cell shows now (which must be the
 * change's After), and the undo's own log row. See the file comment.
 */
export function prepareUndo(snapshot: WorkbookSnapshot, logRow: number, who: { initials: string; timestamp: string }): PreparedUndo {
  const prepared = prepareUndos(snapshot, [logRow], who);
  if (!prepared.ok) return prepared;
  const [one] = prepared.undone;
  return { ok: true, changes: prepared.changes, change: one.change, restored: one.restored, formatRestored: one.formatRestored };
}

/** Several logged changes reverted together, or why not (then nothing is written). */
export type PreparedUndos =
  | { ok: true; changes: ChangeSet; undone: { change: LoggedChange; restored: CellValue; formatRestored: boolean }[] }
  | { ok: false; reason: string };

/**
 * The change set that reverts the changes logged on `logRows` together (e.g. every fix of one
 * "Fix all"): one write per cell and one block of undo rows in the log, so the adapter applies
 * them in one round trip, all or nothing. Each row is checked as `prepareUndo` checks it; the
 * first that cannot be undone refuses the whole set.
 */
export function prepareUndos(snapshot: WorkbookSnapshot, logRows: number[], who: { initials: string; timestamp: string }): PreparedUndos {
  const initials = who.initials.trim();
  if (!/^[A-Za-z]{1,4}$/.test(initials)) return { ok: false, reason: `Initials must be 1 to 4 letters (A-Z), not "${who.initials}".` };
  const log = readChangeLog(snapshot);
  if (log.length === 0) return { ok: false, reason: `The workbook has no change log ("${CHANGE_LOG_SHEET}") to undo from.` };
  const restores: RangeWrite[] = [];
  const entries: Parameters<typeof changeLogWrite>[1] = [];
  const undone: { change: LoggedChange; restored: CellValue; formatRestored: boolean }[] = [];
  const seen = new Set<string>();
  for (const logRow of logRows) {
    const change = log.find((c) => c.row === logRow);
    if (!change) {
      return { ok: false, reason: `Row ${logRow} of "${CHANGE_LOG_SHEET}" is not a logged change; the changes are on rows ${log[0].row} to ${log[log.length - 1].row}.` };
    }
    const where = `${change.sheet}!${change.cell}`;
    try {
      parseCell(change.cell);
    } catch {
      return { ok: false, reason: `Row ${logRow} of the change log names the cell "${change.cell}", which is not a cell.` };
    }
    if (seen.has(where)) return { ok: false, reason: `${where} is changed twice in this set; undo the later change first.` };
    seen.add(where);
    const current = snapshotCell(snapshot, change.sheet, change.cell);
    if (!current) return { ok: false, reason: `The sheet "${change.sheet}" of ${where} is no longer in the workbook.` };
    if (current.value !== change.after) {
      return { ok: false, reason: `${where} has changed since (it now reads ${quote(current.text)}); undo it by hand.` };
    }
    const formatRestored = change.formatBefore !== "";
    if (current.value === change.before && (!formatRestored || current.numberFormat === change.formatBefore)) {
      return { ok: false, reason: `${where} already reads ${quote(change.beforeText)}: there is nothing to undo.` };
    }
    restores.push(
      formatRestored
        ? { sheet: change.sheet, address: change.cell, values: [[change.before]], asText: false, numberFormat: [[change.formatBefore]], expectedText: [[current.text]] }
        : { sheet: change.sheet, address: change.cell, values: [[change.before]], asText: true, expectedText: [[current.text]] },
    );
    entries.push({
      timestamp: who.timestamp,
      initials,
      sheet: change.sheet,
      cell: change.cell,
      ref: change.ref,
      field: undoField(change.field),
      before: current.value,
      after: change.before,
      formatBefore: current.numberFormat,
      formatAfter: formatRestored ? change.formatBefore : current.numberFormat,
    });
    undone.push({ change, restored: change.before, formatRestored });
  }
  if (undone.length === 0) return { ok: false, reason: "Nothing was chosen to undo." };
  return { ok: true, changes: { ensureSheets: [CHANGE_LOG_ENSURE], writes: [...restores, changeLogWrite(snapshot, entries)] }, undone };
}
