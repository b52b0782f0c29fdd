import { parseRange } from "./cells";
import type { CellValue, SheetSnapshot } from "./snapshot";

/**
 * Sheet-coordinate access to a snapshot's grids, so the rest of the core speaks in sheet rows
 * and columns (1-based) whatever the used range's top-left cell is.
 */
export class SheetGrid {
  readonly firstRow: number;
  readonly firstColumn: number;
  readonly lastRow: number;
  readonly lastColumn: number;
  /** 1 for each row (from firstRow) crossed by a merged area two or more columns wide (heading rows usually are). */
  private readonly rowsMergedAcross: Uint8Array;

  constructor(readonly sheet: SheetSnapshot) {
    if (sheet.address) {
      const bounds = parseRange(sheet.address);
      this.firstRow = bounds.firstRow;
      this.firstColumn = bounds.firstColumn;
      this.lastRow = bounds.lastRow;
      this.lastColumn = bounds.lastColumn;
    } else {
      this.firstRow = 1;
      this.firstColumn = 1;
      this.lastRow = 0;
      this.lastColumn = 0;
    }
    this.rowsMergedAcross = new Uint8Array(Math.max(0, this.lastRow - this.firstRow + 1));
    for (const area of sheet.merged) {
      const b = parseRange(area);
      if (b.lastColumn === b.firstColumn) continue;
      // Only rows inside the used range are ever asked about.
      const from = Math.max(b.firstRow, this.firstRow);
      const to = Math.min(b.lastRow, this.lastRow);
      for (let r = from; r <= to; r++) this.rowsMergedAcross[r - this.firstRow] = 1;
    }
  }

  get name(): string {
    return this.sheet.name;
  }

  get isEmpty(): boolean {
    return this.lastRow === 0;
  }

  value(row: number, column: number): CellValue {
    return this.sheet.values[row - this.firstRow]?.[column - this.firstColumn] ?? "";
  }

  /** The displayed text, trimmed of surrounding whitespace. */
  text(row: number, column: number): string {
    const t = this.sheet.text[row - this.firstRow]?.[column - this.firstColumn];
    if (t !== undefined) return t.trim();
    const v = this.value(row, column);
    return typeof v === "string" ? v.trim() : String(v);
  }

  /** The displayed text exactly as the cell holds it (update logs keep their line breaks). */
  rawText(row: number, column: number): string {
    const v = this.value(row, column);
    if (typeof v === "string") return v;
    return this.sheet.text[row - this.firstRow]?.[column - this.firstColumn] ?? String(v);
  }

  numberFormat(row: number, column: number): string {
    return this.sheet.numberFormat[row - this.firstRow]?.[column - this.firstColumn] ?? "General";
  }

  /** The first column of a row that holds something, or undefined for a blank row. */
  firstFilledColumn(row: number): number | undefined {
    for (let c = this.firstColumn; c <= this.lastColumn; c++) if (this.isFilled(row, c)) return c;
    return undefined;
  }

  /** True when the cell's trimmed text (`text`) is not empty, read without making that text. */
  isFilled(row: number, column: number): boolean {
    const r = row - this.firstRow;
    const c = column - this.firstColumn;
    const t = this.sheet.text[r]?.[c];
    if (t !== undefined) return t !== "" && t.trim() !== "";
    const v = this.sheet.values[r]?.[c];
    if (v === undefined || v === null) return false;
    return typeof v !== "string" || v.trim() !== "";
  }

  /** The row's outline level (0 when in no group), or undefined when the adapter cannot tell. */
  outlineLevel(row: number): number | undefined {
    const levels = this.sheet.outlineLevels;
    if (!levels) return undefined;
    return levels[row - this.firstRow] ?? 0;
  }

  /** A cell's indent level (0 when not indented), or undefined when the adapter cannot tell. */
  indentLevel(row: number, column: number): number | undefined {
    const levels = this.sheet.indentLevels;
    if (!levels) return undefined;
    return levels[row - this.firstRow]?.[column - this.firstColumn] ?? 0;
  }

  /** True when a merged area on this row spans two or more columns. */
  isMergedAcross(row: number): boolean {
    return this.rowsMergedAcross[row - this.firstRow] === 1;
  }
}
