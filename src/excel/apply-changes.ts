/**
 * Applying a `ChangeSet` through Office.js: validate, read the guards, compare, write.
 *
 * Round trips: 1 to read (read-only flag, existence of ensured sheets and of the change log's
 * table; every written range's protection, and guarded cells' text and formulas), 1 to write;
 * 1 more when a write targets an ensured sheet that turns out to exist or the log's table exists
 * (their cells and range cannot be queued before we know they are there; a range taken from a
 * null object is not something Office documents), and 1 more per 4 MB of written data (Excel on
 * the web's 5 MB request limit). Replacing a sheet the add-in drew (a board summary made again)
 * reads its values in that third round trip, to check it is still as the add-in left it.
 *
 * Co-authoring has no compare-and-swap: the guard read and the write are separate syncs of one
 * `Excel.run`, which is the narrowest window Office.js offers.
 */
import { ConflictError, type ChangeSet, type ConflictCell, type RangeWrite, type SheetEnsure } from "../plan/port";
import type { CellValue } from "../plan/snapshot";
import { cellAddress, parseCell, parseRange, rangeAddress, type RangeBounds } from "../plan/cells";
import { stripSheetName } from "./addresses";
import type { ExcelRun, Supports } from "./office-host";
import { InvalidChangeError, validateChanges } from "../plan/change-set";
import { columnLetter } from "../plan/cells";
import { queueSheetSpec } from "./draw-sheet";
import { valuesFingerprint } from "../plan/sheet-fingerprint";
import type { SheetReplacement } from "../plan/port";

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

/** Whether a write has begun: set just before the first sync that changes the workbook. */
export interface WriteProgress {
  began: boolean;
}

/** What the guard read learns about one write's cells. */
/** A sheet to replace, found (or not) in the first round trip, its values read in the next. */
interface ReplacedSheet {
  replacement: SheetReplacement;
  sheet: Excel.Worksheet;
  used?: Excel.Range;
}

/** The fingerprint of a used range read as `Sheet!A1:G40` with its values. */
function usedFingerprint(address: string, values: CellValue[][]): string {
  const bounds = parseRange(stripSheetName(address).replace(/\$/g, ""));
  return valuesFingerprint(bounds.firstRow, bounds.firstColumn, values);
}

interface GuardRead {
  write: RangeWrite;
  range: Excel.Range;
  format: Excel.FormatProtection;
  protection: Excel.WorksheetProtection;
}

/** The change log table a write grows, as found before writing. */
interface TableRead {
  write: RangeWrite;
  table: Excel.Table;
  range?: Excel.Range;
}

/**
 * Queues the guard read of one write: its cells' text and formulas (guarded writes), whether they
 * are locked, and whether their sheet is protected (WorksheetProtection.protected and
 * FormatProtection.locked, ExcelApi 1.2).
 */
function queueGuard(sheet: Excel.Worksheet, write: RangeWrite): GuardRead {
  const { row, column } = parseCell(write.address);
  const range = targetRange(sheet, row, column, write.values);
  if (write.expectedText) range.load("text, formulas, values");
  const format = range.format.protection.load("locked");
  const protection = sheet.protection.load("protected");
  return { write, range, format, protection };
}

/** Why this write cannot be made as the cells are now, or null. */
function refusal(guard: GuardRead): string | null {
  const { write, range, format, protection } = guard;
  const start = parseCell(write.address);
  if (protection.protected && format.locked !== false) {
    const single = write.values.length === 1 && write.values[0].length === 1;
    const last = cellAddress(start.row + write.values.length - 1, start.column + write.values[0].length - 1);
    const where = single ? `${write.address} is locked` : `${write.address}:${last} has locked cells`;
    return `"${write.sheet}" is protected and ${where}. Unprotect the sheet in Excel (Review > Unprotect Sheet) and try again. Nothing was written.`;
  }
  if (!write.expectedText) return null;
  for (let i = 0; i < write.values.length; i++) {
    for (let j = 0; j < write.values[i].length; j++) {
      // A text constant "=x" reads back the same from `formulas` and `values`; a formula's value
      // is its result, never its own text.
      const formula = range.formulas[i][j];
      if (typeof formula === "string" && formula.startsWith("=") && formula !== range.values[i][j]) {
        const cell = cellAddress(start.row + i, start.column + j);
        return `${write.sheet}!${cell} holds a formula (${formula}), which the add-in will not replace. Change the cell in Excel yourself, or remove the formula, and try again. Nothing was written.`;
      }
    }
  }
  return null;
}

