/**
 * A digest of a sheet's cells as the add-in wrote them, so a sheet the add-in drew (a board
 * summary) is recognised later as still untouched: the same non-empty values in the same cells.
 * Replacing a summary deletes its sheet, and only a sheet that still matches its digest may be
 * deleted: a user's sheet of the same name, or our summary with the board's notes typed on it,
 * never matches, so nothing of the user's is lost.
 */
import { cellAddress, parseRange } from "./cells";
import type { SheetSpec } from "./sheet-spec";
import type { CellValue, SheetSnapshot } from "./snapshot";

/** FNV-1a (32-bit) over a string: small, fast, and the same in every adapter. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** Non-empty cells as `A1=value` lines, row by row from `firstRow`/`firstColumn`. */
function cellLines(firstRow: number, firstColumn: number, values: readonly (readonly CellValue[])[]): string[] {
  const lines: string[] = [];
  values.forEach((row, i) =>
    row.forEach((value, j) => {
      if (value === "" || value === null || value === undefined) return;
      lines.push(`${cellAddress(firstRow + i, firstColumn + j)}=${typeof value === "string" ? value : String(value)}`);
    }),
  );
  return lines;
}

/** `12:89ab01cd:5f3e2a10`: how many non-empty cells, and two digests of them. */
export function valuesFingerprint(firstRow: number, firstColumn: number, values: readonly (readonly CellValue[])[]): string {
  const text = cellLines(firstRow, firstColumn, values).join("\n");
  const count = text === "" ? 0 : text.split("\n").length;
  return `${count}:${fnv1a(text).toString(16).padStart(8, "0")}:${fnv1a(text, 0x01000193).toString(16).padStart(8, "0")}`;
}

/** The fingerprint of a sheet drawn from `spec`, as any adapter will read it back. */
export function specFingerprint(spec: SheetSpec): string {
  return valuesFingerprint(1, 1, spec.rows.map((r) => r.values));
}

/** The fingerprint of a sheet as read (its used range); an empty sheet has no cells. */
export function snapshotFingerprint(sheet: Pick<SheetSnapshot, "address" | "values">): string {
  if (!sheet.address) return valuesFingerprint(1, 1, []);
  const b = parseRange(sheet.address);
  return valuesFingerprint(b.firstRow, b.firstColumn, sheet.values);
}
