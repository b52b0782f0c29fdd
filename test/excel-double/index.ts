/**
 * An in-memory stand-in for the part of the Excel JavaScript API that `src/excel` uses. It keeps
 * a grid of cells, makes loaded values readable only after `context.sync()`, applies writes only
 * at sync, checks array sizes, and counts round trips with an estimate of their bytes.
 */
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import type { ExcelRun, ExcelRunWith, Supports } from "../../src/excel/office-host";
import { parseCell } from "../../src/plan/cells";
import { DoubleContext, type DoubleHost, type DoubleOptions } from "./context";
import { WorkbookProxy, claimsApi } from "./proxies";
import { documentDouble, type DocumentDouble } from "./document-file";
import {
  readCell,
  stateFromRows,
  stateFromSnapshot,
  type CellState,
  type SheetRows,
  type WorkbookState,
} from "./state";

export { DoubleError, type DoubleOptions } from "./context";
export { FORMULA_TEXT, type CellState, type ConditionalFormatState, type SheetRows, type WorkbookState } from "./state";
export type { BorderState, CellFormatState, ChartState, PageLayoutState, SheetState } from "./state";
export type { WorkbookProxy } from "./proxies";
export type { DocumentDouble } from "./document-file";

/** The double's context as tests see it: typed with the double's own classes. */
export type DoubleRequestContext = DoubleContext & { workbook: WorkbookProxy };

/** A double and the handles a test needs. */
export interface ExcelDouble {
  /** Use in place of `Excel.run`. */
  run: ExcelRun;
  /** Use in place of `Excel.run(context, batch)`. */
  runWith: ExcelRunWith;
  /** Use in place of `Office.context.requirements.isSetSupported`. */
  supports: Supports;
  /**
   * Use in place of `Office.context.document` (OfficeWorkbook's `document` option): present when
   * the double was given the package's bytes (`options.file`), see document-file.ts.
   */
  document: DocumentDouble | undefined;
  /** A context opened for a test that drives the double directly (close it with `close()`). */
  openContext(): DoubleRequestContext;
  /** The workbook, to assert on or to change behind the adapter's back (a co-author). */
  state: WorkbookState;
  /** Round trips so far. */
  readonly syncCount: number;
  /** Estimated request bytes of each round trip so far. */
  readonly requestBytesPerSync: number[];
  /** Estimated response bytes of each round trip so far. */
  readonly responseBytesPerSync: number[];
  /** Forgets recorded round trips. */
  resetCounters(): void;
  /** A cell's state, e.g. `cell("Plan", "E46")`. */
  cell(sheet: string, address: string): CellState;
  /** Simulates the user selecting cells: updates the selection and awaits every handler. */
  userSelects(sheet: string, address: string): Promise<void>;
}

function isSnapshot(input: WorkbookSnapshot | SheetRows): input is WorkbookSnapshot {
  return Array.isArray((input as WorkbookSnapshot).sheets) && Array.isArray((input as WorkbookSnapshot).chartSheets);
}

/** Creates a double holding a snapshot (cell for cell) or plain rows per sheet (from A1). */
export function createExcelDouble(input: WorkbookSnapshot | SheetRows, options: DoubleOptions = {}): ExcelDouble {
  const host: DoubleHost = {
    state: isSnapshot(input) ? stateFromSnapshot(input) : stateFromRows(input),
    options,
    syncs: [],
    selectionHandlers: new Set(),
  };
  const newContext = (): DoubleRequestContext =>
    new DoubleContext(host, (c) => new WorkbookProxy(c)) as DoubleRequestContext;

  async function runOn<T>(context: DoubleRequestContext, batch: (c: Excel.RequestContext) => Promise<T>): Promise<T> {
    context.open = true;
    try {
      const result = await batch(context as unknown as Excel.RequestContext);
      // Stricter than Excel.run, which flushes leftovers: an unsynced write here is an adapter bug.
      if (context.pending > 0) throw new Error(`The batch returned with ${context.pending} unsynced operations.`);
      return result;
    } finally {
      context.open = false;
    }
  }

  return {
    run: (batch) => runOn(newContext(), batch),
    runWith: (context, batch) => runOn(context as unknown as DoubleRequestContext, batch),
    // Requirement set File 1.1 (getFileAsync) when the double holds a file and is not an iPad.
    supports: (set, version) =>
      set === "ExcelApi" ? claimsApi(newContext(), version) : set === "File" && version === "1.1" && !!options.file && options.fileApi !== false,
    document: documentDouble(options),
    openContext() {
      const context = newContext();
      context.open = true;
      return context;
    },
    state: host.state,
    get syncCount() {
      return host.syncs.length;
    },
    get requestBytesPerSync() {
      return host.syncs.map((s) => s.requestBytes);
    },
    get responseBytesPerSync() {
      return host.syncs.map((s) => s.responseBytes);
    },
    resetCounters() {
      host.syncs.length = 0;
    },
    cell(sheet, address) {
      const { row, column } = parseCell(address);
      const found = host.state.sheets.find((s) => s.name === sheet);
      if (!found) throw new Error(`No sheet "${sheet}" in the double.`);
      return readCell(found, row, column);
    },
    async userSelects(sheet, address) {
      host.state.activeSheet = sheet;
      host.state.selection = { sheet, address };
      await Promise.all([...host.selectionHandlers].map((h) => h()));
    },
  };
}
