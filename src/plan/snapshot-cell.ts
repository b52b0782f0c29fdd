import { parseCell } from "./cells";
import { SheetGrid } from "./grid";
import type { CellValue, WorkbookSnapshot } from "./snapshot";

/** One cell as a snapshot holds it. */
export interface SnapshotCell {
  value: CellValue;
  /** The displayed text exactly as the adapter read it (what a write's guard compares). */
  text: string;
  numberFormat: string;
}

/**
 * The cell at `address` (`E46`) of the sheet named `sheet`, as the snapshot holds it; an empty
 * `General` cell outside the used range; `null` when the sheet is not there or the address is
 * not one cell.
 */
export function snapshotCell(snapshot: WorkbookSnapshot, sheet: string, address: string): SnapshotCell | null {
  const found = snapshot.sheets.find((s) => s.name === sheet);
  if (!found) return null;
  let at;
  try {
    at = parseCell(address);
  } catch {
    return null;
  }
  if (at.row < 1 || at.column < 1) return null;
  const grid = new SheetGrid(found);
  const value = grid.value(at.row, at.column);
  const text = found.text[at.row - grid.firstRow]?.[at.column - grid.firstColumn] ?? (typeof value === "string" ? value : String(value));
  return { value, text, numberFormat: grid.numberFormat(at.row, at.column) };
}
