/** saveWorkbookCopy: temp file, read back, verify, rename; the source is written only in place, with a backup. */
import { copyFileSync, existsSync, linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ChangeSet } from "../../src/plan/port";
import { XlsxWorkbook } from "../../src/xlsx";
import { openXlsxFile } from "../../src/xlsx/file";
import { saveWorkbookCopy, WorkbookSaveError } from "../../src/xlsx/save";
import * as verify from "../../src/xlsx/verify";
import { cellOf, sheetOf } from "./write-helpers";

const FIXTURE = path.join(__dirname, "../fixtures/package-features/every-feature.xlsx");
const CHANGES: ChangeSet = {
  ensureSheets: [{ name: "ActionPlanAssistant", visibility: "VeryHidden", header: ["Key", "Part", "Value"] }],
  writes: [{ sheet: "Action Plan", address: "H5", values: [["saved text"]], asText: true }],
};

let dir: string;
let source: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "apa-save-"));
  source = path.join(dir, "plan.xlsx");
  copyFileSync(FIXTURE, source);
});

afterEach(() => {
  jest.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

async function edited() {
  const bytes = new Uint8Array(readFileSync(source));
  const workbook = await XlsxWorkbook.fromBytes(bytes, source);
  await workbook.apply(CHANGES);
  return { bytes, workbook };
}

const leftovers = () => readdirSync(dir).filter((f) => f.endsWith(".tmp"));

it("writes a verified copy and leaves the source alone", async () => {
  const { bytes, workbook } = await edited();
  const out = path.join(dir, "plan-updated.xlsx");
  const result = await saveWorkbookCopy(bytes, workbook, out, { sourcePath: source });
  expect(result).toMatchObject({ path: out, written: true, backup: undefined });
  expect(result.message).toBe(`Saved a copy as "${out}"; "${source}" was not changed.`);
  expect(readFileSync(source).equals(readFileSync(FIXTURE))).toBe(true);
  const again = await openXlsxFile(out);
  expect(cellOf(sheetOf(await again.readSnapshot(), "Action Plan"), "H5").value).toBe("saved text");
  expect(leftovers()).toEqual([]);
});

it("verifies a copy against every change set applied since opening", async () => {
  const { bytes, workbook } = await edited();
  await workbook.apply({ ensureSheets: [], writes: [{ sheet: "ActionPlanAssistant", address: "A2", values: [["columns", 0, "{}"]], asText: true }] });
  const out = path.join(dir, "twice.xlsx");
  await saveWorkbookCopy(bytes, workbook, out, { sourcePath: source });
  const snapshot = await (await openXlsxFile(out)).readSnapshot();
  expect(sheetOf(snapshot, "ActionPlanAssistant").values).toEqual([["Key", "Part", "Value"], ["columns", 0, "{}"]]);
});

it("refuses to write over the source unless asked to save in place", async () => {
  const { bytes, workbook } = await edited();
  const alias = path.join(dir, "alias.xlsx");
  linkSync(source, alias);
  for (const out of [source, path.join(dir, ".", "plan.xlsx"), alias]) {
    const error = await saveWorkbookCopy(bytes, workbook, out, { sourcePath: source }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookSaveError);
    expect((error as Error).message).toContain(`"${out}" is the file the plan was read from`);
  }
  expect(readFileSync(source).equals(readFileSync(FIXTURE))).toBe(true);
});

it("saves in place, keeping a backup of the previous version", async () => {
  const { bytes, workbook } = await edited();
  const result = await saveWorkbookCopy(bytes, workbook, source, { sourcePath: source, inPlace: true });
  const backup = path.join(dir, "plan.bak.xlsx");
  expect(result).toMatchObject({ path: source, backup: backup, written: true });
  expect(result.message).toBe(`Saved "${source}"; the previous version is kept as "${backup}".`);
  expect(readFileSync(backup).equals(readFileSync(FIXTURE))).toBe(true);
  const again = await openXlsxFile(source);
  expect(cellOf(sheetOf(await again.readSnapshot(), "Action Plan"), "H5").value).toBe("saved text");
  expect(leftovers()).toEqual([]);
});

it("refuses an in-place save when the file changed on disk since it was read", async () => {
  const { bytes, workbook } = await edited();
  writeFileSync(source, Buffer.concat([readFileSync(FIXTURE), Buffer.from([0])]));
  await expect(saveWorkbookCopy(bytes, workbook, source, { sourcePath: source, inPlace: true })).rejects.toThrow(
    `"${source}" changed on disk since it was read`,
  );
  expect(existsSync(path.join(dir, "plan.bak.xlsx"))).toBe(false);
});

it("writes nothing in place when nothing changed", async () => {
  const bytes = new Uint8Array(readFileSync(source));
  const workbook = await XlsxWorkbook.fromBytes(bytes, source);
  const result = await saveWorkbookCopy(bytes, workbook, source, { sourcePath: source, inPlace: true });
  expect(result.written).toBe(false);
  expect(existsSync(path.join(dir, "plan.bak.xlsx"))).toBe(false);
});

it("names the file when the folder does not exist", async () => {
  const { bytes, workbook } = await edited();
  const out = path.join(dir, "missing", "out.xlsx");
  await expect(saveWorkbookCopy(bytes, workbook, out, { sourcePath: source })).rejects.toThrow(
    `Not saved: could not write "${out}" (in its folder "${path.join(dir, "missing")}"): the folder or file does not exist.`,
  );
});

it("does not rename a file that fails verification into place", async () => {
  const { bytes, workbook } = await edited();
  jest.spyOn(verify, "verifyWrite").mockResolvedValue(["The part x changed."]);
  const out = path.join(dir, "out.xlsx");
  const error = await saveWorkbookCopy(bytes, workbook, out, { sourcePath: source }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(WorkbookSaveError);
  expect((error as WorkbookSaveError).problems).toEqual(["The part x changed."]);
  expect((error as Error).message).toContain(`the file written for "${out}" failed its check`);
  expect(existsSync(out)).toBe(false);
  expect(leftovers()).toEqual([]);
});

it("refuses bytes the workbook was not opened from", async () => {
  const { workbook } = await edited();
  await expect(saveWorkbookCopy(new Uint8Array([1]), workbook, path.join(dir, "o.xlsx"), { sourcePath: source })).rejects.toThrow(
    "was not opened from the bytes given",
  );
});
