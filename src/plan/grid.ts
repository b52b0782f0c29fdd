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
  /** Rows crossed by a merged area two or more columns wide (heading rows usually are). */
  private readonly rowsMergedAcross = new Set<number>();

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
    for (const area of sheet.merged) {
      const b = parseRange(area);
      if (b.lastColumn === b.firstColumn) continue;
      for (let r = b.firstRow; r <= b.lastRow; r++) this.rowsMergedAcross.add(r);
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

  /** Columns of a row that hold something, in order. */
  filledColumns(row: number): number[] {
    const filled: number[] = [];
    for (let c = this.firstColumn; c <= this.lastColumn; c++) {
      if (this.text(row, c) !== "") filled.push(c);
    }
    return filled;
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
    return this.rowsMergedAcross.has(row);
  }
}
