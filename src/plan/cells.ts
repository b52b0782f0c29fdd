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
  const cell = { row: 0, column: 0 };
  if (!scanCell(address, 0, address.length, cell)) throw new Error(`Not a cell address: "${address}"`);
  return cell;
}

/**
 * Reads `$?[A-Za-z]{1,3}$?\d+` between `from` and `to` of `text`, surrounding whitespace allowed,
 * into `cell`; false when it is not such an address. Read by character codes, without a pattern
 * or substrings: every merged area and table of every sheet is read through here, thousands of
 * them on a large plan.
 */
function scanCell(text: string, from: number, to: number, cell: CellPosition): boolean {
  let i = from;
  let end = to;
  while (i < end && isSpace(text, i)) i++;
  while (end > i && isSpace(text, end - 1)) end--;
  if (i < end && text.charCodeAt(i) === 36 /* $ */) i++;
  let column = 0;
  let letters = 0;
  for (; i < end; i++, letters++) {
    const code = text.charCodeAt(i) | 0x20; // lower-cased when it is a letter
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  if (letters === 0 || letters > 3) return false;
  if (i < end && text.charCodeAt(i) === 36) i++;
  let row = 0;
  const digitsFrom = i;
  for (; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return false;
    row = row * 10 + digit;
  }
  if (i === digitsFrom) return false;
  cell.row = row;
  cell.column = column;
  return true;
}

/** What `String.prototype.trim` removes (WhiteSpace and LineTerminator), ASCII tested by code. */
function isSpace(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(text[at]);
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
  const from = address.lastIndexOf("!") + 1;
  const colon = address.indexOf(":", from);
  // Anything after a second colon is ignored, as it always was.
  const secondColon = colon < 0 ? -1 : address.indexOf(":", colon + 1);
  const startEnd = colon < 0 ? address.length : colon;
  const start = { row: 0, column: 0 };
  if (!scanCell(address, from, startEnd, start)) throw new Error(`Not a cell address: "${address.slice(from, startEnd)}"`);
  if (colon < 0) return { firstRow: start.row, firstColumn: start.column, lastRow: start.row, lastColumn: start.column };
  const end = { row: 0, column: 0 };
  const endEnd = secondColon < 0 ? address.length : secondColon;
  if (!scanCell(address, colon + 1, endEnd, end)) throw new Error(`Not a cell address: "${address.slice(colon + 1, endEnd)}"`);
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