/**
 * How to grow the change log's table over rows written just below it, decided before anything is
 * written: `resize` first in the write's own sync (so a failing resize leaves every cell as it
 * was), never shrinking a table a user widened, nothing when Excel's own expansion already covers
 * the rows or the table was renamed or deleted (the rows are still written). A totals row is
 * refused, as the file adapter refuses it: rows below it would sit outside the table.
 */
function tableResize(write: RangeWrite, table: { bounds: RangeBounds; showTotals: boolean } | null): string | null {
  if (!table) return null;
  if (table.showTotals) {
    throw new InvalidChangeError(
      `The table "${write.growTable}" has a totals row, so rows cannot be added below it. Turn the totals row off first. Nothing was written.`,
    );
  }
  const { row, column } = parseCell(write.address);
  const lastRow = row + write.values.length - 1;
  const lastColumn = column + write.values[0].length - 1;
  const t = table.bounds;
  const adjacent = row <= t.lastRow + 1 && column <= t.lastColumn && lastColumn >= t.firstColumn;
  if (!adjacent || lastRow <= t.lastRow) return null;
  return rangeAddress({ ...t, lastRow, lastColumn: Math.max(t.lastColumn, lastColumn) });
}

/**
 * Applies a change set all or nothing (see the file comment for syncs). Refuses, before
 * anything is written, a read-only workbook, a locked cell on a protected sheet, a guarded cell
 * holding a formula and a change log table with a totals row. `progress.began` tells a caller
 * whether an error came before or after writing started.
 */
