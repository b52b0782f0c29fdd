/**
 * Applying a `ChangeSet` through Office.js: validate, read the guards, compare, write.
 *
 * Round trips: 1 to read (existence of ensured sheets, guarded cells' text), 1 to write; 1 more
 * only when a guarded write targets an ensured sheet that turns out to exist (its cells cannot be
 * queued before we know the sheet is there; a range taken from a null worksheet is not something
 * Office documents), and 1 more per 4 MB of written data (Excel on the web's 5 MB request limit).
 * With nothing to read, the read sync is skipped.
 *
 * Co-authoring has no compare-and-swap: the guard read and the write are separate syncs of one
 * `Excel.run`, which is the narrowest window Office.js offers.
 */
import { ConflictError, type ChangeSet, type ConflictCell, type RangeWrite, type SheetEnsure } from "../plan/port";
import type { CellValue } from "../plan/snapshot";
import { cellAddress, parseCell } from "../plan/cells";
import type { ExcelRun, Supports } from "./office-host";
import { InvalidChangeError, validateChanges } from "../plan/change-set";
import { columnLetter } from "../plan/cells";
import { queueSheetSpec } from "./draw-sheet";

/** Kept here for the adapter's importers; the checks live in the core (`src/plan/change-set.ts`). */
export { InvalidChangeError, validateChanges } from "../plan/change-set";

/** Written bytes per sync before a write is split in row blocks (web limit 5 MB, with headroom). */
export const DEFAULT_WRITE_BUDGET_BYTES = 4_000_000;

/** The range a write covers: its top-left cell grown to the size of its values. */
function targetRange(sheet: Excel.Worksheet, row: number, column: number, values: unknown[][]): Excel.Range {
  return sheet.getRange(cellAddress(row, column)).getResizedRange(values.length - 1, values[0].length - 1);
}

/** Cell-by-cell differences between what the change expected and what Excel shows now. */
function compare(write: RangeWrite, actual: (row: number, column: number) => string): ConflictCell[] {
  const start = parseCell(write.address);
  const conflicts: ConflictCell[] = [];
  write.expectedText?.forEach((row, i) =>
    row.forEach((expected, j) => {
      const now = actual(i, j);
      if (now !== expected) {
        conflicts.push({
          sheet: write.sheet,
          address: cellAddress(start.row + i, start.column + j),
          expected,
          actual: now,
        });
      }
    }),
  );
  return conflicts;
}

/** The text a sheet created by this change will show: its header in row 1, nothing else. */
function newSheetText(spec: SheetEnsure, write: RangeWrite): (i: number, j: number) => string {
  const start = parseCell(write.address);
  return (i, j) => (start.row + i === 1 ? (spec.header?.[start.column + j - 1] ?? "") : "");
}

/** `JSON` size of a write's request, the estimate the budget is checked against. */
function writeBytes(write: RangeWrite): number {
  const cells = write.values.length * write.values[0].length;
  const formats = write.numberFormat ? 2 * JSON.stringify(write.numberFormat).length : 0;
  return JSON.stringify(write.values).length + (write.asText ? cells * 5 : 0) + formats + 100;
}

/** Splits writes into row blocks and packs them into syncs of at most `budget` bytes each. */
export function planWriteBatches(writes: RangeWrite[], budget: number): RangeWrite[][] {
  const pieces = writes.flatMap((write) => {
    const bytes = writeBytes(write);
    if (bytes <= budget) return [write];
    const rowsPer = Math.max(1, Math.floor((write.values.length * budget) / bytes));
    const start = parseCell(write.address);
    const out: RangeWrite[] = [];
    for (let i = 0; i < write.values.length; i += rowsPer) {
      out.push({
        sheet: write.sheet,
        address: cellAddress(start.row + i, start.column),
        values: write.values.slice(i, i + rowsPer),
        asText: write.asText,
        ...(write.numberFormat ? { numberFormat: write.numberFormat.slice(i, i + rowsPer) } : {}),
      });
    }
    return out;
  });
  const batches: RangeWrite[][] = [[]];
  let used = 0;
  for (const piece of pieces) {
    const bytes = writeBytes(piece);
    if (used + bytes > budget && batches[batches.length - 1].length > 0) {
      batches.push([]);
      used = 0;
    }
    batches[batches.length - 1].push(piece);
    used += bytes;
  }
  return batches;
}

/**
 * Queues one write: `@` for its strings first (so `=1+1` stays text), then the values. Explicit
 * formats are set before the values, except on strings: they are written under `@` (Excel would
 * parse `42` or `1/2` typed into a `General` cell) and given their own format afterwards, which
 * changes how they look but never what they hold. All in the same sync.
 */
