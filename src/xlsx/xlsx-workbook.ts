/** The file adapter: a `WorkbookPort` over an .xlsx package held in memory. */
import type { ChangeSet, WorkbookPort } from "../plan/port";
import type { WorkbookSnapshot } from "../plan/snapshot";
import { openXlsxPackage, type XlsxPackage } from "./package";
import { readWorkbookSnapshot, type ReadOptions } from "./read-snapshot";
import type { WriteReport } from "./writer";
import type { Unzip } from "./zip";

/** How to open a workbook: its display settings, and the zip reader (JSZip's unless given). */
export interface OpenOptions extends ReadOptions {
  unzip?: Unzip;
}

export class XlsxWorkbook implements WorkbookPort {
  private current: XlsxPackage;
  private bytes: Uint8Array;
  private readonly history: ChangeSet[] = [];
  private reports: WriteReport[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    pkg: XlsxPackage,
    private readonly original: Uint8Array,
    private readonly options: ReadOptions,
  ) {
    this.current = pkg;
    this.bytes = original;
  }

  /** Opens a workbook from its bytes; `fileName` is used in messages. Throws `WorkbookReadError`. */
  static async fromBytes(bytes: Uint8Array | ArrayBuffer, fileName?: string, options: OpenOptions = {}): Promise<XlsxWorkbook> {
    const data = new Uint8Array(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
    const { unzip, ...read } = options;
    return new XlsxWorkbook(await openXlsxPackage(data, fileName, unzip), data, read);
  }

  /** The package as it stands (after any applied change sets), for readers and the writer. */
  get pkg(): XlsxPackage {
    return this.current;
  }

  /** The bytes the workbook was opened from. */
  get originalBytes(): Uint8Array {
    return this.original;
  }

  /** The change sets applied since opening, in order (what a saver verifies the result against). */
  get appliedChanges(): readonly ChangeSet[] {
    return this.history;
  }

  /** What each applied change set did to the package's parts, in order. */
  get writeReports(): readonly WriteReport[] {
    return this.reports;
  }

  /** Reads every worksheet's used range and structure. */
  async readSnapshot(): Promise<WorkbookSnapshot> {
    return readWorkbookSnapshot(this.current, this.options);
  }

  /**
   * Applies a change set all or nothing, in memory: throws `InvalidChangeError` or
   * `ConflictError` before anything changes, or `WorkbookWriteError` when the edited package
   * fails its check (and is dropped). Save the result with `toBytes` or `saveWorkbookCopy`.
   */
  apply(changes: ChangeSet): Promise<void> {
    const run = this.queue.then(async () => {
      // The writer (and JSZip under it) loads on the first change: reading alone never needs it.
      // "eager" keeps it in the same bundle chunk for the browser; only CommonJS (the CLI) defers it.
      const { writeChangeSet } = await import(/* webpackMode: "eager" */ "./writer");
      const result = await writeChangeSet(this.current, this.bytes, changes, this.options);
      if (!result) return;
      this.current = result.pkg;
      this.bytes = result.bytes;
      this.history.push(structuredClone(changes));
      this.reports = [...this.reports, result.report];
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** The package's bytes as they stand (the original bytes when nothing was applied). */
  async toBytes(): Promise<Uint8Array> {
    await this.queue;
    return this.bytes.slice();
  }
}
