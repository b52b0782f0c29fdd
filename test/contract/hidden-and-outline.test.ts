/**
 * Issue 10 item 5: both adapters read hidden rows and columns the same way, and read the same plan
 * from hierarchical exports. Each gallery workbook is read through the file adapter, loaded into
 * the Excel double (which answers `getRowProperties`/`getColumnProperties` as Microsoft documents
 * them, test/excel-double/row-column-properties.ts) and read back through OfficeWorkbook.
 *
 * One difference is documented, not hidden: Office.js has no property that reads a row's outline
 * level (src/excel/read-snapshot.ts), so the Office adapter reports `outlineLevels` unknown where
 * the file adapter reads `<row outlineLevel>`. The plan read must still be the same: summary rows
 * are told by what they hold, or by an `Outline Level` column (src/plan/outline-column.ts).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OfficeWorkbook } from "../../src/excel";
import type { PlanReadResult } from "../../src/plan/read-plan";
import { readPlan } from "../../src/plan/read-plan";
import { XlsxWorkbook } from "../../src/xlsx";
import { createExcelDouble } from "../excel-double";

const LAYOUTS = join(__dirname, "../fixtures/layouts");

async function bothAdapters(file: string) {
  const fromFile = await (await XlsxWorkbook.fromBytes(readFileSync(join(LAYOUTS, file)), file)).readSnapshot();
  const double = createExcelDouble(fromFile);
  const fromOffice = await new OfficeWorkbook(double.run, double.supports).readSnapshot();
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
])("%s", (file, sheet, hiddenRows, hiddenColumns) => {
  it("reports the same hidden rows and columns through both adapters, in the same three syncs", async () => {
    const { fromFile, fromOffice, double } = await bothAdapters(file);
    const pick = (s: typeof fromFile) => s.sheets.map((x) => ({ name: x.name, hiddenRows: x.hiddenRows, hiddenColumns: x.hiddenColumns }));
    expect(pick(fromOffice)).toEqual(pick(fromFile));
    expect(fromOffice.sheets.find((s) => s.name === sheet)).toMatchObject({ hiddenRows, hiddenColumns });
    // Row and column properties ride in the cell sync: no round trip of their own.
    expect(double.syncCount).toBe(3);
  });

  it("reads the same plan through both adapters, outline levels or not", async () => {
    const { fromFile, fromOffice } = await bothAdapters(file);
    // The one documented difference: the Office adapter cannot read outline levels.
    expect(fromOffice.sheets.every((s) => s.outlineLevels === undefined)).toBe(true);
    expect(layout(readPlan(fromOffice))).toEqual(layout(readPlan(fromFile)));
  });
});

it("the file adapter reads the outline levels of the hierarchical exports the Office adapter cannot", async () => {
  const { fromFile } = await bothAdapters("16-smartsheet-export.xlsx");
  // Header row 1 and the three workstream rows (2, 6, 10) at level 0; their tasks at level 1.
  expect(fromFile.sheets[0].outlineLevels).toEqual([0, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1]);
});

it("leaves hidden rows and columns unknown on a host without ExcelApi 1.9", async () => {
  const fromFile = await (await XlsxWorkbook.fromBytes(readFileSync(join(LAYOUTS, "21-hmicfrs-brag-tracker.xlsx")), "21.xlsx")).readSnapshot();
  const double = createExcelDouble(fromFile, { excelApi: "1.8" });
  const fromOffice = await new OfficeWorkbook(double.run, double.supports).readSnapshot();
  expect(fromOffice.sheets[0].hiddenColumns).toBeUndefined();
  expect(fromOffice.sheets[0].hiddenRows).toBeUndefined();
});
