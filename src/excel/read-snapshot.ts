/**
 * Reading a `WorkbookSnapshot` through Office.js in a fixed number of round trips, in one
 * `Excel.run`.
 *
 *   1. every worksheet (name, visibility, position), every table (name, header/totals flags, its
 *      sheet's name: a navigation load, so no per-sheet query), and the workbook's own
 *      DATE(2000,1,1) (`workbook.functions.date`, ExcelApi 1.2): 36,526 in the 1900 date system,
 *      35,064 in the 1904 one, the probe Excel itself answers;
 *   2. per sheet, the values-only used range's address (its size), each table's range address
 *      and the merged areas (ExcelApi 1.13);
 *   3. the cell grids (`values, text, numberFormat`), whole when the workbook's cells fit in one
 *      response, otherwise in row blocks chosen now, from the sizes of sync 2; with each block its
 *      rows' `rowHidden` (`range.getRowProperties`, ExcelApi 1.9: "an array where each item
 *      represents the requested properties of the corresponding row") and, with a sheet's first
 *      block, its columns' `columnHidden` (`getColumnProperties`), so hidden rows and columns
 *      cost no round trip of their own.
 *
 * Outline levels and indents. Office.js can group rows (`Range.group`), ungroup them and show a
 * number of levels (`Worksheet.showOutlineLevels`), but has no property that reads a row's outline
 * level: neither `RowProperties` (rowIndex, rowHidden, format with rowHeight, address) nor
 * `CellPropertiesFormat` (autoIndent, indentLevel, ... wrapText) carries one (Excel JavaScript API
 * reference, ExcelApi 1.9; "Group ranges for an outline using the Excel JavaScript API"). So this
 * batch leaves `outlineLevels` and `indentLevels` unknown, and OfficeWorkbook then reads both from
 * the document's own package with the file adapter's code, outside the batch and with no sync
 * (outline-from-file.ts, document-file.ts). Where that package cannot be had (Excel on iPad, an
 * error, a file over 50 MB) they stay unknown, with a note, and the core tells summary rows by
 * what they hold (no owner or status, a numbered `Workstream 2 -` task). A row hidden inside a
 * collapsed group is still reported hidden, as Excel hides it.
 *
 * Merged areas. `getMergedAreasOrNullObject` "will fail to return the result" past 512 merged
 * areas (API reference), and a failing load fails its whole sync. When sync 2 fails, it is run
 * again without merges and then each sheet's merges are read in a sync of their own, so one sheet
 * with many merged heading rows loses only its own merges, with a note saying so.
 *
 * Payload. Excel on the web rejects a request or a response over 5 MB, and may answer a very
 * large read with a generic error or nulls instead of a size error. A cell of L characters costs
 * about 2L + 16 bytes of JSON (value and text each L + 3, format ~10); `DEFAULT_BLOCK_CELLS` cells
 * of 70 characters stay near 4 MB. Sizing first means the block read is chosen up front, not
 * after Excel has failed; a block that still answers "too large" (long text) is halved.
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
  dateSystem: 1900 | 1904;
}

/** DATE(2000,1,1) in the 1904 date system (1,462 days fewer than the 1900 system's 36,526). */
const DATE_2000_IN_1904 = 35_064;

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
  /** 1-based sheet rows and columns hidden, when the host reads row and column properties (ExcelApi 1.9). */
  hiddenRows?: number[];
  hiddenColumns?: number[];
}

/** Whether an Office error says a request or response was too large for one round trip. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && /PayloadSizeLimitExceeded|RangeExceedsLimit/.test(code);
}

/** Sync 1: sheets, tables and the date system. */
async function loadStructure(context: Excel.RequestContext, supports: Supports): Promise<Structure> {
  const sheets = context.workbook.worksheets.load("items/name, items/visibility, items/position");
  const tables = context.workbook.tables.load("items/name, items/showHeaders, items/showTotals, items/worksheet/name");
  const probe = supports("ExcelApi", "1.2") ? context.workbook.functions.date(2000, 1, 1).load("value") : null;
  await context.sync();
  return {
    sheets: [...sheets.items].sort((a, b) => a.position - b.position),
    tables: tables.items,
    dateSystem: probe?.value === DATE_2000_IN_1904 ? 1904 : 1900,
  };
}

/** Merged areas of the whole sheet, or null when the host lacks the API. */
function queueMerged(sheet: Excel.Worksheet, supports: Supports): Excel.RangeAreas | null {
  // The whole sheet, not the used range: the used range may be a null object, and a merged
  // title over empty cells lies outside a values-only used range.
  return supports("ExcelApi", "1.13") ? sheet.getRange().getMergedAreasOrNullObject().load("address") : null;
}

/** Queues sync 2's loads for every sheet: sizes, tables and (unless told not to) merges. */
function queueShapes(structure: Structure, supports: Supports, withMerges: boolean): Shape[] {
  return structure.sheets.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true).load("address");
    const merged = withMerges ? queueMerged(sheet, supports) : null;
    const tables = structure.tables
      .filter((t) => t.worksheet.name === sheet.name)
      .map((table) => ({ table, range: table.getRange().load("address") }));
    return { sheet, used, merged, tables };
  });
}

