/**
 * The workbook the Excel double holds: sheets of sparse cells, merged areas and tables, plus the
 * selection. Plain data and pure helpers; the request/sync machinery lives in `context.ts`.
 */
import type { CellValue, SheetVisibility, WorkbookSnapshot } from "../../src/plan/snapshot";
import { cellAddress, parseRange, rangeAddress, type RangeBounds } from "../../src/plan/cells";

/** Excel's grid size. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** What the double shows for a cell that holds a formula: it has no calculation engine. */
export const FORMULA_TEXT = "#FORMULA";

/** One cell. Absent cells read as `""`, `""`, `General`. */
export interface CellState {
  value: CellValue;
  text: string;
  numberFormat: string;
  /** Set when a string starting with `=` was written to a cell not formatted `@`. */
  formula?: string;
  /** `format.fill.color`, e.g. `#FFFF00`. */
  fill?: string;
  /** The rest of `range.format` written to this cell (font, alignment, wrap, borders). */
  format?: CellFormatState;
  /**
   * `format.protection.locked`: Excel's default for every cell is locked, which only matters
   * once the sheet is protected (FormatProtection.locked, ExcelApi 1.2). `false` = unlocked.
   */
  locked?: boolean;
}

/** One side of a cell's border as written through `format.borders.getItem(edge)`. */
export interface BorderState {
  style?: string;
  color?: string;
}

/** A cell's own formatting besides fill and number format; absent properties are Excel's defaults. */
export interface CellFormatState {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  wrapText?: boolean;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  /** Each side of the cell (an edge or inside border of the range written, resolved per cell). */
  borders?: Partial<Record<"top" | "bottom" | "left" | "right", BorderState>>;
}

/** A chart on a sheet (`worksheet.charts.add`). */
export interface ChartState {
  name: string;
  type: string;
  seriesBy: string;
  /** The source range as Office writes it, e.g. `'RAG 2015-06-08'!A5:G13`. */
  source: string;
  title: string | null;
  /** In order; `name` from the source's header row (or `Series1`...), `color` once set. */
  series: { name: string; color?: string }[];
  /** Category labels from the source's first column, when it holds them. */
  categories: string[];
  /** Top-left and bottom-right cells from `setPosition`. */
  position: { from: string; to: string | null } | null;
}

/** A sheet's page set-up as written through `worksheet.pageLayout`. */
export interface PageLayoutState {
  orientation?: string;
  zoom?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  /** e.g. `$1:$3`. */
  printTitleRows?: string;
  centerFooter?: string;
  /** Rows after which a manual page break starts a new page. */
  rowBreaks?: number[];
}

/** An Excel Table. */
export interface TableState {
  name: string;
  bounds: RangeBounds;
  showHeaders: boolean;
  showTotals: boolean;
}

/** A conditional format rule; only a custom rule's formula and fill are modelled. */
export interface ConditionalFormatState {
  id: string;
  /** `Custom`, `CellValue`, ... as Office names the types. */
  type: string;
  /** The cells it applies to (one rule may cover several areas). */
  areas: RangeBounds[];
  formula?: string;
  fill?: string;
}

/** One worksheet. Its tab position is its index in `WorkbookState.sheets`. */
export interface SheetState {
  name: string;
  visibility: SheetVisibility;
  /** Keyed by `row,column` (1-based). */
  cells: Map<string, CellState>;
  merged: RangeBounds[];
  tables: TableState[];
  /** Conditional formats in priority order (index 0 is applied first). */
  conditionalFormats: ConditionalFormatState[];
  /** Row heights in points set through `format.rowHeight`, by row number. */
  rowHeights?: Record<number, number>;
  /** Column widths in points set through `format.columnWidth`, by column number. */
  columnWidths?: Record<number, number>;
  /** Hidden rows and columns (1-based), as `getRowProperties`/`getColumnProperties` report them. */
  hiddenRows?: Set<number>;
  hiddenColumns?: Set<number>;
  /** Charts in the order they were added. */
  charts?: ChartState[];
  pageLayout?: PageLayoutState;
  /** `#RRGGBB`, or absent for none. */
  tabColor?: string;
  /**
   * `worksheet.protection.protected` (WorksheetProtection, ExcelApi 1.2). While true, writing to
   * a locked cell fails with `AccessDenied`, as Excel refuses an edit to a protected cell.
   */
  protected?: boolean;
}

/** The whole workbook behind the double. */
export interface WorkbookState {
  sheets: SheetState[];
  activeSheet: string;
  selection: { sheet: string; address: string } | null;
  /** The last conditional format id handed out. */
  conditionalFormatSerial?: number;
  /**
   * `workbook.readOnly` (ExcelApi 1.8: "true if the workbook is open in read-only mode"). While
   * true every write fails with `AccessDenied`.
   */
  readOnly?: boolean;
  /**
   * The workbook's date system. In the 1904 system serial 0 is 1 January 1904, so the workbook's
   * own DATE(2000,1,1) is 35,064 instead of 36,526, 1,462 days fewer (Functions.date: "a number from
   * 1900 or 1904 (depending on the workbook's date system)"; Workbook.use1904DateSystem exists only
   * in the preview API set, so the adapter asks `workbook.functions.date` instead).
   */
  dateSystem?: 1900 | 1904;
}

/** A rows × columns grid per sheet, the short way to describe a workbook in a test. */
export type SheetRows = Record<string, CellValue[][]>;

