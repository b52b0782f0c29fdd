import { cellAddress } from "../../src/plan/cells";
import type { CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from "../../src/plan/snapshot";

/** A cell for a hand-built sheet: a value, or a value with its displayed text and format. */
export type BuiltCell = CellValue | { value: CellValue; text?: string; numberFormat?: string };

/**
 * Builds a sheet snapshot from rows starting at A1 (or `origin`), the way Office.js would
 * return its used range: ragged rows are padded with "", text defaults to the value.
 */
export function buildSheet(
  name: string,
  rows: BuiltCell[][],
  extra: { merged?: string[]; tables?: TableSnapshot[]; visibility?: SheetSnapshot["visibility"]; position?: number } = {},
): SheetSnapshot {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormat: string[][] = [];
  for (const row of rows) {
    const v: CellValue[] = [];
    const t: string[] = [];
    const f: string[] = [];
    for (let c = 0; c < width; c++) {
      const cell = row[c] ?? "";
      if (typeof cell === "object") {
        v.push(cell.value);
        t.push(cell.text ?? String(cell.value));
        f.push(cell.numberFormat ?? "General");
      } else {
        v.push(cell);
        t.push(typeof cell === "boolean" ? (cell ? "TRUE" : "FALSE") : String(cell));
        f.push("General");
      }
    }
    values.push(v);
    text.push(t);
    numberFormat.push(f);
  }
  return {
    name,
    position: extra.position ?? 0,
    visibility: extra.visibility ?? "Visible",
    address: rows.length && width ? `A1:${cellAddress(rows.length, width)}` : "",
    values: rows.length && width ? values : [],
    text: rows.length && width ? text : [],
    numberFormat: rows.length && width ? numberFormat : [],
    merged: extra.merged ?? [],
    tables: extra.tables ?? [],
  };
}

/** A workbook of sheets in the given order. */
export function buildWorkbook(...sheets: SheetSnapshot[]): WorkbookSnapshot {
  return { sheets: sheets.map((s, i) => ({ ...s, position: i })), chartSheets: [] };
}

/** A date cell as Office.js reports it: serial value, formatted text. */
export function dateCell(serial: number, text: string, numberFormat = "dd/mm/yyyy"): BuiltCell {
  return { value: serial, text, numberFormat };
}
