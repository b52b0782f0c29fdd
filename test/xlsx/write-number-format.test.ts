/** RangeWrite.numberFormat on the package writer: built-in ids, custom formats, reused clones. */
import { readFileSync } from "node:fs";
import { XlsxWorkbook } from "../../src/xlsx";
import { READING } from "../support/fixtures";
import { cellOf, cellXml, partText, sheetOf } from "./write-helpers";

describe("writing explicit number formats to an .xlsx", () => {
  it("uses built-in ids, adds a custom format once, reuses the workbook's own, and keeps strings strings", async () => {
    const workbook = await XlsxWorkbook.fromBytes(readFileSync(READING), "reading.xlsx");
    await workbook.apply({
      ensureSheets: [],
      writes: [
        { sheet: "Action Plan", address: "E45", values: [[1.5, 2.25]], asText: true, numberFormat: [["0.000", "0.000"]] },
        { sheet: "Action Plan", address: "E47", values: [[42185, "42"]], asText: false, numberFormat: [["dd/mm/yyyy", "General"]] },
        { sheet: "Action Plan", address: "E48", values: [["=1+1", 3]], asText: false, numberFormat: [["@", "0%"]] },
      ],
    });
    const sheet = sheetOf(await workbook.readSnapshot(), "Action Plan");
    expect(cellOf(sheet, "E45")).toEqual({ value: 1.5, text: "1.500", numberFormat: "0.000" });
    expect(cellOf(sheet, "F45")).toMatchObject({ value: 2.25, numberFormat: "0.000" });
    expect(cellOf(sheet, "E47")).toEqual({ value: 42185, text: "30/06/2015", numberFormat: "dd/mm/yyyy" });
    expect(cellOf(sheet, "F47")).toEqual({ value: "42", text: "42", numberFormat: "General" });
    expect(cellOf(sheet, "E48")).toEqual({ value: "=1+1", text: "=1+1", numberFormat: "@" });
    expect(cellOf(sheet, "F48")).toMatchObject({ value: 3, numberFormat: "0%" });

    const bytes = await workbook.toBytes();
    const styles = await partText(bytes, "xl/styles.xml");
    expect(styles.match(/<numFmt /g)).toHaveLength(2);
    expect(styles).toContain('<numFmt numFmtId="165" formatCode="0.000"/>');
    const xml = await partText(bytes, "xl/worksheets/sheet1.xml");
    // Same source style and format: one clone for both cells.
    expect(/ s="(\d+)"/.exec(cellXml(xml, "E45")!)?.[1]).toBe(/ s="(\d+)"/.exec(cellXml(xml, "F45")!)?.[1]);
    expect(cellXml(xml, "E48")).not.toContain("<f>");
  });
});