function queueWrite(sheet: Excel.Worksheet, write: RangeWrite): void {
  const { row, column } = parseCell(write.address);
  const range = targetRange(sheet, row, column, write.values);
  const explicit = write.numberFormat;
  const textFirst = (v: CellValue, i: number, j: number): string | null => {
    const format = explicit?.[i][j] ?? null;
    if (typeof v === "string" && (format !== null || write.asText)) return "@";
    return format;
  };
  if (write.asText || explicit) {
    // `null` leaves a cell's format alone: only strings need protecting.
    range.numberFormat = write.values.map((r, i) => r.map((v: CellValue, j) => textFirst(v, i, j)));
  }
  range.values = write.values;
  if (explicit) {
    const after = write.values.map((r, i) => r.map((v: CellValue, j) => (typeof v === "string" && explicit[i][j] !== null && explicit[i][j] !== "@" ? explicit[i][j] : null)));
    if (after.some((r) => r.some((f) => f !== null))) range.numberFormat = after;
  }
}

/** Applies a change set all or nothing against conflicts (see the file comment for syncs). */
export async function applyChanges(
  run: ExcelRun,
  changes: ChangeSet,
  budget = DEFAULT_WRITE_BUDGET_BYTES,
  supports: Supports = () => false,
): Promise<void> {
  validateChanges(changes);
  const added = changes.addSheets ?? [];
  if (changes.ensureSheets.length === 0 && changes.writes.length === 0 && added.length === 0) return;
  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    // New sheets (the board summary) must not replace a sheet someone made meanwhile.
    const clashes = added.map((spec) => ({ spec, sheet: worksheets.getItemOrNullObject(spec.name) }));
    const ensureOf = (name: string) => changes.ensureSheets.find((e) => e.name.toLowerCase() === name.toLowerCase());
    const ensured = changes.ensureSheets.map((spec) => ({ spec, sheet: worksheets.getItemOrNullObject(spec.name) }));
    const guarded = changes.writes.filter((w) => w.expectedText);
    const early = guarded
      .filter((w) => !ensureOf(w.sheet))
      .map((write) => ({ write, range: readGuard(worksheets.getItem(write.sheet), write) }));
    if (ensured.length > 0 || early.length > 0 || clashes.length > 0) await context.sync();
    const taken = clashes.find((c) => !c.sheet.isNullObject);
    if (taken) throw new InvalidChangeError(`A sheet named "${taken.spec.name}" already exists; nothing was written.`);

    const missing = new Set(ensured.filter((e) => e.sheet.isNullObject).map((e) => e.spec.name.toLowerCase()));
    const late = guarded
      .filter((w) => ensureOf(w.sheet) && !missing.has(w.sheet.toLowerCase()))
      .map((write) => ({ write, range: readGuard(worksheets.getItem(write.sheet), write) }));
    if (late.length > 0) await context.sync();

    const conflicts = [
      ...[...early, ...late].flatMap(({ write, range }) => compare(write, (i, j) => range.text[i][j])),
      ...guarded
        .filter((w) => missing.has(w.sheet.toLowerCase()))
        .flatMap((w) => compare(w, newSheetText(ensureOf(w.sheet)!, w))),
    ];
    if (conflicts.length > 0) throw new ConflictError(conflicts);
    if (missing.size === 0 && changes.writes.length === 0 && added.length === 0) return;

    const sheets = new Map<string, Excel.Worksheet>();
    const sheetFor = (name: string): Excel.Worksheet => {
      const key = name.toLowerCase();
      if (!sheets.has(key)) sheets.set(key, worksheets.getItem(name));
      return sheets.get(key)!;
    };
    for (const { spec } of ensured.filter((e) => missing.has(e.spec.name.toLowerCase()))) {
      const sheet = worksheets.add(spec.name);
      sheets.set(spec.name.toLowerCase(), sheet);
      if (spec.visibility !== "Visible") sheet.visibility = spec.visibility;
      if (spec.header && spec.header.length > 0) {
        queueWrite(sheet, { sheet: spec.name, address: "A1", values: [spec.header], asText: true });
        if (spec.table) sheet.tables.add(`A1:${columnLetter(spec.header.length)}1`, true).name = spec.table;
      }
    }
    for (const spec of added) queueSheetSpec(worksheets.add(spec.name), spec);
    for (const batch of planWriteBatches(changes.writes, budget)) {
      for (const write of batch) {
        queueWrite(sheetFor(write.sheet), write);
        if (write.growTable && supports("ExcelApi", "1.13")) growTable(sheetFor(write.sheet), write);
      }
      // Deliberate: one sync per 4 MB batch, a single sync unless the write is that large.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  });
}

/**
 * Widens the log's table over rows just written below it. Tables the add-in grows are its own
 * change log, made with its header in row 1 from column A. Without ExcelApi 1.13 (`resize`) the
 * rows are still written; Excel extends a table over rows typed beneath it, but not always over
 * rows written by code, so older hosts may leave new log rows just outside the table.
 */
function growTable(sheet: Excel.Worksheet, write: RangeWrite): void {
  const { row, column } = parseCell(write.address);
  const lastRow = row + write.values.length - 1;
  const lastColumn = column + write.values[0].length - 1;
  sheet.tables.getItem(write.growTable!).resize(`A1:${columnLetter(lastColumn)}${lastRow}`);
}

function readGuard(sheet: Excel.Worksheet, write: RangeWrite): Excel.Range {
  const { row, column } = parseCell(write.address);
  return targetRange(sheet, row, column, write.values).load("text");
}
