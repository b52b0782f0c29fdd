import type { SheetSpec } from "./sheet-spec";
import type { CellValue, SheetVisibility, WorkbookSnapshot } from "./snapshot";

/** Cells to write, as a rectangle starting at a top-left cell. */
export interface RangeWrite {
  sheet: string;
  /** Top-left cell, e.g. `E46`. */
  address: string;
  values: CellValue[][];
  /**
   * Write strings as text (number format `@`), so a leading `=`, `+`, `-` or `@` never becomes
   * a formula. Always true for anything a user typed or copied from the plan.
   */
  asText: boolean;
  /**
   * Each cell's number format code (`General`, `dd/mm/yyyy`, `@`...), set with its value (undo
   * restores a cell's format this way); takes precedence over `asText`. `null` leaves that cell
   * to `asText`. A string is stored as a string whatever its format: it is never parsed into a
   * number, date or formula on the way in.
   */
  numberFormat?: (string | null)[][];
  /**
   * Concurrency guard: the displayed text each cell had when the change was prepared. When any
   * cell's text differs at write time, nothing in the change set is written.
   */
  expectedText?: string[][];
  /** After writing, grow this Excel Table on the sheet so it covers the written rows. */
  growTable?: string;
}

/** A sheet the change needs, created (empty, with a header row) only when it does not exist. */
export interface SheetEnsure {
  name: string;
  visibility: SheetVisibility;
  /** Header written in row 1 when the sheet is created. */
  header?: string[];
  /** Make the header an Excel Table of this name when the sheet is created (audit logs). */
  table?: string;
}

/**
 * A sheet the add-in drew (a board summary) that the `addSheets` spec of the same name replaces,
 * in its place in the tab order. Guarded like a cell: when the sheet's non-empty values no longer
 * match `fingerprint` (see sheet-fingerprint.ts), because someone typed on it or it is another
 * sheet of that name, nothing in the change set is written. A sheet already gone is simply added.
 */
export interface SheetReplacement {
  name: string;
  fingerprint: string;
}

/** A set of changes applied all or nothing. */
export interface ChangeSet {
  ensureSheets: SheetEnsure[];
  writes: RangeWrite[];
  /** New sheets drawn from a spec (the board summary); refused when the name is taken, unless replaced. */
  addSheets?: SheetSpec[];
  /** Sheets the add-in drew that `addSheets` of the same names replace. */
  replaceSheets?: SheetReplacement[];
}

/** One cell that changed under us since the change set was prepared. */
export interface ConflictCell {
  sheet: string;
  address: string;
  expected: string;
  actual: string;
}

/** Someone else changed a guarded cell; nothing was written. */
export class ConflictError extends Error {
  constructor(readonly conflicts: ConflictCell[]) {
    super(
      conflicts
        .map((c) => `${c.sheet}!${c.address} changed since you opened it: it now reads "${c.actual}".`)
        .join(" "),
    );
    this.name = "ConflictError";
  }
}

/**
 * The one interface the jobs use to reach a workbook. `src/excel` implements it over the Office JavaScript API,
 * `src/xlsx` over an `.xlsx` file; both must return identical snapshots for the same workbook.
 */
export interface WorkbookPort {
  /** Reads every worksheet's used range (values, text, number formats) and its structure. */
  readSnapshot(): Promise<WorkbookSnapshot>;
  /** Applies a change set all or nothing; throws `ConflictError` when a guarded cell changed. */
  apply(changes: ChangeSet): Promise<void>;
}

/** A workbook that cannot be read as asked, with a message fit to show the user. */
export class WorkbookReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookReadError";
  }
}

/** A cell on a sheet. */
export interface SheetCell {
  sheet: string;
  address: string;
}

/**
 * What the pane may do in Excel besides reading and writing cells: selection, navigation and
 * highlighting. Only the Office adapter implements it (the command line has no selection).
 */
export interface SheetActions {
  /** Activates the sheet and selects the cell (a finding's "jump to cell"). */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Activates a sheet (e.g. a new summary sheet). */
  activateSheet(sheet: string): Promise<void>;
  /** Calls `handler` whenever the user selects other cells; resolves to a function that stops it. */
  onSelectionChanged(handler: (selection: SheetCell) => void): Promise<() => Promise<void>>;
  /** The cell selected now. */
  currentSelection(): Promise<SheetCell>;
  /** Marks cells in the sheet; a fixed number of round trips whatever their number. */
  highlight(cells: SheetCell[]): Promise<void>;
  /** Removes every mark `highlight` made, leaving each cell's own formatting exactly as it was. */
  clearHighlights(): Promise<void>;
}