export async function applyChanges(
  run: ExcelRun,
  changes: ChangeSet,
  budget = DEFAULT_WRITE_BUDGET_BYTES,
  supports: Supports = () => false,
  progress: WriteProgress = { began: false },
): Promise<void> {
  validateChanges(changes);
  const added = changes.addSheets ?? [];
  if (changes.ensureSheets.length === 0 && changes.writes.length === 0 && added.length === 0) return;
  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const workbook = supports("ExcelApi", "1.8") ? context.workbook.load("readOnly") : null;
    // New sheets (the board summary) must not replace a sheet someone made meanwhile; a sheet
    // the change replaces is checked against its fingerprint instead.
    const replacing = changes.replaceSheets ?? [];
    const replacementOf = (name: string) => replacing.find((r) => r.name.toLowerCase() === name.toLowerCase());
    const clashes = added.filter((spec) => !replacementOf(spec.name)).map((spec) => ({ spec, sheet: worksheets.getItemOrNullObject(spec.name) }));
    const replaced: ReplacedSheet[] = replacing.map((replacement) => ({ replacement, sheet: worksheets.getItemOrNullObject(replacement.name).load("position,visibility") }));
    const ensureOf = (name: string) => changes.ensureSheets.find((e) => e.name.toLowerCase() === name.toLowerCase());
    const ensured = changes.ensureSheets.map((spec) => ({ spec, sheet: worksheets.getItemOrNullObject(spec.name) }));
    const early = changes.writes.filter((w) => !ensureOf(w.sheet)).map((w) => queueGuard(worksheets.getItem(w.sheet), w));
    const growing: TableRead[] = changes.writes
      .filter((w) => w.growTable)
      .map((write) => ({ write, table: context.workbook.tables.getItemOrNullObject(write.growTable!).load("showTotals") }));
    await context.sync();
    if (workbook?.readOnly) {
      throw new InvalidChangeError(
        "This workbook is open read-only, so the add-in cannot change it. Save a copy you can edit (File > Save As), or ask its owner for edit access, and try again. Nothing was written.",
      );
    }
    const taken = clashes.find((c) => !c.sheet.isNullObject);
    if (taken) throw new InvalidChangeError(`A sheet named "${taken.spec.name}" already exists; nothing was written.`);

    const missing = new Set(ensured.filter((e) => e.sheet.isNullObject).map((e) => e.spec.name.toLowerCase()));
    // Cells of an ensured sheet can be queued only once the sheet is known to exist.
    const late = changes.writes
      .filter((w) => ensureOf(w.sheet) && !missing.has(w.sheet.toLowerCase()))
      .map((w) => queueGuard(worksheets.getItem(w.sheet), w));
    for (const grow of growing) if (!grow.table.isNullObject) grow.range = grow.table.getRange().load("address");
    const present = replaced.filter((r) => !r.sheet.isNullObject);
    for (const r of present) r.used = r.sheet.getUsedRangeOrNullObject(true).load("address,values");
    if (late.length > 0 || growing.some((g) => g.range) || present.length > 0) await context.sync();
    for (const r of present) {
      const now = r.used!.isNullObject ? valuesFingerprint(1, 1, []) : usedFingerprint(r.used!.address, r.used!.values as CellValue[][]);
      if (now !== r.replacement.fingerprint) {
        throw new InvalidChangeError(
          `The sheet "${r.replacement.name}" has changed since the add-in made it (someone may have typed on it), so it was not replaced. Keep both instead, or delete it yourself. Nothing was written.`,
        );
      }
    }

    for (const guard of [...early, ...late]) {
      const refused = refusal(guard);
      if (refused) throw new InvalidChangeError(refused);
    }
    const conflicts = [
      ...[...early, ...late]
        .filter((g) => g.write.expectedText)
        .flatMap(({ write, range }) => compare(write, (i, j) => range.text[i][j])),
      ...changes.writes
        .filter((w) => w.expectedText && missing.has(w.sheet.toLowerCase()))
        .flatMap((w) => compare(w, newSheetText(ensureOf(w.sheet)!, w))),
    ];
    if (conflicts.length > 0) throw new ConflictError(conflicts);
    if (missing.size === 0 && changes.writes.length === 0 && added.length === 0) return;

    // Decided before writing, so nothing about the table can fail after the values are in.
    const resizes = new Map<RangeWrite, string>();
    for (const write of changes.writes.filter((w) => w.growTable)) {
      const found = growing.find((g) => g.write === write);
      const spec = ensureOf(write.sheet);
      const created = missing.has(write.sheet.toLowerCase()) && spec?.table === write.growTable && spec?.header;
      const table = found?.range
        ? { bounds: parseRange(stripSheetName(found.range.address).replace(/\$/g, "")), showTotals: found.table.showTotals }
        : created
          ? { bounds: parseRange(`A1:${columnLetter(spec!.header!.length)}1`), showTotals: false }
          : null;
      const to = tableResize(write, table);
      if (to && supports("ExcelApi", "1.13")) resizes.set(write, to);
    }

    const sheets = new Map<string, Excel.Worksheet>();
    const sheetFor = (name: string): Excel.Worksheet => {
      const key = name.toLowerCase();
      if (!sheets.has(key)) sheets.set(key, worksheets.getItem(name));
      return sheets.get(key)!;
    };
    progress.began = true;
    for (const { spec } of ensured.filter((e) => missing.has(e.spec.name.toLowerCase()))) {
      const sheet = worksheets.add(spec.name);
      sheets.set(spec.name.toLowerCase(), sheet);
      if (spec.visibility !== "Visible") sheet.visibility = spec.visibility;
      if (spec.header && spec.header.length > 0) {
        queueWrite(sheet, { sheet: spec.name, address: "A1", values: [spec.header], asText: true });
        if (spec.table) sheet.tables.add(`A1:${columnLetter(spec.header.length)}1`, true).name = spec.table;
      }
    }
    for (const spec of added) {
      const old = present.find((r) => r.replacement.name.toLowerCase() === spec.name.toLowerCase());
      if (old) {
        // "If the worksheet's visibility is set to VeryHidden, the delete operation will fail":
        // Worksheet.delete, https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)
        if (old.sheet.visibility === "VeryHidden") old.sheet.visibility = "Hidden";
        old.sheet.delete();
      }
      const sheet = worksheets.add(spec.name);
      queueSheetSpec(sheet, spec);
      // The new summary takes the old one's place among the tabs.
      if (old) sheet.position = old.sheet.position;
    }
    for (const batch of planWriteBatches(changes.writes, budget)) {
      for (const write of batch) {
        const to = resizes.get(write);
        // Resize first: if Excel refuses it, no value of this write has changed yet.
        if (to) sheetFor(write.sheet).tables.getItem(write.growTable!).resize(to);
        queueWrite(sheetFor(write.sheet), write);
      }
      // Deliberate: one sync per 4 MB batch, a single sync unless the write is that large.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    }
  });
}
