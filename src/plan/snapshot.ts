/**
 * What an adapter reads from a workbook, in the shape the Office JavaScript API returns it from one load of
 * `values`, `text` and `numberFormat` on a sheet's used range. The file adapter builds exactly
 * the same shape from an `.xlsx` package, so the core never knows where a snapshot came from.
 */

/** A cell value as the Office JavaScript API gives it: `""` for an empty cell, a serial number for a date. */
export type CellValue = string | number | boolean;

/** The Office JavaScript API's `SheetVisibility` wording. */
export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** An Excel Table on a sheet. */
export interface TableSnapshot {
  name: string;
  /** The whole table including its header and totals rows, e.g. `A5:I189` (no sheet name). */
  address: string;
  showHeaders: boolean;
  showTotals: boolean;
}

/** One worksheet's used range and what is known of its structure. */
export interface SheetSnapshot {
  name: string;
  /** Tab order, 0-based. */
  position: number;
  visibility: SheetVisibility;
  /**
   * The used range, e.g. `A1:G239` (no sheet name); `""` when the sheet is empty.
   * Row `i` of the grids below is sheet row `firstRow + i`.
   */
  address: string;
  values: CellValue[][];
  /** What the user sees in each cell (dates formatted, numbers rounded). */
  text: string[][];
  /** Each cell's number format code (`General`, `dd/mm/yyyy`, `@` ...). */
  numberFormat: string[][];
  /** Merged areas, e.g. `["A6:G6"]`. */
  merged: string[];
  /** 1-based sheet rows that are hidden; `undefined` when the adapter cannot tell. */
  hiddenRows?: number[];
  /** 1-based sheet columns that are hidden; `undefined` when the adapter cannot tell. */
  hiddenColumns?: number[];
  /**
   * Each row's outline (grouping) level, 0 when in no group: `outlineLevels[i]` is sheet row
   * `firstRow + i`. Project tools export summary rows one level above their tasks. `undefined`
   * when the adapter cannot tell.
   */
  outlineLevels?: number[];
  /**
   * Each cell's indent level (the alignment indent a user sets with Increase Indent), in the
   * grids' shape: `indentLevels[i][j]` is the cell at grid row `i`, column `j`. Some plans show
   * their hierarchy by indenting the task names of child rows instead of grouping them. Absent
   * when no cell in the used range is indented, or when the adapter cannot tell.
   */
  indentLevels?: number[][];
  tables: TableSnapshot[];
}

/** Everything the jobs read from a workbook. */
export interface WorkbookSnapshot {
  /** Worksheets in tab order. */
  sheets: SheetSnapshot[];
  /** Names of chart sheets (they hold no cells; listed so messages can mention them). */
  chartSheets: string[];
  /**
   * The workbook's date system when it is 1904 (serial 0 is 1 January 1904; Excel for Mac's old
   * default); absent for the usual 1900 system. Serials in `values` are as the workbook stores
   * them, in its own system.
   */
  dateSystem?: 1904;
  /** What the adapter could not read and why, in words for the user (e.g. merged areas). */
  notes?: string[];
}
