/**
 * `WorkbookPort` over Office.js: the open workbook as the jobs see it. Each call is one
 * `Excel.run` with a fixed number of round trips (see `read-snapshot.ts`, `apply-changes.ts`).
 */
import { ConflictError, WorkbookReadError, type ChangeSet, type WorkbookPort } from "../plan/port";
import type { WorkbookSnapshot } from "../plan/snapshot";
import { InvalidChangeError, DEFAULT_WRITE_BUDGET_BYTES, applyChanges } from "./apply-changes";
import { DEFAULT_BLOCK_CELLS, isPayloadTooLarge, readInBlocks, readWhole } from "./read-snapshot";
import type { ExcelRun, Supports } from "./office-host";

/** Tuning for tests; production uses the defaults. */
export interface OfficeWorkbookOptions {
  /** Cells per sync when a read must be split to stay under the web's 5 MB response limit. */
  blockCells?: number;
  /** Bytes written per sync before a write is split (the web's 5 MB request limit). */
  writeBudgetBytes?: number;
}

/** The message and code of an Office error, whatever shape it came in. */
function describe(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown } | null;
  const code = typeof e?.code === "string" ? e.code : "";
  const message = typeof e?.message === "string" ? e.message : String(error);
  return code && !message.includes(code) ? `${message} (${code})` : message;
}

function readError(error: unknown): WorkbookReadError {
  const message = isPayloadTooLarge(error)
    ? "This workbook is too large for Excel on the web to send to the add-in. Open it in the Excel desktop app to use the add-in."
    : `Excel could not read this workbook: ${describe(error)}. Try again; if it keeps failing, close and reopen the workbook.`;
  const wrapped = new WorkbookReadError(message);
  wrapped.cause = error;
  return wrapped;
}

function writeError(error: unknown): Error {
  const wrapped = new Error(
    `Excel could not save the change: ${describe(error)}. Part of it may have been written; check the sheet before trying again.`,
  );
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
   * Two round trips normally; when the workbook is too large for one response (Excel on the
   * web), a second `Excel.run` reads it in row blocks. Office errors become `WorkbookReadError`.
   */
  async readSnapshot(): Promise<WorkbookSnapshot> {
    try {
      return await this.run((context) => readWhole(context, this.supports));
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw readError(error);
    }
    const blockCells = this.options.blockCells ?? DEFAULT_BLOCK_CELLS;
    try {
      return await this.run((context) => readInBlocks(context, this.supports, blockCells));
    } catch (error) {
      throw readError(error);
    }
  }

  /**
   * Writes a change set, or throws `ConflictError` (nothing written) when a guarded cell changed,
   * `InvalidChangeError` (Excel untouched) for a malformed change, or an `Error` with a plain
   * message when Excel fails mid-way.
   */
  async apply(changes: ChangeSet): Promise<void> {
    try {
      await applyChanges(this.run, changes, this.options.writeBudgetBytes ?? DEFAULT_WRITE_BUDGET_BYTES, this.supports);
    } catch (error) {
      if (error instanceof ConflictError || error instanceof InvalidChangeError) throw error;
      throw writeError(error);
    }
  }
}
