/** Opening an .xlsx from a path (Node only: the rest of src/xlsx also runs in the browser). */
import { readFile, stat } from "node:fs/promises";
import { WorkbookReadError } from "../plan/port";
import type { ReadOptions } from "./read-snapshot";
import { XlsxWorkbook } from "./xlsx-workbook";
import { unzipWithZlib } from "./zip-node";

/** Reads the file at `path` and opens it; every failure is a `WorkbookReadError` naming the path. */
export async function openXlsxFile(path: string, options: ReadOptions = {}): Promise<XlsxWorkbook> {
  let bytes: Uint8Array;
  try {
    if ((await stat(path)).isDirectory()) throw new WorkbookReadError(`"${path}" is a folder, not an .xlsx file.`);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    throw new WorkbookReadError(describeFsError(path, error));
  }
  return XlsxWorkbook.fromBytes(bytes, path, { ...options, unzip: unzipWithZlib });
}

function describeFsError(path: string, error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOENT":
      return `No file at "${path}".`;
    case "EACCES":
    case "EPERM":
      return `Cannot read "${path}": permission denied.`;
    case "EISDIR":
      return `"${path}" is a folder, not an .xlsx file.`;
    default:
      return `Cannot read "${path}": ${code ?? (error instanceof Error ? error.message : String(error))}.`;
  }
}
