/**
 * Issue 10: both adapters read hidden rows and columns, row outline levels and cell indents the
 * same way, and read the same plan from hierarchical exports. Each gallery workbook is read
 * through the file adapter, loaded into the Excel double (which answers
 * `getRowProperties`/`getColumnProperties` as Microsoft documents them,
 * test/excel-double/row-column-properties.ts, and holds the workbook's own bytes behind
 * `getFileAsync`, test/excel-double/document-file.ts) and read back through OfficeWorkbook.
 *
 * Office.js has no property that reads a row's outline level, so the Office adapter reads levels
 * and indents from the document's package, with the file adapter's own scanner
 * (src/excel/outline-from-file.ts). Where the host cannot give the package, levels stay unknown
 * and the plan must still read the same (summary rows told by what they hold).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OfficeWorkbook } from "../../src/excel";
import { withOutlineLevels } from "../../src/excel/outline-from-file";
import type { PlanReadResult } from "../../src/plan/read-plan";
import { readPlan } from "../../src/plan/read-plan";
import { XlsxWorkbook } from "../../src/xlsx";
import { createExcelDouble, type DoubleOptions } from "../excel-double";

const LAYOUTS = join(__dirname, "../fixtures/layouts");

async function bothAdapters(file: string, options: DoubleOptions = {}) {
  const bytes = readFileSync(join(LAYOUTS, file));
  const fromFile = await (await XlsxWorkbook.fromBytes(bytes, file)).readSnapshot();
  const double = createExcelDouble(fromFile, { file: new Uint8Array(bytes), ...options });
  const fromOffice = await new OfficeWorkbook(double.run, double.supports, { document: double.document }).readSnapshot();
  return { fromFile, fromOffice, double };
}

/** Where the plan is and which rows are actions and headings. */
function layout(result: PlanReadResult) {
  if (!result.ok) return result.message;
  const { sheets, actions, headings } = result.plan;
  return { sheets: sheets.map((s) => [s.sheet, s.headerRow, s.columns]), actions: actions.map((a) => [a.sheet, a.row]), headings: headings.map((h) => [h.sheet, h.row, h.level]) };
}

describe.each([
  // Hand-read from scripts/build-layouts.js: 03 hides its original deadline (D); 21 hides C, D and G.
  ["03-superseded-deadline.xlsx", "Action Plan", [], [4]],
  ["16-smartsheet-export.xlsx", "Improvement Programme", [], []],
  ["17-ms-project-export.xlsx", "Task_Table1", [], []],
  ["21-hmicfrs-brag-tracker.xlsx", "HMICFRS Tracker", [], [3, 4, 7]],
  // 26 shows its hierarchy by indent alone (no grouping): the theme rows 5, 9 and 12 are headings.
  ["26-indented-tasks.xlsx", "Delivery Plan", [], []],
])("%s", (file, sheet, hiddenRows, hiddenColumns) => {
  it("reports the same hidden rows and columns through both adapters, in the same three syncs", async () => {
    const { fromFile, fromOffice, double } = await bothAdapters(file);
    const pick = (s: typeof fromFile) => s.sheets.map((x) => ({ name: x.name, hiddenRows: x.hiddenRows, hiddenColumns: x.hiddenColumns }));
    expect(pick(fromOffice)).toEqual(pick(fromFile));
    expect(fromOffice.sheets.find((s) => s.name === sheet)).toMatchObject({ hiddenRows, hiddenColumns });
    // Row and column properties ride in the cell sync, and the package is no sync at all.
    expect(double.syncCount).toBe(3);
  });

  it("reports the same outline levels and indents through both adapters, and closes the file", async () => {
    const { fromFile, fromOffice, double } = await bothAdapters(file);
    const pick = (s: typeof fromFile) => s.sheets.map((x) => ({ name: x.name, outlineLevels: x.outlineLevels, indentLevels: x.indentLevels }));
    expect(pick(fromOffice)).toEqual(pick(fromFile));
    expect(fromOffice.notes).toEqual(fromFile.notes);
    expect(double.document!.fileRequests).toBe(1);
    expect(double.document!.openFiles).toBe(0);
  });

  it("reads the same plan through both adapters, and the same again when the package cannot be had", async () => {
    const { fromFile, fromOffice } = await bothAdapters(file);
    expect(layout(readPlan(fromOffice))).toEqual(layout(readPlan(fromFile)));
    const { fromOffice: without } = await bothAdapters(file, { fileApi: false });
    expect(without.sheets.every((s) => s.outlineLevels === undefined && s.indentLevels === undefined)).toBe(true);
    if (file !== "26-indented-tasks.xlsx") expect(layout(readPlan(without))).toEqual(layout(readPlan(fromFile)));
    // Without indents, 26's unnumbered theme rows (roll-up dates, no lead or status) read as actions.
    else expect(layout(readPlan(without))).not.toEqual(layout(readPlan(fromFile)));
  });
});

