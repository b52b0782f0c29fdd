/** The double itself must behave like Office where the adapter depends on it. */
import { createExcelDouble, DoubleError, FORMULA_TEXT } from "../excel-double";

const grid = () =>
  createExcelDouble({
    Plan: [
      ["Ref", "Action"],
      ["1.1", "Recruit"],
    ],
  });

describe("Excel double", () => {
  it("throws PropertyNotLoaded on a property that was not loaded", async () => {
    const double = grid();
    const context = double.openContext();
    const range = context.workbook.worksheets.getItem("Plan").getRange("A1:B2");
    expect(() => range.values).toThrow(/not available/);
    range.load("text");
    expect(() => range.text).toThrow(/not available/); // loaded but not synced
    await context.sync();
    expect(range.text).toEqual([
      ["Ref", "Action"],
      ["1.1", "Recruit"],
    ]);
    expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
  });

  it("throws on collection items and isNullObject before a sync", async () => {
    const context = grid().openContext();
    const sheets = context.workbook.worksheets.load("items/name");
    const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
    expect(() => sheets.items).toThrow(DoubleError);
    expect(() => missing.isNullObject).toThrow(DoubleError);
    await context.sync();
    expect(sheets.items.map((s) => s.name)).toEqual(["Plan"]);
    expect(missing.isNullObject).toBe(true);
  });

  it("applies writes only at sync, in queue order", async () => {
    const double = grid();
    const context = double.openContext();
    const range = context.workbook.worksheets.getItem("Plan").getRange("B2");
    range.values = [["Train staff"]];
    expect(double.cell("Plan", "B2").value).toBe("Recruit");
    range.load("values");
    await context.sync();
    expect(double.cell("Plan", "B2").value).toBe("Train staff");
    expect(range.values).toEqual([["Train staff"]]);
  });

  it("rejects an array that does not match the range, at sync like Office", async () => {
    const double = grid();
    const context = double.openContext();
    context.workbook.worksheets.getItem("Plan").getRange("A1:B1").values = [["one"]];
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(double.cell("Plan", "A1").value).toBe("Ref");
  });

  it("turns a string starting with = into a formula unless the cell is formatted @", async () => {
    const double = grid();
    const context = double.openContext();
    const sheet = context.workbook.worksheets.getItem("Plan");
    sheet.getRange("C1").values = [["=1+1"]];
    const asText = sheet.getRange("C2");
    asText.numberFormat = [["@"]];
    asText.values = [["=1+1"]];
    await context.sync();
    expect(double.cell("Plan", "C1")).toMatchObject({ formula: "=1+1", text: FORMULA_TEXT });
    expect(double.cell("Plan", "C2")).toMatchObject({ value: "=1+1", text: "=1+1", numberFormat: "@" });
    expect(double.cell("Plan", "C2").formula).toBeUndefined();
  });

  it("keeps a cell's format where a numberFormat array holds null", async () => {
    const double = grid();
    const context = double.openContext();
    context.workbook.worksheets.getItem("Plan").getRange("A1:B1").numberFormat = [[null, "@"]];
    await context.sync();
    expect(double.cell("Plan", "A1").numberFormat).toBe("General");
    expect(double.cell("Plan", "B1").numberFormat).toBe("@");
  });

  it("stores fill colours, selection and the active sheet", async () => {
    const double = createExcelDouble({ Plan: [["a"]], Other: [["b"]] });
    const context = double.openContext();
    const sheet = context.workbook.worksheets.getItem("Other");
    sheet.getRange("A1").format.fill.color = "#FFFF00";
    sheet.activate();
    sheet.getRange("B3:C4").select();
    await context.sync();
    expect(double.cell("Other", "A1").fill).toBe("#FFFF00");
    expect(double.state.activeSheet).toBe("Other");
    expect(double.state.selection).toEqual({ sheet: "Other", address: "B3:C4" });
  });

  it("fails a batch that returns with unsynced work, and a context used after its run", async () => {
    const double = grid();
    let kept: unknown;
    await expect(
      double.run(async (context) => {
        kept = context;
        context.workbook.worksheets.getItem("Plan").getRange("A1").values = [["x"]];
      }),
    ).rejects.toThrow(/unsynced/);
    expect(() =>
      (kept as Excel.RequestContext).workbook.worksheets.getItem("Plan").getRange("A1").load("values"),
    ).toThrow(/outside its Excel.run/);
  });

  it("counts syncs and estimates their bytes", async () => {
    const double = grid();
    await double.run(async (context) => {
      context.workbook.worksheets.getItem("Plan").getRange("A1:B2").load("values");
      await context.sync();
      context.workbook.worksheets.getItem("Plan").getRange("A1").values = [["x".repeat(1000)]];
      await context.sync();
    });
    expect(double.syncCount).toBe(2);
    expect(double.responseBytesPerSync[0]).toBeGreaterThan(
      JSON.stringify([
        ["Ref", "Action"],
        ["1.1", "Recruit"],
      ]).length,
    );
    expect(double.requestBytesPerSync[1]).toBeGreaterThan(1000);
  });

  it("rejects a response over its limit and delivers nothing", async () => {
    const double = createExcelDouble({ Plan: [["x".repeat(2000)]] }, { responseLimitBytes: 1000 });
    const context = double.openContext();
    const range = context.workbook.worksheets.getItem("Plan").getRange("A1").load("values");
    await expect(context.sync()).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    expect(() => range.values).toThrow(/not available/);
  });

  it("hides getMergedAreasOrNullObject below ExcelApi 1.13", () => {
    const double = createExcelDouble({ Plan: [["a"]] }, { excelApi: "1.12" });
    expect(double.supports("ExcelApi", "1.13")).toBe(false);
    expect(double.supports("ExcelApi", "1.12")).toBe(true);
    const range = double.openContext().workbook.worksheets.getItem("Plan").getRange();
    expect(() => range.getMergedAreasOrNullObject()).toThrow(TypeError);
  });
});
