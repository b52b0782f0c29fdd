/** The file adapter: a `WorkbookPort` over an .xlsx package held in memory. */
import type { ChangeSet, WorkbookPort } from "../plan/port";
import type { WorkbookSnapshot } from "../plan/snapshot";
import { openXlsxPackage, type XlsxPackage } from "./package";
import { readWorkbookSnapshot, type ReadOptions } from "./read-snapshot";

export class XlsxWorkbook implements WorkbookPort {
  private constructor(
    /** The opened package, for a writer that edits it in place. */
    readonly pkg: XlsxPackage,
    private readonly options: ReadOptions,
  ) {}

  /** Opens a workbook from its bytes; `fileName` is used in messages. Throws `WorkbookReadError`. */
  static async fromBytes(bytes: Uint8Array | ArrayBuffer, fileName?: string, options: ReadOptions = {}): Promise<XlsxWorkbook> {
    return new XlsxWorkbook(await openXlsxPackage(bytes, fileName), options);
  }

  /** Reads every worksheet's used range and structure. */
  async readSnapshot(): Promise<WorkbookSnapshot> {
    return readWorkbookSnapshot(this.pkg, this.options);
  }

  /** Not yet: the package writer (edit touched parts, verify, then replace) is a separate job. */
  async apply(changes: ChangeSet): Promise<void> {
    const count = changes.writes.length + changes.ensureSheets.length;
    throw new Error(`Writing .xlsx files is not implemented yet (${count} change(s) not applied).`);
  }
}
