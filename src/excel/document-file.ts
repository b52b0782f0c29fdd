/**
 * A copy of the open workbook's own package (.xlsx bytes) through the Common API's
 * `Document.getFileAsync(Office.FileType.Compressed, { sliceSize }, callback)` (requirement set
 * File 1.1: https://learn.microsoft.com/javascript/api/requirement-sets/common/office-add-in-requirement-sets#file).
 * It is not an `Excel.run` batch: no `context.sync()` is spent on it.
 *
 * What Microsoft documents, and this follows:
 * - the callback's `AsyncResult` has `status` `"succeeded"` or `"failed"`, `value` the
 *   `Office.File`, `error` an `Office.Error` with `code`, `name` and `message`
 *   (https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-getfileasync-member(1));
 *   `"succeeded"` is the runtime value the FileType reference's own sample compares with
 *   (https://learn.microsoft.com/javascript/api/office/office.filetype);
 * - `sliceSize`: "The maximum (and the default) is 4194304 (4MB)"
 *   (https://learn.microsoft.com/javascript/api/office/office.getfileoptions);
 * - `File.size` is the file's bytes, `sliceCount` its slices, `getSliceAsync(i)` gives an
 *   `Office.Slice` whose `data` in the compressed format is "a byte array"
 *   (https://learn.microsoft.com/javascript/api/office/office.file,
 *   https://learn.microsoft.com/javascript/api/office/office.slice);
 * - "No more than two documents are allowed to be in memory; otherwise the Document.getFileAsync
 *   operation will fail. Use the File.closeAsync method to close the file when you are finished
 *   working with it" (File.closeAsync remarks). So the file is always closed, on every path, and
 *   this pane's reads are queued so that it never holds more than one itself;
 * - some hosts refuse with "Permission Denied" code 7000 (reported on Excel 16.0.0000.0000:
 *   https://github.com/OfficeDev/office-js/issues/757), Excel on the web can fail with "A network
 *   problem has prevented retrieval of the file" (https://github.com/OfficeDev/office-js/issues/98),
 *   and Excel on iPad does not support requirement set File at all;
 * - hosts fail in ways the reference does not describe (getFileAsync closed Excel outright in
 *   https://github.com/OfficeDev/office-js/issues/291), and nothing in it promises that a callback
 *   comes. So every call waits at most `ANSWER_MS`; a file handed over after that is closed at
 *   once, so it does not count against the two the host allows.
 * Any failure is returned as a reason, never thrown: the file is an extra, not the read itself.
 */

/** `Office.AsyncResult<T>`, as much of it as is read here. */
export interface AsyncOutcome<T> {
  status: "succeeded" | "failed";
  value: T;
  error?: { code?: number; name?: string; message?: string };
}

/** `Office.Slice`. */
export interface FileSlice {
  data: ArrayLike<number>;
  index: number;
  size: number;
}

/** `Office.File`. */
export interface DocumentFile {
  size: number;
  sliceCount: number;
  getSliceAsync(index: number, callback: (result: AsyncOutcome<FileSlice>) => void): void;
  closeAsync(callback?: (result: AsyncOutcome<void>) => void): void;
}

/** `Office.context.document`, for its `getFileAsync` only (absent where the host lacks it). */
export interface DocumentHost {
  getFileAsync?: (fileType: "compressed", options: { sliceSize: number }, callback: (result: AsyncOutcome<DocumentFile>) => void) => void;
}

/** The documented maximum slice (and default): 4 MB. */
export const SLICE_BYTES = 4_194_304;

/** How long one call (open, a slice, close) may go unanswered: a 4 MB slice is read in well under this. */
export const ANSWER_MS = 30_000;

/** The package's bytes, or why there are none (for a note the pane shows). */
export type FileRead = { ok: true; bytes: Uint8Array } | { ok: false; reason: "unsupported" | "too-large" | "denied" | "failed"; detail?: string };

// One file at a time from this pane (see the file comment), across every adapter instance.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Reads the whole package, refusing files over `maxBytes` before any slice is fetched. `sliceBytes`
 * is the documented maximum unless a test asks for smaller slices.
 */
export function readDocumentFile(document: DocumentHost, maxBytes: number, sliceBytes = SLICE_BYTES, answerMs = ANSWER_MS): Promise<FileRead> {
  const run = queue.then(() => readOnce(document, maxBytes, sliceBytes, answerMs));
  queue = run.catch(() => undefined);
  return run;
}

function failure(error: AsyncOutcome<unknown>["error"]): FileRead {
  const detail = error?.message ?? error?.name;
  return { ok: false, reason: error?.code === 7000 ? "denied" : "failed", ...(detail ? { detail } : {}) };
}

/** The callback's outcome, or undefined when none came within `ms`; `late` gets an answer that came after. */
function answer<T>(call: (callback: (result: AsyncOutcome<T>) => void) => void, ms: number, late?: (result: AsyncOutcome<T>) => void): Promise<AsyncOutcome<T> | undefined> {
  return new Promise((resolve) => {
    let waiting = true;
    const timer = setTimeout(() => {
      waiting = false;
      resolve(undefined);
    }, ms);
    call((result) => {
      if (!waiting) return late?.(result);
      waiting = false;
      clearTimeout(timer);
      resolve(result);
    });
  });
}

const unanswered = (ms: number): FileRead => ({ ok: false, reason: "failed", detail: `Excel did not answer within ${ms / 1000} seconds` });

async function readOnce(document: DocumentHost, maxBytes: number, sliceBytes: number, answerMs: number): Promise<FileRead> {
  const getFile = document.getFileAsync;
  if (typeof getFile !== "function") return { ok: false, reason: "unsupported" };
  const opened = await answer<DocumentFile>(
    (callback) => getFile.call(document, "compressed", { sliceSize: sliceBytes }, callback),
    answerMs,
    (late) => {
      if (late.status === "succeeded") late.value.closeAsync();
    },
  );
  if (!opened) return unanswered(answerMs);
  if (opened.status !== "succeeded") return failure(opened.error);
  const file = opened.value;
  try {
    if (file.size > maxBytes) return { ok: false, reason: "too-large", detail: `${Math.ceil(file.size / 1_048_576)} MB` };
    const bytes = new Uint8Array(file.size);
    let offset = 0;
    for (let i = 0; i < file.sliceCount; i++) {
      // One slice at a time, as Microsoft's sample does: each answer says whether to go on.
      const slice = await answer<FileSlice>((callback) => file.getSliceAsync(i, callback), answerMs);
      if (!slice) return unanswered(answerMs);
      if (slice.status !== "succeeded") return failure(slice.error);
      const data = slice.value.data;
      if (offset + data.length > bytes.length) return { ok: false, reason: "failed", detail: "the file's slices are longer than its size" };
      bytes.set(data, offset);
      offset += data.length;
    }
    if (offset !== bytes.length) return { ok: false, reason: "failed", detail: "the file's slices are shorter than its size" };
    return { ok: true, bytes };
  } finally {
    await answer<void>((callback) => file.closeAsync(callback), answerMs);
  }
}
