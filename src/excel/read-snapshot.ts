/**
 * Reading a `WorkbookSnapshot` through Office.js in a fixed number of round trips.
 *
 * Normal path, `readWhole`: two syncs whatever the plan's size.
 *   1. every worksheet (name, visibility, position) and every table of the workbook (name,
 *      header/totals flags, its sheet's name: a navigation load, so no per-sheet table query);
 *   2. per sheet, the values-only used range with `address, values, text, numberFormat` in one
 *      load, its merged areas (ExcelApi 1.13), and each table's range address.
 *
 * Payload note. Excel on the web rejects a request or a response over 5 MB, and one sync is one
 * request and one response: queuing several smaller range loads before the same sync does not
 * make the response smaller. Bytes estimate per cell, JSON: the value and its text each cost their
 * length + 3, the format its length + 3 (`"General",` = 10), so a cell of L characters costs about
 * 2L + 16. A 20,000 × 7 plan of 40-character cells is 140,000 × 96 B ≈ 13 MB: too big for the web
 * in one response, fine on desktop (no limit). The size of a used range is unknown before the sync
 * that reads it, so `readWhole` is tried first and, only when Excel answers
 * `ResponsePayloadSizeLimitExceeded`, `readInBlocks` reads the same data in row blocks of
 * `blockCells` cells per sync, halving the block when a block is still too large (long text).
 */
import type { CellValue, SheetSnapshot, SheetVisibility, TableSnapshot, WorkbookSnapshot } from "../plan/snapshot";
import { cellAddress, parseRange, type RangeBounds } from "../plan/cells";
import { canonicalRange, splitAreas } from "./addresses";
import type { Supports } from "./office-host";

/**
 * Cells per sync when a read is split: 25,000 cells × ~160 B (70-character cells) ≈ 4 MB, under
 * the web's 5 MB; longer text halves it on the fly.
 */
export const DEFAULT_BLOCK_CELLS = 25_000;

/** What sync 1 learns. */
interface Structure {
  /** In tab order. */
  sheets: Excel.Worksheet[];
  tables: Excel.Table[];
}

/** What sync 2 learns about one sheet. */
interface Shape {
  sheet: Excel.Worksheet;
  used: Excel.Range;
  merged: Excel.RangeAreas | null;
  tables: { table: Excel.Table; range: Excel.Range }[];
}

/** Cell grids of one sheet, row `i` being used-range row `i`. */
interface Grids {
  values: CellValue[][];
  text: string[][];
  numberFormat: string[][];
}

/** Whether an Office error says a request or response was too large for one round trip. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /PayloadSizeLimitExceeded|RangeExceedsLimit/.test(code);
}

/** Sync 1: sheets and tables. */
async function loadStructure(context: Excel.RequestContext): Promise<Structure> {
  const sheets = context.workbook.worksheets.load("items/name, items/visibility, items/position");
  const tables = context.workbook.tables.load("items/name, items/showHeaders, items/showTotals, items/worksheet/name");
  await context.sync();
  return { sheets: [...sheets.items].sort((a, b) => a.position - b.position), tables: tables.items };
}

/** Queues sync 2's loads for every sheet, with or without the cell grids. */
function queueShapes(structure: Structure, supports: Supports, withCells: boolean): Shape[] {
  const mergedAreas = supports("ExcelApi", "1.13");
  return structure.sheets.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    // One load call per range; literal arguments so the Office lint rules can check them.
    if (withCells) used.load("address, values, text, numberFormat");
    else used.load("address");
    // Merged areas of the whole sheet, not of the used range: the used range may be a null
    // object, and a merged title over empty cells lies outside a values-only used range.
    const merged = mergedAreas ? sheet.getRange().getMergedAreasOrNullObject().load("address") : null;
    const tables = structure.tables
      .filter((t) => t.worksheet.name === sheet.name)
      .map((table) => ({ table, range: table.getRange().load("address") }));
    return { sheet, used, merged, tables };
  });
}