const key = (row: number, column: number): string => `${row},${column}`;

/** The stored cell, or an empty one (not stored). */
export function readCell(sheet: SheetState, row: number, column: number): CellState {
  return sheet.cells.get(key(row, column)) ?? { value: "", text: "", numberFormat: "General" };
}

/** Stores a cell, dropping it when it is back to empty and unformatted. */
export function storeCell(sheet: SheetState, row: number, column: number, cell: CellState): void {
  const blank = cell.value === "" && cell.formula === undefined && cell.numberFormat === "General" && !cell.fill && !cell.format && cell.locked === undefined;
  if (blank) sheet.cells.delete(key(row, column));
  else sheet.cells.set(key(row, column), cell);
}

/** What the double displays for a value: no number formatting beyond `String()`. */
export function displayText(value: CellValue): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * Excel's rules for a value written through `range.values`, as far as the double models them:
 * under `@` everything is text; otherwise a string starting with `=` becomes a formula.
 */
export function writeValue(cell: CellState, value: CellValue): CellState {
  const next: CellState = { ...cell, formula: undefined };
  if (typeof value === "string" && value.startsWith("=") && cell.numberFormat !== "@") {
    return { ...next, formula: value, value: FORMULA_TEXT, text: FORMULA_TEXT };
  }
  return { ...next, value, text: displayText(value) };
}

/** The bounding box of the cells that hold a value (`valuesOnly`) or anything at all. */
export function usedBounds(sheet: SheetState, valuesOnly: boolean): RangeBounds | null {
  let bounds: RangeBounds | null = null;
  for (const [k, cell] of sheet.cells) {
    if (valuesOnly && cell.value === "" && cell.formula === undefined) continue;
    const [row, column] = k.split(",").map(Number);
    bounds = bounds
      ? {
          firstRow: Math.min(bounds.firstRow, row),
          firstColumn: Math.min(bounds.firstColumn, column),
          lastRow: Math.max(bounds.lastRow, row),
          lastColumn: Math.max(bounds.lastColumn, column),
        }
      : { firstRow: row, firstColumn: column, lastRow: row, lastColumn: column };
  }
  return bounds;
}

/** Office's spelling of a sheet name in an address: quoted unless it is a plain identifier. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** `A1:G239`, or `E46` for one cell, as Office writes addresses. */
export function localAddress(bounds: RangeBounds): string {
  const single = bounds.firstRow === bounds.lastRow && bounds.firstColumn === bounds.lastColumn;
  return single ? cellAddress(bounds.firstRow, bounds.firstColumn) : rangeAddress(bounds);
}

/** `Sheet1!A1:G239`, `'Action plan'!E46`: the sheet-prefixed form Office returns. */
export function sheetAddress(sheetName: string, bounds: RangeBounds): string {
  return `${quoteSheetName(sheetName)}!${localAddress(bounds)}`;
}

/** Whether two rectangles share a cell. */
export function intersects(a: RangeBounds, b: RangeBounds): boolean {
  return (
    a.firstRow <= b.lastRow && b.firstRow <= a.lastRow && a.firstColumn <= b.lastColumn && b.firstColumn <= a.lastColumn
  );
}

/** A new, empty, visible sheet. */
export function emptySheet(name: string): SheetState {
  return { name, visibility: "Visible", cells: new Map(), merged: [], tables: [], conditionalFormats: [] };
}

/** Builds the double's workbook from a snapshot, exactly cell for cell. */
export function stateFromSnapshot(snapshot: WorkbookSnapshot): WorkbookState {
  const ordered = [...snapshot.sheets].sort((a, b) => a.position - b.position);
  const sheets = ordered.map((s) => {
    const sheet = emptySheet(s.name);
    sheet.visibility = s.visibility;
    sheet.merged = s.merged.map(parseRange);
    sheet.tables = s.tables.map((t) => ({ ...t, bounds: parseRange(t.address) }));
    if (s.hiddenRows?.length) sheet.hiddenRows = new Set(s.hiddenRows);
    if (s.hiddenColumns?.length) sheet.hiddenColumns = new Set(s.hiddenColumns);
    if (s.address) {
      const { firstRow, firstColumn } = parseRange(s.address);
      s.values.forEach((row, i) =>
        row.forEach((value, j) =>
          storeCell(sheet, firstRow + i, firstColumn + j, {
            value,
            text: s.text[i][j],
            numberFormat: s.numberFormat[i][j],
          }),
        ),
      );
    }
    return sheet;
  });
  const active = sheets.find((s) => s.visibility === "Visible") ?? sheets[0];
  return {
    sheets,
    activeSheet: active?.name ?? "",
    selection: null,
    ...(snapshot.dateSystem === 1904 ? { dateSystem: 1904 as const } : {}),
  };
}

/** Builds the double's workbook from plain rows starting at A1 (text = `String(value)`). */
export function stateFromRows(rows: SheetRows): WorkbookState {
  const sheets = Object.entries(rows).map(([name, grid]) => {
    const sheet = emptySheet(name);
    grid.forEach((row, i) =>
      row.forEach((value, j) =>
        storeCell(sheet, i + 1, j + 1, { value, text: displayText(value), numberFormat: "General" }),
      ),
    );
    return sheet;
  });
  return { sheets, activeSheet: sheets[0]?.name ?? "", selection: null };
}
