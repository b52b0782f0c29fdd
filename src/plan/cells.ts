/** A1-style addresses and the arithmetic around them. Rows and columns are 1-based. */

/** `1` → `A`, `27` → `AA`. */
export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** `A` → `1`, `AA` → `27`. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface CellPosition {
  row: number;
  column: number;
}

/** `D12` (or `$D$12`) → `{ row: 12, column: 4 }`. */
export function parseCell(address: string): CellPosition {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Not a cell address: "${address}"`);
  return { row: Number(m[2]), column: columnNumber(m[1]) };
}

/** `{ row: 12, column: 4 }` → `D12`. */
export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export interface RangeBounds {
  firstRow: number;
  firstColumn: number;
  lastRow: number;
  lastColumn: number;
}

/** `A5:I189` (or a single cell, or with a sheet prefix) → bounds. */
export function parseRange(address: string): RangeBounds {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b = a] = bare.split(":");
  const start = parseCell(a);
  const end = parseCell(b);
  return {
    firstRow: Math.min(start.row, end.row),
    firstColumn: Math.min(start.column, end.column),
    lastRow: Math.max(start.row, end.row),
    lastColumn: Math.max(start.column, end.column),
  };
}

/** Bounds → `A5:I189`. */
export function rangeAddress(bounds: RangeBounds): string {
  return `${cellAddress(bounds.firstRow, bounds.firstColumn)}:${cellAddress(bounds.lastRow, bounds.lastColumn)}`;
}
