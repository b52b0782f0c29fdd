/** The double's conditional formats and RangeAreas must behave like Office where highlighting depends on them. */
import { createExcelDouble, DoubleError } from "../excel-double";

const grid = () => createExcelDouble({ Plan: [["Ref", "Status"], ["1", "Open"], ["2", "Done"]] });
const plan = (double: ReturnType<typeof grid>) => double.state.sheets.find((s) => s.name === "Plan")!;

describe("Excel double: conditional formats", () => {
  it("adds one custom rule over several areas at the top priority, only at sync", async () => {
    const double = grid();
    plan(double).conditionalFormats.push({ id: "{OLD}", type: "CellValue", areas: [{ firstRow: 1, firstColumn: 1, lastRow: 3, lastColumn: 1 }] });
    const context = double.openContext();
    const format = context.workbook.worksheets.getItem("Plan").getRanges("A2, B3:B4").conditionalFormats.add("Custom");
    format.custom.rule.formula = "=TRUE";
    format.custom.format.fill.color = "#FFEB9C";
    expect(plan(double).conditionalFormats).toHaveLength(1);
    await context.sync();
    expect(plan(double).conditionalFormats[0]).toMatchObject({
      type: "Custom",
      formula: "=TRUE",
      fill: "#FFEB9C",
      areas: [
        { firstRow: 2, firstColumn: 1, lastRow: 2, lastColumn: 1 },
        { firstRow: 3, firstColumn: 2, lastRow: 4, lastColumn: 2 },
      ],
    });
    expect(plan(double).conditionalFormats[1].id).toBe("{OLD}");
  });

  it("lists the rules touching a range, reads ids and types after a sync, and deletes by item", async () => {
    const double = grid();
    plan(double).conditionalFormats.push(
      { id: "{A}", type: "Custom", areas: [{ firstRow: 2, firstColumn: 2, lastRow: 2, lastColumn: 2 }], formula: "=X" },
      { id: "{B}", type: "CellValue", areas: [{ firstRow: 9, firstColumn: 9, lastRow: 9, lastColumn: 9 }] },
    );
    const context = double.openContext();
    const touching = context.workbook.worksheets.getItem("Plan").getRange("A1:C3").conditionalFormats.load("items/id, items/type");
    expect(() => touching.items).toThrow(DoubleError);
    await context.sync();
    expect(touching.items.map((f) => [f.id, f.type])).toEqual([["{A}", "Custom"]]);
    const rule = touching.items[0].custom.rule.load("formula");
    await context.sync();
    expect(rule.formula).toBe("=X");
    context.workbook.worksheets.getItem("Plan").getRange().conditionalFormats.getItem("{B}").delete();
    await context.sync();
    expect(plan(double).conditionalFormats.map((f) => f.id)).toEqual(["{A}"]);
  });

  it("refuses the custom parts of another type of rule, unknown ids and over-long address lists, at sync", async () => {
    const double = grid();
    plan(double).conditionalFormats.push({ id: "{B}", type: "CellValue", areas: [{ firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 1 }] });
    const context = double.openContext();
    const sheet = context.workbook.worksheets.getItem("Plan");
    sheet.getRange().conditionalFormats.getItem("{B}").custom.rule.load("formula");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
    sheet.getRange().conditionalFormats.getItem("{NOPE}").delete();
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    const long = Array.from({ length: 2000 }, (_, i) => `A${i * 2 + 1}`).join(",");
    sheet.getRanges(long).conditionalFormats.add("Custom");
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(plan(double).conditionalFormats.map((f) => f.id)).toEqual(["{B}"]);
  });
});
