/** Hand-built snapshots for tests, in the exact shape the adapters return. */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/plan/snapshot";
import { cellAddress, parseCell } from "../../src/plan/cells";
import { displayText } from "./state";

/** A sheet description: rows from `at` (default `A1`), plus anything to override. */
export interface SheetSpec extends Partial<Omit<SheetSnapshot, "values">> {
  name: string;
  rows: CellValue[][];
  at?: string;
}

/**
 * A sheet snapshot whose text is `String(value)` and format `General` unless given. The rows must
 * fill their rectangle's edges, as a values-only used range does.
 */
export function sheetSnapshot(spec: SheetSpec, position: number): SheetSnapshot {
  const { name, rows, at = "A1", ...rest } = spec;
  const start = parseCell(at);
  const width = rows[0]?.length ?? 0;
  const end = cellAddress(start.row + rows.length - 1, start.column + width - 1);
  return {
    name,
    position,
    visibility: "Visible",
    address: rows.length === 0 ? "" : `${at}:${end}`,
    values: rows,
    text: rows.map((r) => r.map(displayText)),
    numberFormat: rows.map((r) => r.map(() => "General")),
    merged: [],
    // What the Office adapter reads on ExcelApi 1.9 and the file adapter always: none hidden.
    hiddenRows: [],
    hiddenColumns: [],
    tables: [],
    ...rest,
  };
}

/** A workbook snapshot of sheets in the order given. */
export function workbookSnapshot(...sheets: SheetSpec[]): WorkbookSnapshot {
  return { sheets: sheets.map((s, i) => sheetSnapshot(s, i)), chartSheets: [] };
}

/** `rows` × 7 cells of plan-like text, `Action 1` ... in column A. */
export function planRows(rows: number, header = true): CellValue[][] {
  const out: CellValue[][] = header ? [["Ref", "Action", "Owner", "Due", "Status", "Update", "RAG"]] : [];
  for (let i = 1; out.length < rows; i++) {
    out.push([
      `${i}.1`,
      `Action ${i}: improve the quality of supervision`,
      "Head of Service",
      42185 + i,
      "On track",
      "",
      "G",
    ]);
  }
  return out;
}
