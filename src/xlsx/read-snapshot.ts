/**
 * Builds the snapshot Office.js would give for each worksheet's `getUsedRange(true)` loaded with
 * values, text and numberFormat, from an opened package. Values keep the file's own date serials
 * (1904-system serials stay as written, as Office.js reports them; `dateSystem` says which system).
 */
import { WorkbookReadError } from "../plan/port";
import type { CellValue, SheetSnapshot, SheetVisibility, TableSnapshot, WorkbookSnapshot } from "../plan/snapshot";
import { parseRange, rangeAddress, type RangeBounds } from "../plan/cells";
import { formatCellText, type FormatOptions } from "./number-format";
import type { SheetEntry, XlsxPackage } from "./package";
import { isRelType } from "./parts";
import { displayFormatOfStyle, formatOfStyle, type StyleTable } from "./styles";
import { readTable } from "./tables";
import { readWorksheet, type WorksheetData } from "./worksheet";

/** How to read a workbook where Excel's display depends on the user's settings. */
export interface ReadOptions {
  /**
   * The user's short-date format, which Excel uses to show built-in date format 14 (reported as
   * `m/d/yyyy`). Defaults to the UK's `dd/mm/yyyy`.
   */
  shortDateFormat?: string;
}

/** Excel on the web refuses to load more cells than this in one range; so does the reader. */
export const MAX_CELLS = 5_000_000;

const VISIBILITY: Record<SheetEntry["state"], SheetVisibility> = {
  visible: "Visible",
  hidden: "Hidden",
  veryHidden: "VeryHidden",
};

/** Every worksheet in tab order, and the names of chart sheets. */
export function readWorkbookSnapshot(pkg: XlsxPackage, options: ReadOptions = {}): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  const chartSheets: string[] = [];
  for (const entry of pkg.sheets) {
    if (entry.kind === "chartsheet") chartSheets.push(entry.name);
    // Position counts worksheets only, so it always equals the index in `sheets`.
    else if (entry.kind === "worksheet") sheets.push(readSheet(pkg, entry, sheets.length, options));
  }
  return pkg.date1904 ? { sheets, chartSheets, dateSystem: 1904 } : { sheets, chartSheets };
}

function readSheet(pkg: XlsxPackage, entry: SheetEntry, position: number, options: ReadOptions): SheetSnapshot {
  const xml = pkg.texts.get(entry.path);
  if (xml === undefined) throw new WorkbookReadError(`Sheet "${entry.name}" has no part ${entry.path}.`);
  let data: WorksheetData;
  try {
    data = readWorksheet(xml, { sharedStrings: pkg.sharedStrings, date1904: pkg.date1904 });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new WorkbookReadError(`Sheet "${entry.name}" is damaged and cannot be read (${reason}).`);
  }
  const bounds = usedBounds(data);
  const base = {
    name: entry.name,
    position,
    visibility: VISIBILITY[entry.state],
    merged: mergedAreas(data.merged),
    tables: tables(pkg, entry, data),
  };
  if (!bounds) {
    return { ...base, address: "", values: [], text: [], numberFormat: [], hiddenRows: [], hiddenColumns: [] };
  }
  const height = bounds.lastRow - bounds.firstRow + 1;
  const width = bounds.lastColumn - bounds.firstColumn + 1;
  if (height * width > MAX_CELLS) {
    throw new WorkbookReadError(
      `Sheet "${entry.name}" uses ${rangeAddress(bounds)} (${height * width} cells), too many to read; ` +
        "clear stray cells far below or right of the plan.",
    );
  }
  return {
    ...base,
    address: rangeAddress(bounds),
    ...grids(pkg, data, bounds, options.shortDateFormat ?? "dd/mm/yyyy"),
    ...hidden(data, bounds),
    ...indentOf(pkg.styles, data, bounds),
  };
}

/** The values-only used range of a scanned sheet (what `getUsedRange(true)` answers); undefined when empty. */
export function usedBounds(data: WorksheetData): RangeBounds | undefined {
  const { rows, columns, used } = data.cells;
  let firstRow = Infinity;
  let lastRow = 0;
  let firstColumn = Infinity;
  let lastColumn = 0;
  for (let i = 0; i < used.length; i++) {
    if (!used[i]) continue;
    const r = rows[i];
    const c = columns[i];
    if (r < firstRow) firstRow = r;
    if (r > lastRow) lastRow = r;
    if (c < firstColumn) firstColumn = c;
    if (c > lastColumn) lastColumn = c;
  }
  return lastRow === 0 ? undefined : { firstRow, firstColumn, lastRow, lastColumn };
}