it("the file adapter reads the Smartsheet export's outline levels, and the Office adapter the same from the package", async () => {
  const { fromFile, fromOffice } = await bothAdapters("16-smartsheet-export.xlsx");
  // Header row 1 and the three workstream rows (2, 6, 10) at level 0; their tasks at level 1.
  expect(fromFile.sheets[0].outlineLevels).toEqual([0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1]);
  expect(fromOffice.sheets[0].outlineLevels).toEqual([0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1]);
  // The builder indents each task's name (column A) by 1: rows 3-5, 7-9, 11-12.
  const indentOfA = fromOffice.sheets[0].indentLevels!.map((row) => row[0]);
  expect(indentOfA).toEqual([0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1]);
});

it("reads 26's theme rows as headings from the indent of the actions' names beneath them", async () => {
  const { fromOffice } = await bothAdapters("26-indented-tasks.xlsx");
  // Hand-read from scripts/build-layouts.js: themes on rows 5, 9, 12 (indent 0), their actions on
  // rows 6-8, 10-11 and 13-14 with the name in A indented 1; the grid starts at row 1.
  expect(fromOffice.sheets[0].indentLevels!.map((row) => row[0])).toEqual([0, 0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 0, 1, 1]);
  expect(fromOffice.sheets[0].outlineLevels).toBeUndefined();
  const read = readPlan(fromOffice);
  expect(read.ok && read.plan.headings.map((h) => h.row)).toEqual([5, 9, 12]);
  expect(read.ok && read.plan.actions.map((a) => a.row)).toEqual([6, 7, 8, 10, 11, 13, 14]);
});

describe("when the package cannot be had, the Office adapter leaves levels unknown and says why", () => {
  const WHY = /not used to find headings/;
  it.each([
    ["a host without requirement set File (Excel on iPad)", { fileApi: false }, /cannot give add-ins a copy/],
    ["permission denied (code 7000)", { fileError: { code: 7000, name: "Permission Denied", message: "You don't have sufficient permissions for this action." } }, /permission denied/],
    ["a network failure", { fileError: { code: 5001, name: "Internal Error", message: "A network problem has prevented retrieval of the file." } }, /network problem/],
  ])("%s", async (_, options, reason) => {
    const { fromOffice, double } = await bothAdapters("16-smartsheet-export.xlsx", options);
    expect(fromOffice.sheets[0].outlineLevels).toBeUndefined();
    expect(fromOffice.sheets[0].indentLevels).toBeUndefined();
    expect(fromOffice.notes).toEqual([expect.stringMatching(reason)]);
    expect(fromOffice.notes![0]).toMatch(WHY);
    expect(double.document!.openFiles).toBe(0);
    expect(double.syncCount).toBe(3);
  });

  it("a file over the cap is not fetched", async () => {
    const bytes = readFileSync(join(LAYOUTS, "16-smartsheet-export.xlsx"));
    const fromFile = await (await XlsxWorkbook.fromBytes(bytes)).readSnapshot();
    const double = createExcelDouble(fromFile, { file: new Uint8Array(bytes) });
    const snapshot = await withOutlineLevels(fromFile, double.document, double.supports, bytes.length - 1);
    expect(snapshot.notes).toEqual([expect.stringMatching(/too large/)]);
    expect(double.document!.openFiles).toBe(0);
  });

  it("a sheet edited since the package was written keeps unknown levels (rows may have moved)", async () => {
    const bytes = readFileSync(join(LAYOUTS, "16-smartsheet-export.xlsx"));
    const fromFile = await (await XlsxWorkbook.fromBytes(bytes)).readSnapshot();
    // A row inserted above the tasks since the save: the grids' text sits one row lower.
    const sheet = fromFile.sheets[0];
    const moved = { ...sheet, values: [sheet.values[0], sheet.values[1], sheet.values[1].map(() => ""), ...sheet.values.slice(2)] };
    const snapshot = await withOutlineLevels({ ...fromFile, sheets: [{ ...moved, outlineLevels: undefined, indentLevels: undefined }] }, createExcelDouble(fromFile, { file: new Uint8Array(bytes) }).document, () => true);
    expect(snapshot.sheets[0].outlineLevels).toBeUndefined();
    expect(snapshot.notes).toEqual([expect.stringMatching(/has changed since Excel last saved/)]);
  });
});

it("leaves hidden rows and columns unknown on a host without ExcelApi 1.9", async () => {
  const fromFile = await (await XlsxWorkbook.fromBytes(readFileSync(join(LAYOUTS, "21-hmicfrs-brag-tracker.xlsx")), "21.xlsx")).readSnapshot();
  const double = createExcelDouble(fromFile, { excelApi: "1.8" });
  const fromOffice = await new OfficeWorkbook(double.run, double.supports).readSnapshot();
  expect(fromOffice.sheets[0].hiddenColumns).toBeUndefined();
  expect(fromOffice.sheets[0].hiddenRows).toBeUndefined();
});
