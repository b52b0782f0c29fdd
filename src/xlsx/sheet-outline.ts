/**
 * Row outline levels and cell indents of a workbook's sheets, read from its package with the file
 * adapter's own code (`readWorksheet`, `outlineOf`, `indentOf`), for an adapter that has the
 * cells already but no other way to read levels: the Office adapter gets the open document's
 * package from the host and its grids from the Excel JavaScript API (src/excel/outline-from-file.ts).
 *
 * The package may be older than the grids (the host's copy of the file may not hold edits made
 * since the last save; see docs/real-excel-checklist.md). Levels are row-indexed, so levels from a
 * package whose rows have since moved would mark the wrong rows as headings: a sheet is matched
 * only when its used range is the same and every text cell the package holds still reads the same
 * in the grids; otherwise it is reported `stale` and its levels stay unknown.
 */
import { parseRange, rangeAddress } from "../plan/cells";
import type { CellValue, SheetSnapshot } from "../plan/snapshot";
import { openXlsxPackage } from "./package";
import { indentOf, outlineOf, usedBounds } from "./read-snapshot";
import { readWorksheet, type WorksheetData } from "./worksheet";

/** What the package says about one sheet the caller named. */
export type SheetOutline =
  | { kind: "read"; outlineLevels?: number[]; indentLevels?: number[][] }
  /** The package's cells differ from the caller's: edited since the package was written. */
  | { kind: "stale" }
  /** No worksheet of that name in the package. */
  | { kind: "missing" };

/** The part of a sheet snapshot the match needs. */
export type SheetCells = Pick<SheetSnapshot, "name" | "address" | "values">;

/**
 * Levels and indents of each of `sheets` (by name) from the package `bytes`. Throws
 * `WorkbookReadError` when the bytes are no readable package.
 */
export async function readSheetOutlines(bytes: Uint8Array, sheets: readonly SheetCells[]): Promise<Map<string, SheetOutline>> {
  const pkg = await openXlsxPackage(bytes);
  const out = new Map<string, SheetOutline>();
  for (const sheet of sheets) {
    const entry = pkg.sheets.find((s) => s.kind === "worksheet" && s.name === sheet.name);
    const xml = entry && pkg.texts.get(entry.path);
    if (xml === undefined) {
      out.set(sheet.name, { kind: "missing" });
      continue;
    }
    const data = readWorksheet(xml, { sharedStrings: pkg.sharedStrings, date1904: pkg.date1904 });
    const bounds = usedBounds(data);
    if (!bounds || rangeAddress(bounds) !== sheet.address || !sameText(data, sheet)) {
      out.set(sheet.name, sheet.address === "" && !bounds ? { kind: "read" } : { kind: "stale" });
      continue;
    }
    out.set(sheet.name, { kind: "read", ...outlineOf(data, bounds), ...indentOf(pkg.styles, data, bounds) });
  }
  return out;
}

/**
 * Every text cell of the package reads the same in the grids. Text only: numbers may be formula
 * results Excel has recalculated since the save, while typed text moves only when rows do.
 */
function sameText(data: WorksheetData, sheet: SheetCells): boolean {
  const { firstRow, firstColumn } = parseRange(sheet.address);
  const { rows, columns, values } = data.cells;
  for (let i = 0; i < rows.length; i++) {
    const value = values[i];
    if (typeof value !== "string" || value === "") continue;
    const got: CellValue | undefined = sheet.values[rows[i] - firstRow]?.[columns[i] - firstColumn];
    if (got !== value) return false;
  }
  return true;
}