function toSheetSnapshot(shape: Shape, grids: Grids | null): SheetSnapshot {
  const { sheet, used, merged } = shape;
  const empty = used.isNullObject;
  const tables: TableSnapshot[] = shape.tables.map(({ table, range }) => ({
    name: table.name,
    address: canonicalRange(range.address),
    showHeaders: table.showHeaders,
    showTotals: table.showTotals,
  }));
  return {
    name: sheet.name,
    position: sheet.position,
    visibility: sheet.visibility as SheetVisibility,
    address: empty ? "" : canonicalRange(used.address),
    values: empty ? [] : (grids?.values ?? (used.values as CellValue[][])),
    text: empty ? [] : (grids?.text ?? used.text),
    numberFormat: empty ? [] : (grids?.numberFormat ?? (used.numberFormat as string[][])),
    merged: merged && !merged.isNullObject ? splitAreas(merged.address) : [],
    // Hidden rows and columns would cost a load per row; Office.js cannot tell them cheaply.
    tables,
  };
}

/** The two-sync read (see the file comment). Office.js has no chart-sheet API: none listed. */
export async function readWhole(context: Excel.RequestContext, supports: Supports): Promise<WorkbookSnapshot> {
  const structure = await loadStructure(context);
  const shapes = queueShapes(structure, supports, true);
  await context.sync();
  return { sheets: shapes.map((s) => toSheetSnapshot(s, null)), chartSheets: [] };
}

/** Rows of one sheet's used range still to read. */
interface Pending {
  index: number;
  name: string;
  bounds: RangeBounds;
  next: number;
}

interface Block {
  index: number;
  name: string;
  address: string;
  rows: number;
}

/** Takes rows from the front of `pending` up to `budget` cells (at least one row). */
function takeBlocks(pending: Pending[], budget: number): { blocks: Block[]; rest: Pending[] } {
  const blocks: Block[] = [];
  const rest = [...pending];
  let left = budget;
  while (rest.length > 0 && left > 0) {
    const head = rest[0];
    const columns = head.bounds.lastColumn - head.bounds.firstColumn + 1;
    let rows = Math.floor(left / columns);
    if (rows === 0 && blocks.length > 0) break;
    rows = Math.min(Math.max(rows, 1), head.bounds.lastRow - head.next + 1);
    const lastRow = head.next + rows - 1;
    const address = `${cellAddress(head.next, head.bounds.firstColumn)}:${cellAddress(lastRow, head.bounds.lastColumn)}`;
    blocks.push({ index: head.index, name: head.name, address, rows });
    left -= rows * columns;
    if (lastRow >= head.bounds.lastRow) rest.shift();
    else rest[0] = { ...head, next: lastRow + 1 };
  }
  return { blocks, rest };
}

/**
 * The split read for workbooks too large for one response: sync 1 as `readWhole`, sync 2 the
 * same without the grids, then ceil(cells / blockCells) syncs of row blocks. Syncing in a loop is
 * deliberate here, the one case Microsoft documents for it: data larger than one round trip.
 */
export async function readInBlocks(
  context: Excel.RequestContext,
  supports: Supports,
  blockCells: number = DEFAULT_BLOCK_CELLS,
): Promise<WorkbookSnapshot> {
  const structure = await loadStructure(context);
  const shapes = queueShapes(structure, supports, false);
  await context.sync();
  const grids: Grids[] = shapes.map(() => ({ values: [], text: [], numberFormat: [] }));
  let pending: Pending[] = shapes.flatMap((s, index) => {
    if (s.used.isNullObject) return [];
    const bounds = parseRange(s.used.address);
    return [{ index, name: s.sheet.name, bounds, next: bounds.firstRow }];
  });
  let budget = blockCells;
  while (pending.length > 0) {
    const { blocks, rest } = takeBlocks(pending, budget);
    const loads = blocks.map((b) => ({
      index: b.index,
      range: context.workbook.worksheets.getItem(b.name).getRange(b.address).load("values, text, numberFormat"),
    }));
    try {
      // Deliberate: each sync carries at most `budget` cells (see the payload note above).
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // A single row that is still too large cannot be split further (the row-block design).
      const oneRow = blocks.length === 1 && blocks[0].rows === 1;
      if (!isPayloadTooLarge(error) || oneRow) throw error;
      budget = Math.max(1, Math.floor(budget / 2));
      continue;
    }
    for (const { index, range } of loads) {
      grids[index].values.push(...(range.values as CellValue[][]));
      grids[index].text.push(...range.text);
      grids[index].numberFormat.push(...(range.numberFormat as string[][]));
    }
    pending = rest;
  }
  return { sheets: shapes.map((s, i) => toSheetSnapshot(s, grids[i])), chartSheets: [] };
}