function toSheetSnapshot(shape: Shape, grids: Grids): SheetSnapshot {
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
    values: empty ? [] : grids.values,
    text: empty ? [] : grids.text,
    numberFormat: empty ? [] : grids.numberFormat,
    merged: merged && !merged.isNullObject ? splitAreas(merged.address) : [],
    // Inside the used range only, as the file adapter reports them; unknown without ExcelApi 1.9.
    ...(grids.hiddenRows && grids.hiddenColumns ? { hiddenRows: grids.hiddenRows, hiddenColumns: grids.hiddenColumns } : {}),
    tables,
  };
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
  /** The sheet's first block (its used range's first row). */
  first: boolean;
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
    blocks.push({ index: head.index, name: head.name, address, rows, first: head.next === head.bounds.firstRow });
    left -= rows * columns;
    if (lastRow >= head.bounds.lastRow) rest.shift();
    else rest[0] = { ...head, next: lastRow + 1 };
  }
  return { blocks, rest };
}

/**
 * Sync 2, guarded for merged areas: when it fails, again without merges, then each sheet's
 * merges alone, so a sheet past Excel's 512 merged areas costs only its own merges (noted).
 */
async function loadShapes(
  context: Excel.RequestContext,
  structure: Structure,
  supports: Supports,
  notes: string[],
): Promise<Shape[]> {
  const shapes = queueShapes(structure, supports, true);
  try {
    await context.sync();
    return shapes;
  } catch (error) {
    if (!supports("ExcelApi", "1.13")) throw error;
  }
  const plain = queueShapes(structure, supports, false);
  await context.sync();
  for (const shape of plain) {
    const merged = queueMerged(shape.sheet, supports);
    try {
      // Only after a failure, one sheet at a time: the one way to keep the other sheets' merges.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      shape.merged = merged;
    } catch {
      notes.push(
        `Sheet "${shape.sheet.name}": Excel could not list its merged cells (it lists at most 512 at once), so merged headings there are read as ordinary rows.`,
      );
    }
  }
  return plain;
}

/** Every sheet's grids, whole in one sync or in row blocks (see the file comment). */
async function loadGrids(context: Excel.RequestContext, shapes: Shape[], blockCells: number, supports: Supports): Promise<Grids[]> {
  const hidden = supports("ExcelApi", "1.9");
  const grids: Grids[] = shapes.map(() => ({ values: [], text: [], numberFormat: [], ...(hidden ? { hiddenRows: [], hiddenColumns: [] } : {}) }));
  const pending: Pending[] = shapes.flatMap((s, index) => {
    if (s.used.isNullObject) return [];
    const bounds = parseRange(s.used.address);
    return [{ index, name: s.sheet.name, bounds, next: bounds.firstRow }];
  });
  const cells = pending.reduce(
    (n, p) => n + (p.bounds.lastRow - p.bounds.firstRow + 1) * (p.bounds.lastColumn - p.bounds.firstColumn + 1),
    0,
  );
  // Whole: one block holding everything; otherwise blocks of `blockCells`.
  await readBlocks(context, pending, grids, Math.max(cells, 1) <= blockCells ? Math.max(cells, 1) : blockCells, hidden);
  return grids;
}

/**
 * Reads `pending` rows into `grids`, `budget` cells per sync. Syncing in a loop is deliberate
 * here, the one case Microsoft documents for it: data larger than one round trip.
 */
async function readBlocks(context: Excel.RequestContext, start: Pending[], grids: Grids[], initial: number, hidden: boolean): Promise<void> {
  let pending = start;
  let budget = initial;
  while (pending.length > 0) {
    const { blocks, rest } = takeBlocks(pending, budget);
    const loads = blocks.map((b) => {
      const range = context.workbook.worksheets.getItem(b.name).getRange(b.address).load("values, text, numberFormat");
      const bounds = parseRange(b.address);
      return {
        index: b.index,
        bounds,
        range,
        rows: hidden ? range.getRowProperties({ rowHidden: true }) : null,
        // Every block spans the used range's columns: the first block's answer is the sheet's.
        columns: hidden && b.first ? range.getColumnProperties({ columnHidden: true }) : null,
      };
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      // A single row that is still too large cannot be split further (the row-block design).
      const oneRow = blocks.length === 1 && blocks[0].rows === 1;
      if (!isPayloadTooLarge(error) || oneRow) throw error;
      budget = Math.max(1, Math.floor(budget / 2));
      continue;
    }
    for (const { index, range, bounds, rows, columns } of loads) {
      grids[index].values.push(...(range.values as CellValue[][]));
      grids[index].text.push(...range.text);
      grids[index].numberFormat.push(...(range.numberFormat as string[][]));
      rows?.value.forEach((r, i) => r.rowHidden && grids[index].hiddenRows!.push(bounds.firstRow + i));
      columns?.value.forEach((c, i) => c.columnHidden && grids[index].hiddenColumns!.push(bounds.firstColumn + i));
    }
    pending = rest;
  }
}

/** The whole read (see the file comment). Office.js has no chart-sheet API: none are listed. */
export async function readWorkbook(
  context: Excel.RequestContext,
  supports: Supports,
  blockCells: number = DEFAULT_BLOCK_CELLS,
): Promise<WorkbookSnapshot> {
  const notes: string[] = [];
  const structure = await loadStructure(context, supports);
  const shapes = await loadShapes(context, structure, supports, notes);
  const grids = await loadGrids(context, shapes, blockCells, supports);
  return {
    sheets: shapes.map((s, i) => toSheetSnapshot(s, grids[i])),
    chartSheets: [],
    ...(structure.dateSystem === 1904 ? { dateSystem: 1904 as const } : {}),
    ...(notes.length > 0 ? { notes } : {}),
  };
}
