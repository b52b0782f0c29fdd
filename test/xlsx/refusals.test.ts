import { mkdtempSync, writeFileSync, chmodSync, mkdirSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { WorkbookReadError } from "../../src/plan/port";
import { openXlsxPackage } from "../../src/xlsx";
import { openXlsxFile } from "../../src/xlsx/file";
import { buildXlsx } from "./build-package";

async function refusal(bytes: Uint8Array, name = "plan.xlsx"): Promise<WorkbookReadError> {
  try {
    await openXlsxPackage(bytes, name);
  } catch (error) {
    expect(error).toBeInstanceOf(WorkbookReadError);
    const message = (error as Error).message;
    expect(message).not.toContain("\n");
    return error as WorkbookReadError;
  }
  throw new Error("expected a refusal");
}

async function zipOf(files: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array" });
}

const ROOT_RELS = (target: string, type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument") =>
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${type}" Target="${target}"/></Relationships>`;

describe("refusing files that are not readable workbooks", () => {
  it("random bytes: not a zip", async () => {
    const bytes = Uint8Array.from({ length: 512 }, (_, i) => (i * 7919) % 251);
    const error = await refusal(bytes);
    expect(error.message).toMatch(/^"plan\.xlsx" is not an Excel workbook: it is not a zip package/);
  });

  it("an empty file: not a zip", async () => {
    expect((await refusal(new Uint8Array())).message).toMatch(/not a zip/);
  });

  it("an OLE compound file: password-protected or old .xls", async () => {
    const bytes = new Uint8Array(1024);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const error = await refusal(bytes);
    expect(error.message).toMatch(/password-protected or an old-format \.xls/);
    expect(error.message).toMatch(/without a password/);
  });

  it("a zip without a workbook", async () => {
    const error = await refusal(await zipOf({ "readme.txt": "hello" }));
    expect(error.message).toBe('"plan.xlsx" is a zip file but not an Excel workbook (it has no _rels/.rels part).');
  });

  it("a Word document", async () => {
    const bytes = await zipOf({
      "_rels/.rels": ROOT_RELS("word/document.xml"),
      "word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`,
    });
    expect((await refusal(bytes)).message).toMatch(/not an Excel workbook \(its main part is word\/document\.xml\)/);
  });

  it("a binary workbook (.xlsb)", async () => {
    const bytes = await zipOf({ "_rels/.rels": ROOT_RELS("xl/workbook.bin"), "xl/workbook.bin": "binary" });
    expect((await refusal(bytes)).message).toMatch(/binary workbook \(\.xlsb\)/);
  });

  // Strict Open XML is read (test/xlsx/producers.test.ts); only writing it is refused.

  it("a sheet whose part is missing", async () => {
    const bytes = await buildXlsx({ sheets: [{ name: "Plan", body: "" }] });
    const zip = await JSZip.loadAsync(bytes);
    zip.remove("xl/worksheets/sheet1.xml");
    const damaged = await zip.generateAsync({ type: "uint8array" });
    expect((await refusal(damaged)).message).toBe(
      '"plan.xlsx" is damaged: the part xl/worksheets/sheet1.xml of sheet "Plan" is missing.',
    );
  });

  it("names no file when none is given", async () => {
    await expect(openXlsxPackage(new Uint8Array([1, 2, 3]))).rejects.toThrow(/^The file is not an Excel workbook/);
  });
});

describe("openXlsxFile", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "xlsx-file-"));

  it("says when there is no file", async () => {
    const missing = path.join(dir, "missing.xlsx");
    await expect(openXlsxFile(missing)).rejects.toThrow(new WorkbookReadError(`No file at "${missing}".`));
  });

  it("says when the path is a folder", async () => {
    const folder = path.join(dir, "folder.xlsx");
    mkdirSync(folder);
    await expect(openXlsxFile(folder)).rejects.toThrow(`"${folder}" is a folder, not an .xlsx file.`);
  });

  it("says when the file cannot be read", async () => {
    if (process.getuid?.() === 0) return; // root reads anything
    const locked = path.join(dir, "locked.xlsx");
    writeFileSync(locked, "x");
    chmodSync(locked, 0o000);
    await expect(openXlsxFile(locked)).rejects.toThrow(`Cannot read "${locked}": permission denied.`);
  });

  it("names the path in package refusals", async () => {
    const text = path.join(dir, "notes.xlsx");
    writeFileSync(text, "just text");
    await expect(openXlsxFile(text)).rejects.toThrow(`"${text}" is not an Excel workbook`);
  });

  it("opens a real workbook", async () => {
    const file = path.join(__dirname, "../fixtures/reading-improvement-plan.xlsx");
    const snapshot = await (await openXlsxFile(file)).readSnapshot();
    expect(snapshot.sheets[0].name).toBe("Action Plan");
  });
});
