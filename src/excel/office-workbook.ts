/**
 * `WorkbookPort` over Office.js: the open workbook as the jobs see it. Each call is one
 * `Excel.run` with a fixed number of round trips (see `read-snapshot.ts`, `apply-changes.ts`).
 */
import { ConflictError, WorkbookReadError, type ChangeSet, type WorkbookPort } from "../plan/port";
import type { WorkbookSnapshot } from "../plan/snapshot";
import { InvalidChangeError } from "../plan/invalid-change";
import type { WriteProgress } from "./apply-changes";
import type { DocumentHost } from "./document-file";
import { withOutlineLevels } from "./outline-from-file";
import { DEFAULT_BLOCK_CELLS, readWorkbook } from "./read-snapshot";
import { readFailureMessage, writeFailureMessage } from "./office-errors";
import type { ExcelRun, Supports } from "./office-host";

/** Tuning for tests; production uses the defaults. */
export interface OfficeWorkbookOptions {
  /** Cells per sync when a read must be split to stay under the web's 5 MB response limit. */
  blockCells?: number;
  /** Bytes written per sync before a write is split (the web's 5 MB request limit). */
  writeBudgetBytes?: number;
  /**
   * `Office.context.document`, whose `getFileAsync` gives the package that outline levels and
   * indents are read from (outline-from-file.ts); the add-in passes `officeDocument()`. Without
   * one, levels and indents stay unknown.
   */
  document?: DocumentHost;
}

function readError(error: unknown): WorkbookReadError {
  const wrapped = new WorkbookReadError(readFailureMessage(error));
  wrapped.cause = error;
  return wrapped;
}

function writeError(error: unknown, began: boolean): Error {
  const wrapped = new Error(writeFailureMessage(error, began));
  wrapped.cause = error;
  return wrapped;
}

/**
 * The workbook open in Excel. Construct with `excelRun` and `supports` from `office-host.ts` in
 * the add-in, or with the test double's `run` and `supports` in tests.
 */
export class OfficeWorkbook implements WorkbookPort {
  constructor(
    private readonly run: ExcelRun,
    private readonly supports: Supports,
    private readonly options: OfficeWorkbookOptions = {},
  ) {}

  /**
   * Three round trips for a workbook that fits one response; a larger one is read in row blocks
   * chosen from its size (see `read-snapshot.ts`). Office errors become `WorkbookReadError`.
   * Then, with no round trip, outline levels and indents from the document's package.
   */
  async readSnapshot(): Promise<WorkbookSnapshot> {
    const blockCells = this.options.blockCells ?? DEFAULT_BLOCK_CELLS;
    let snapshot: WorkbookSnapshot;
    try {
      snapshot = await this.run((context) => readWorkbook(context, this.supports, blockCells));
    } catch (error) {
      throw readError(error);
    }
    // Outside the batch: the file is no Excel.run request, and its failures only add a note.
    return withOutlineLevels(snapshot, this.options.document, this.supports);
  }

  /**
   * Writes a change set, or throws `ConflictError` (nothing written) when a guarded cell changed,
   * `InvalidChangeError` (Excel untouched) for a malformed change or one Excel would refuse
   * (protected, read-only, a formula, a totals row), or an `Error` whose plain message says
   * what to do and whether anything was written.
   */
  async apply(changes: ChangeSet): Promise<void> {
    const progress: WriteProgress = { began: false };
    try {
      // The write path (the change-set checks, batching, drawing a new sheet) is a chunk of its
      // own: opening a view only reads, so it does not wait for this code. The browser fetches it
      // when idle once the adapter has loaded (prefetch), before the first click that writes.
      const { DEFAULT_WRITE_BUDGET_BYTES, applyChanges } = await import(/* webpackChunkName: "excel-write", webpackPrefetch: true */ "./apply-changes");
      await applyChanges(this.run, changes, this.options.writeBudgetBytes ?? DEFAULT_WRITE_BUDGET_BYTES, this.supports, progress);
    } catch (error) {
      if (error instanceof ConflictError || error instanceof InvalidChangeError) throw error;
      throw writeError(error, progress.began);
    }
  }
}