function grids(pkg: XlsxPackage, data: WorksheetData, bounds: RangeBounds, shortDate: string) {
  const { styles } = pkg;
  const options: FormatOptions = { date1904: pkg.date1904 };
  const width = bounds.lastColumn - bounds.firstColumn + 1;
  // A cell missing from the XML takes its row's style, else its column's, else the default.
  const columnFormats: string[] = new Array(width).fill(formatOfStyle(styles, 0));
  for (const span of data.columns) {
    if (span.style === undefined) continue;
    const code = formatOfStyle(styles, span.style);
    for (let c = Math.max(span.min, bounds.firstColumn); c <= Math.min(span.max, bounds.lastColumn); c++) {
      columnFormats[c - bounds.firstColumn] = code;
    }
  }
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormat: string[][] = [];
  for (let r = bounds.firstRow; r <= bounds.lastRow; r++) {
    const rowStyle = data.rowStyles.get(r);
    values.push(new Array<CellValue>(width).fill(""));
    text.push(new Array<string>(width).fill(""));
    numberFormat.push(rowStyle === undefined ? columnFormats.slice() : new Array(width).fill(formatOfStyle(styles, rowStyle)));
  }
  // Plans repeat the same dates and numbers: format each (format, number) pair once.
  const memo = new Map<string, Map<number, string>>();
  const textOf = (value: CellValue, code: string): string => {
    if (typeof value !== "number") return formatCellText(value, code, options);
    let byValue = memo.get(code);
    if (!byValue) memo.set(code, (byValue = new Map()));
    let shown = byValue.get(value);
    if (shown === undefined) byValue.set(value, (shown = formatCellText(value, code, options)));
    return shown;
  };
  const { rows, columns, used } = data.cells;
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i] - bounds.firstRow;
    const c = columns[i] - bounds.firstColumn;
    if (r < 0 || c < 0 || r >= values.length || c >= width) continue;
    const style = data.cells.styles[i];
    const value = data.cells.values[i];
    values[r][c] = value;
    numberFormat[r][c] = formatOfStyle(styles, style);
    text[r][c] = used[i] ? textOf(value, displayFormatOfStyle(styles, style, shortDate)) : "";
  }
  return { values, text, numberFormat };
}

// Hidden rows and columns are reported inside the used range only: that is all the core reads,
// and it keeps a whole-sheet `<col min="1" max="16384" hidden="1">` from listing 16,384 columns.
function hidden(data: WorksheetData, bounds: RangeBounds) {
  const hiddenRows = data.hiddenRows.filter((r) => r >= bounds.firstRow && r <= bounds.lastRow);
  const columns = new Set<number>();
  for (const span of data.columns) {
    if (!span.hidden) continue;
    for (let c = Math.max(span.min, bounds.firstColumn); c <= Math.min(span.max, bounds.lastColumn); c++) columns.add(c);
  }
  return { hiddenRows, hiddenColumns: [...columns].sort((a, b) => a - b), ...outlineOf(data, bounds) };
}

/**
 * Outline levels of the used range's rows, 0 for rows in no group (issue 10 cause 5). A sheet
 * with no groups reports none. The Office adapter reads levels through this same function, from
 * the document's own package (src/excel/outline-from-file.ts), so both adapters agree by
 * construction.
 */
export function outlineOf(data: WorksheetData, bounds: RangeBounds): { outlineLevels?: number[] } {
  const outlineLevels: number[] = [];
  for (let r = bounds.firstRow; r <= bounds.lastRow; r++) outlineLevels.push(data.outlineLevels.get(r) ?? 0);
  return outlineLevels.some((l) => l > 0) ? { outlineLevels } : {};
}

/**
 * Each used-range cell's indent level from its style (`cellXfs` alignment indent), or nothing
 * when no cell is indented. Cells without a value keep 0: a blank cell's indent shows nothing.
 * Shared with the Office adapter's read of the document's own package, as `outlineOf` is.
 */
export function indentOf(styles: StyleTable, data: WorksheetData, bounds: RangeBounds): { indentLevels?: number[][] } {
  const { rows, columns, used } = data.cells;
  let levels: number[][] | undefined;
  for (let i = 0; i < rows.length; i++) {
    const indent = styles.cellIndents[data.cells.styles[i]] ?? 0;
    if (indent === 0 || !used[i]) continue;
    const r = rows[i] - bounds.firstRow;
    const c = columns[i] - bounds.firstColumn;
    if (r < 0 || c < 0 || rows[i] > bounds.lastRow || columns[i] > bounds.lastColumn) continue;
    levels ??= Array.from({ length: bounds.lastRow - bounds.firstRow + 1 }, () => new Array<number>(bounds.lastColumn - bounds.firstColumn + 1).fill(0));
    levels[r][c] = indent;
  }
  return levels ? { indentLevels: levels } : {};
}

function mergedAreas(refs: string[]): string[] {
  const out: string[] = [];
  for (const ref of refs) {
    // Written back as rangeAddress writes it (upper-case, no `$`, top-left first), whatever
    // the producer wrote: a sheet can hold thousands, and parseRange reads them by character.
    try {
      out.push(rangeAddress(parseRange(ref)));
    } catch {
      // A malformed merge cannot be shown by Excel either.
    }
  }
  return out;
}

function tables(pkg: XlsxPackage, entry: SheetEntry, data: WorksheetData): TableSnapshot[] {
  const rels = pkg.relationships.get(entry.path) ?? [];
  const out: TableSnapshot[] = [];
  for (const id of data.tablePartIds) {
    const rel = rels.find((r) => r.id === id && isRelType(r, "table"));
    const xml = rel && pkg.texts.get(rel.target);
    const table = xml === undefined ? undefined : readTable(xml);
    if (table) out.push(table);
  }
  return out;
}
