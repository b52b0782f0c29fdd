/**
 * Checks on a `ChangeSet` that need no workbook: both adapters run them before touching
 * anything, so a malformed change fails the same way under Office.js and on an .xlsx file.
 */
import { parseCell } from "./cells";
import type { ChangeSet, SheetEnsure } from "./port";

/** Excel's limit on one cell's text. */
export const MAX_CELL_CHARS = 32_767;
/** Rows and columns of a worksheet. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/**
 * A change set that cannot be applied as given, found before the workbook is touched: a caller's
 * bug (a ragged write, a bad sheet name) or a write the workbook refuses (the master cell of a
 * shared formula, a protected sheet).
 */
export class InvalidChangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidChangeError";
  }
}

/** Whether `name` may name a sheet: 1-31 characters, none of `[]:*?/\`, no leading or trailing `'`. */
export function isValidSheetName(name: string): boolean {
  return /^[^[\]:*?/\\]{1,31}$/.test(name) && !/^'|'$/.test(name);
}

/**
 * Whether `name` may name an Excel Table: a letter, `_` or `\` first, then letters, digits, `.`
 * and `_`; at most 255 characters; not `C`/`R` and nothing that reads as a cell (`A1`, `R1C1`).
 */
export function isValidTableName(name: string): boolean {
  if (!/^[\p{L}_\\][\p{L}\p{N}._]{0,254}$/u.test(name)) return false;
  if (/^[cr]$/i.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false;
  return !/^r\d*c\d*$/i.test(name);
}

/** Throws `InvalidChangeError` unless every write is a well-formed rectangle inside the sheet. */
export function validateChanges(changes: ChangeSet): void {
  const seen = new Set<string>();
  const tables = new Set<string>();
  for (const ensure of changes.ensureSheets) {
    if (!isValidSheetName(ensure.name)) {
      throw new InvalidChangeError(`"${ensure.name}" is not a valid sheet name.`);
    }
    if (seen.has(ensure.name.toLowerCase())) throw new InvalidChangeError(`Sheet "${ensure.name}" is ensured twice.`);
    seen.add(ensure.name.toLowerCase());
    if (ensure.table !== undefined) {
      validateTable(ensure);
      if (tables.has(ensure.table.toLowerCase())) throw new InvalidChangeError(`The table "${ensure.table}" is asked for twice.`);
      tables.add(ensure.table.toLowerCase());
    }
  }
  for (const write of changes.writes) {
    const where = `${write.sheet}!${write.address}`;
    const width = write.values[0]?.length ?? 0;
    if (width === 0) throw new InvalidChangeError(`The write to ${where} has no cells.`);
    if (write.values.some((row) => row.length !== width)) {
      throw new InvalidChangeError(`The write to ${where} has rows of different lengths.`);
    }
    const expected = write.expectedText;
    if (expected && (expected.length !== write.values.length || expected.some((row) => row.length !== width))) {
      throw new InvalidChangeError(`The expected text for ${where} is not the size of its values.`);
    }
    let start;
    try {
      start = parseCell(write.address);
    } catch {
      throw new InvalidChangeError(`The write to ${where} must start at one cell, like E46.`);
    }
    if (start.row < 1 || start.column < 1) {
      throw new InvalidChangeError(`The write to ${where} must start at one cell, like E46.`);
    }
    if (start.row + write.values.length - 1 > MAX_ROWS || start.column + width - 1 > MAX_COLUMNS) {
      throw new InvalidChangeError(`The write to ${where} runs past the edge of the sheet.`);
    }
    if (write.values.some((row) => row.some((v) => typeof v === "string" && v.length > MAX_CELL_CHARS))) {
      throw new InvalidChangeError(`A cell written at ${where} is longer than Excel's ${MAX_CELL_CHARS} characters.`);
    }
    if (write.values.some((row) => row.some((v) => typeof v === "number" && !Number.isFinite(v)))) {
      throw new InvalidChangeError(`A number written at ${where} is not finite, which Excel cannot hold.`);
    }
  }
}

function validateTable(ensure: SheetEnsure): void {
  const name = ensure.table ?? "";
  if (!isValidTableName(name)) throw new InvalidChangeError(`"${name}" is not a valid table name.`);
  const header = ensure.header ?? [];
  if (header.length === 0) throw new InvalidChangeError(`The table "${name}" needs a header row.`);
  const columns = new Set<string>();
  for (const title of header) {
    if (title.trim() === "") throw new InvalidChangeError(`The table "${name}" has an empty column title.`);
    if (columns.has(title.toLowerCase())) throw new InvalidChangeError(`The table "${name}" has the column "${title}" twice.`);
    columns.add(title.toLowerCase());
  }
}
