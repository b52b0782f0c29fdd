import { readFileSync } from "node:fs";
import path from "node:path";
import { XlsxWorkbook } from "../../src/xlsx";

/** Issue 10 cause 5: the file adapter reads each row's `<row outlineLevel>`, 0 for ungrouped rows. */
describe("outline levels from the file", () => {
  it("reads the Smartsheet-style export's groups: summary rows at 0, their tasks at 1", async () => {
    const file = path.join(__dirname, "../fixtures/layouts/05-hierarchical-export.xlsx");
    const workbook = await XlsxWorkbook.fromBytes(readFileSync(file), "05-hierarchical-export.xlsx");
    const sheet = (await workbook.readSnapshot()).sheets[0];
    // The sheet's XML groups rows 3-5, 7-8 and 10-11 at outlineLevel="1"; rows 1, 2, 6 and 9 carry none.
    expect(sheet.outlineLevels?.slice(0, 11)).toEqual([0, 0, 1, 1, 1, 0, 1, 1, 0, 1, 1]);
  });
});
