/**
 * `Office.context.document.getFileAsync` for the double: the document's package, in slices, as
 * Microsoft documents it.
 *
 * - `getFileAsync(fileType, { sliceSize }, callback)`: the callback gets an `AsyncResult` whose
 *   `status` is `"succeeded"` with the `Office.File` as `value`, or `"failed"` with an `error`
 *   (https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-getfileasync-member(1)).
 *   Only `Office.FileType.Compressed` ("Returns the entire document (.pptx, .docx, .xlsx, or .xlsm)
 *   in Office Open XML (OOXML) format as a byte array", office.filetype) is modelled.
 * - `sliceSize`: "The maximum (and the default) is 4194304 (4MB)" (office.getfileoptions). What
 *   Excel does with a larger one is not documented; the double refuses it, to be strict.
 * - `File.size`, `File.sliceCount`, `getSliceAsync(sliceIndex)` ("Specifies the zero-based index
 *   of the slice"), and `Slice.data`: "Files in the 'compressed' format will return a byte array"
 *   (office.file, office.slice): a plain array of numbers here.
 * - "No more than two documents are allowed to be in memory; otherwise the Document.getFileAsync
 *   operation will fail. Use the File.closeAsync method to close the file when you are finished
 *   working with it" (File.closeAsync remarks, office.file). The error code of that failure is not
 *   documented; the double fails with 5001 (Office's generic "Internal Error" code). A closed
 *   file's slices are refused.
 * - Callbacks run asynchronously, never before the call returns, as Office's do.
 *
 * Test knobs (DoubleOptions): `file` (the package bytes; without it the double has no document),
 * `fileApi: false` (a host without requirement set File, Excel on iPad: no `getFileAsync`),
 * `fileError` (getFileAsync fails, e.g. `{ code: 7000, name: "Permission Denied" }`, as reported
 * in https://github.com/OfficeDev/office-js/issues/757).
 */
import type { AsyncOutcome, DocumentFile, DocumentHost, FileSlice } from "../../src/excel/document-file";

/** The documented maximum (and default) slice size. */
const MAX_SLICE = 4_194_304;

/** The most files the host keeps open at once (File.closeAsync remarks). */
const MAX_OPEN = 2;

export interface DocumentFileOptions {
  file?: Uint8Array;
  fileApi?: boolean;
  fileError?: { code: number; name: string; message: string };
}

/** The double's `Office.context.document`, with the count of files open. */
export interface DocumentDouble extends DocumentHost {
  readonly openFiles: number;
  /** getFileAsync calls so far. */
  readonly fileRequests: number;
}

const later = (f: () => void) => setTimeout(f, 0);

function failed<T>(code: number, name: string, message: string): AsyncOutcome<T> {
  return { status: "failed", value: undefined as T, error: { code, name, message } };
}

export function documentDouble(options: DocumentFileOptions): DocumentDouble | undefined {
  const { file: bytes, fileApi = true, fileError } = options;
  if (!bytes) return undefined;
  let open = 0;
  let requests = 0;
  const host: DocumentDouble = {
    get openFiles() {
      return open;
    },
    get fileRequests() {
      return requests;
    },
  };
  if (!fileApi) return host;
  host.getFileAsync = (fileType, getOptions, callback) => {
    requests++;
    const sliceSize = getOptions?.sliceSize ?? MAX_SLICE;
    later(() => {
      if (fileType !== "compressed") return callback(failed(5001, "Internal Error", `The double models only Office.FileType.Compressed, not ${String(fileType)}.`));
      if (!(sliceSize > 0 && sliceSize <= MAX_SLICE)) return callback(failed(5001, "Invalid Argument", `sliceSize ${sliceSize} is outside 1..${MAX_SLICE}.`));
      if (fileError) return callback(failed(fileError.code, fileError.name, fileError.message));
      if (open >= MAX_OPEN) return callback(failed(5001, "Internal Error", "No more than two documents are allowed to be in memory."));
      open++;
      let closed = false;
      const file: DocumentFile = {
        size: bytes.length,
        sliceCount: Math.max(1, Math.ceil(bytes.length / sliceSize)),
        getSliceAsync(index, sliceCallback) {
          later(() => {
            if (closed) return sliceCallback(failed(5001, "Internal Error", "The file is closed."));
            if (!Number.isInteger(index) || index < 0 || index >= file.sliceCount) {
              return sliceCallback(failed(5001, "Invalid Argument", `No slice ${index} of ${file.sliceCount}.`));
            }
            const data = Array.from(bytes.subarray(index * sliceSize, (index + 1) * sliceSize));
            const slice: FileSlice = { data, index, size: data.length };
            sliceCallback({ status: "succeeded", value: slice });
          });
        },
        closeAsync(closeCallback) {
          later(() => {
            if (!closed) {
              closed = true;
              open--;
            }
            closeCallback?.({ status: "succeeded", value: undefined });
          });
        },
      };
      callback({ status: "succeeded", value: file });
    });
  };
  return host;
}
