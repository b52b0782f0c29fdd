/**
 * Both adapters, one workbook: the real plans read through the file adapter, loaded into the
 * Excel double, read back through OfficeWorkbook. What Office.js cannot know (row outline levels,
 * chart sheets; see src/excel/read-snapshot.ts) is left out of the comparison; hidden rows and
 * columns are compared (getRowProperties/getColumnProperties, ExcelApi 1.9).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OfficeWorkbook } from "../../src/excel";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { XlsxWorkbook } from "../../src/xlsx";
import { createExcelDouble } from "../excel-double";

const FIXTURES = join(__dirname, "../fixtures");

function withoutFileOnlyFacts(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    chartSheets: [],
    ...(snapshot.dateSystem ? { dateSystem: snapshot.dateSystem } : {}),
    sheets: snapshot.sheets.map(({ outlineLevels: _levels, ...sheet }) => sheet),
  };
}

describe.each(["reading-improvement-plan.xlsx", "reading-improvement-plan-table.xlsx"])("%s", (file) => {
  it("reads the same through OfficeWorkbook over the double as through the file adapter", async () => {
    const fromFile = await (await XlsxWorkbook.fromBytes(readFileSync(join(FIXTURES, file)), file)).readSnapshot();
    const double = createExcelDouble(fromFile);
    const fromOffice = await new OfficeWorkbook(double.run, double.supports).readSnapshot();
    expect(fromOffice).toEqual(withoutFileOnlyFacts(fromFile));
    expect(double.syncCount).toBe(3);
  });
});
