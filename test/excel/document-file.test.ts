import { readDocumentFile } from "../../src/excel/document-file";
import { createExcelDouble } from "../excel-double";
import { workbookSnapshot } from "../excel-double/build";

/** 10,000 bytes numbered 0..255 over and over: slices of 4,096 are 4,096, 4,096 and 1,808. */
const BYTES = Uint8Array.from({ length: 10_000 }, (_, i) => i % 256);

function documentOf(options: Parameters<typeof createExcelDouble>[1] = {}) {
  return createExcelDouble(workbookSnapshot({ name: "Plan", rows: [["Action"]] }), { file: BYTES, ...options }).document!;
}

describe("reading the document's package through getFileAsync", () => {
  it("joins the slices in order and closes the file", async () => {
    const document = documentOf();
    const read = await readDocumentFile(document, 1_000_000, 4096);
    expect(read).toEqual({ ok: true, bytes: BYTES });
    expect(document.openFiles).toBe(0);
  });

  it("refuses a file over the cap before fetching a slice, and closes it", async () => {
    const document = documentOf();
    expect(await readDocumentFile(document, 9_999)).toEqual({ ok: false, reason: "too-large", detail: "1 MB" });
    expect(document.openFiles).toBe(0);
  });

  it("queues reads so the pane never holds two files (the host allows at most two in memory)", async () => {
    const document = documentOf();
    // Files open as each file is handed over: just that one, when each read waits for the last to close.
    const openWhenHanded: number[] = [];
    const getFileAsync = document.getFileAsync!;
    document.getFileAsync = (type, options, callback) =>
      getFileAsync(type, options, (result) => {
        openWhenHanded.push(document.openFiles);
        callback(result);
      });
    const reads = await Promise.all([1, 2, 3].map(() => readDocumentFile(document, 1_000_000, 4096)));
    expect(reads.every((r) => r.ok)).toBe(true);
    expect(openWhenHanded).toEqual([1, 1, 1]);
  });

  it("the double refuses a third open file, as File.closeAsync's remarks say", async () => {
    const document = documentOf();
    const open = () => new Promise<string>((resolve) => document.getFileAsync!("compressed", { sliceSize: 4096 }, (r) => resolve(r.status)));
    expect([await open(), await open(), await open()]).toEqual(["succeeded", "succeeded", "failed"]);
  });

  it("reports permission denied (code 7000) apart from other failures, and a host without the API", async () => {
    const denied = documentOf({ fileError: { code: 7000, name: "Permission Denied", message: "You don't have sufficient permissions for this action." } });
    expect(await readDocumentFile(denied, 1_000_000)).toMatchObject({ ok: false, reason: "denied" });
    const network = documentOf({ fileError: { code: 5001, name: "Internal Error", message: "A network problem has prevented retrieval of the file." } });
    expect(await readDocumentFile(network, 1_000_000)).toEqual({ ok: false, reason: "failed", detail: "A network problem has prevented retrieval of the file." });
    expect(await readDocumentFile(documentOf({ fileApi: false }), 1_000_000)).toEqual({ ok: false, reason: "unsupported" });
  });

  it("gives up on a call Excel never answers, and closes a file handed over too late", async () => {
    // Open answers only when the test says so: after the 50 ms wait has ended.
    const document = documentOf();
    const getFileAsync = document.getFileAsync!;
    let answerLate: (() => void) | undefined;
    document.getFileAsync = (type, options, callback) => {
      answerLate = () => getFileAsync(type, options, callback);
    };
    expect(await readDocumentFile(document, 1_000_000, 4096, 50)).toEqual({ ok: false, reason: "failed", detail: "Excel did not answer within 0.05 seconds" });
    answerLate!();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.openFiles).toBe(0);
  });

  it("gives up on a slice that never comes, and still closes the file", async () => {
    const document = documentOf();
    const getFileAsync = document.getFileAsync!;
    document.getFileAsync = (type, options, callback) =>
      getFileAsync(type, options, (result) => {
        // The second of three slices never answers.
        const getSliceAsync = result.value.getSliceAsync.bind(result.value);
        result.value.getSliceAsync = (index, sliceCallback) => (index === 1 ? undefined : getSliceAsync(index, sliceCallback));
        callback(result);
      });
    expect(await readDocumentFile(document, 1_000_000, 4096, 50)).toEqual({ ok: false, reason: "failed", detail: "Excel did not answer within 0.05 seconds" });
    expect(document.openFiles).toBe(0);
  });
});
