/**
 * A port over an in-memory snapshot that applies change sets the way the adapters promise:
 * guarded cells are compared with their expected text first and a difference throws
 * `ConflictError` with nothing written; ensured sheets are created with their header; strings
 * written `asText` get the `@` format. Re-reads see what was written, so a pane test can check
 * the plan it reads back after an update.
 */
import { cellAddress, parseCell, parseRange } from "../../src/plan/cells";
import { ConflictError, type ChangeSet, type ConflictCell, type WorkbookPort } from "../../src/plan/port";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/plan/snapshot";

/** A deep copy (snapshots and change sets are plain JSON; jsdom lacks `structuredClone`). */
export function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function textAt(sheet: SheetSnapshot | undefined, row: number, column: number): string {
  if (!sheet || !sheet.address) return "";
  const b = parseRange(sheet.address);
  if (row < b.firstRow || row > b.lastRow || column < b.firstColumn || column > b.lastColumn) return "";
  return sheet.text[row - b.firstRow][column - b.firstColumn] ?? "";
}

/** Writes one cell, growing the sheet's used range (and its grids) to cover it. */
function writeCell(sheet: SheetSnapshot, row: number, column: number, value: CellValue, asText: boolean): void {
  const old = sheet.address ? parseRange(sheet.address) : { firstRow: row, firstColumn: column, lastRow: row, lastColumn: column };
  const b = {
    firstRow: Math.min(old.firstRow, row),
    firstColumn: Math.min(old.firstColumn, column),
    lastRow: Math.max(old.lastRow, row),
    lastColumn: Math.max(old.lastColumn, column),
  };
  const grid = <T,>(from: T[][], blank: T): T[][] =>
    Array.from({ length: b.lastRow - b.firstRow + 1 }, (_, i) =>
      Array.from({ length: b.lastColumn - b.firstColumn + 1 }, (_, j) => {
        const r = b.firstRow + i - old.firstRow;
        const c = b.firstColumn + j - old.firstColumn;
        return sheet.address && from[r] !== undefined && from[r][c] !== undefined ? from[r][c] : blank;
      }),
    );
  sheet.values = grid<CellValue>(sheet.values, "");
  sheet.text = grid(sheet.text, "");
  sheet.numberFormat = grid(sheet.numberFormat, "General");
  sheet.address = `${cellAddress(b.firstRow, b.firstColumn)}:${cellAddress(b.lastRow, b.lastColumn)}`;
  const i = row - b.firstRow;
  const j = column - b.firstColumn;
  sheet.values[i][j] = value;
  sheet.text[i][j] = typeof value === "boolean" ? (value ? "TRUE" : "FALSE") : String(value);
  if (asText && typeof value === "string") sheet.numberFormat[i][j] = "@";
}

/** A workbook port over a snapshot that changes as it is written to. */
export class SnapshotPort implements WorkbookPort {
  reads = 0;
  applied: ChangeSet[] = [];
  /** Thrown by the next `apply` instead of writing (then cleared). */
  failNextApply?: Error;

  constructor(public snapshot: WorkbookSnapshot) {}

  async readSnapshot(): Promise<WorkbookSnapshot> {
    this.reads++;
    return clone(this.snapshot);
  }

  /** Someone else edits a cell (a co-author), behind the pane's back. */
  coauthor(sheet: string, address: string, text: string): void {
    const target = this.snapshot.sheets.find((s) => s.name === sheet);
    if (!target) throw new Error(`No sheet "${sheet}".`);
    const { row, column } = parseCell(address);
    writeCell(target, row, column, text, false);
  }

  /** The text a cell shows now. */
  text(sheet: string, address: string): string {
    const { row, column } = parseCell(address);
    return textAt(
      this.snapshot.sheets.find((s) => s.name === sheet),
      row,
      column,
    );
  }

  async apply(changes: ChangeSet): Promise<void> {
    this.applied.push(clone(changes));
    if (this.failNextApply) {
      const error = this.failNextApply;
      this.failNextApply = undefined;
      throw error;
    }
    const find = (name: string) => this.snapshot.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
    const conflicts: ConflictCell[] = [];
    for (const write of changes.writes) {
      const start = parseCell(write.address);
      const ensure = changes.ensureSheets.find((e) => e.name.toLowerCase() === write.sheet.toLowerCase());
      const sheet = find(write.sheet);
      write.expectedText?.forEach((row, i) =>
        row.forEach((expected, j) => {
          const r = start.row + i;
          const c = start.column + j;
          const actual = sheet ? textAt(sheet, r, c) : r === 1 ? (ensure?.header?.[c - 1] ?? "") : "";
          if (actual !== expected) conflicts.push({ sheet: write.sheet, address: cellAddress(r, c), expected, actual });
        }),
      );
    }
    if (conflicts.length) throw new ConflictError(conflicts);
    for (const ensure of changes.ensureSheets) {
      if (find(ensure.name)) continue;
      const sheet: SheetSnapshot = {
        name: ensure.name,
        position: this.snapshot.sheets.length,
        visibility: ensure.visibility,
        address: "",
        values: [],
        text: [],
        numberFormat: [],
        merged: [],
        tables: [],
      };
      this.snapshot.sheets.push(sheet);
      ensure.header?.forEach((h, j) => writeCell(sheet, 1, j + 1, h, true));
    }
    for (const write of changes.writes) {
      const sheet = find(write.sheet)!;
      const start = parseCell(write.address);
      write.values.forEach((row, i) => row.forEach((v, j) => writeCell(sheet, start.row + i, start.column + j, v, write.asText)));
    }
  }
}
