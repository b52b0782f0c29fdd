/** The double's drawing support (formats, merges, charts, page set-up) behaves as the adapter relies on. */
import { createExcelDouble } from "../excel-double";

const grid = () =>
  createExcelDouble({
    Summary: [
      ["Workstream", "Actions", "Blue", "Red", "Note"],
      ["Leadership", 4, 1, 3, "a"],
      ["Practice", 6, 2, 4, "b"],
      ["All", 10, 3, 7, "c"],
    ],
  });

/** A context on the double and its `Summary` sheet, as the adapter would use them. */
function open(double = grid()) {
  const context = double.openContext();
  const sheet = context.workbook.worksheets.getItem("Summary");
  return { double, context, sheet, state: () => double.state.sheets[0] };
}

describe("Excel double: drawing a sheet", () => {
  it("formats every area of a RangeAreas in one sync, stored per cell and readable through load", async () => {
    const { double, context, sheet } = open();
    const format = sheet.getRanges("A1:B1, D2").format;
    format.font.bold = true;
    format.font.size = 12;
    format.font.color = "#1F3864";
    format.fill.color = "#D9E1F2";
    format.wrapText = true;
    format.horizontalAlignment = "Center";
    format.verticalAlignment = "Top";
    expect(double.cell("Summary", "A1").format).toBeUndefined(); // queued, not yet applied
    await context.sync();
    expect(double.syncCount).toBe(1);
    for (const address of ["A1", "B1", "D2"]) {
      expect(double.cell("Summary", address)).toMatchObject({
        fill: "#D9E1F2",
        format: { bold: true, fontSize: 12, fontColor: "#1F3864", wrapText: true, horizontalAlignment: "Center", verticalAlignment: "Top" },
      });
    }
    expect(double.cell("Summary", "C1").format).toBeUndefined();

    const same = sheet.getRange("A1:B1").format.font.load("bold,size");
    const mixed = sheet.getRange("A1:C1").format.font.load("bold");
    const fill = sheet.getRange("C1").format.fill.load("color");
    await context.sync();
    expect([same.bold, same.size, mixed.bold, fill.color]).toEqual([true, 12, null, "#FFFFFF"]);
  });

  it("puts edge borders on the outside cells and inside borders between cells", async () => {
    const { double, context, sheet } = open();
    const borders = sheet.getRange("A1:B2").format.borders;
    borders.getItem("EdgeTop").style = "Continuous";
    borders.getItem("InsideVertical").style = "Dot";
    borders.getItem("InsideVertical").color = "#808080";
    await context.sync();
    expect(double.cell("Summary", "A1").format?.borders).toEqual({ top: { style: "Continuous" }, right: { style: "Dot", color: "#808080" } });
    expect(double.cell("Summary", "B2").format?.borders).toEqual({ left: { style: "Dot", color: "#808080" } });
  });

  it("refuses what Excel refuses, at sync", async () => {
    const cases: [string, (sheet: ReturnType<typeof open>["sheet"]) => void][] = [
      ["alignment", (s) => (s.getRange("A1").format.horizontalAlignment = "Middle" as Excel.HorizontalAlignment)],
      ["colour", (s) => (s.getRange("A1").format.fill.color = "#12345")],
      ["border style", (s) => (s.getRange("A1").format.borders.getItem("EdgeTop").style = "Thick" as Excel.BorderLineStyle)],
      ["border edge", (s) => (s.getRange("A1").format.borders.getItem("Outside" as Excel.BorderIndex).style = "Continuous")],
      ["row height", (s) => (s.getRange("A1").format.rowHeight = 500)],
      ["address", (s) => void s.getRange("A1:").merge()],
      ["chart type", (s) => void s.charts.add("Bars" as Excel.ChartType, s.getRange("A1:D3"), "Columns")],
      ["zoom", (s) => (s.pageLayout.zoom = { scale: 80, horizontalFitToPages: 1 })],
      ["print titles", (s) => s.pageLayout.setPrintTitleRows("A1:B2")],
      ["tab colour", (s) => (s.tabColor = "navy blue")],
    ];
    for (const [what, act] of cases) {
      const { context, sheet } = open();
      act(sheet as never);
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" }).catch((e: unknown) => {
        throw new Error(`${what}: ${String(e)}`);
      });
    }
  });

  it("sets row heights and whole-column widths", async () => {
    const { context, sheet, state } = open();
    sheet.getRange("A2:A3").format.rowHeight = 32;
    sheet.getRange("B:C").format.columnWidth = 63;
    const width = sheet.getRange("C:C").format.load("columnWidth");
    const height = sheet.getRange("A4").format.load("rowHeight");
    await context.sync();
    expect(state().rowHeights).toEqual({ 2: 32, 3: 32 });
    expect(state().columnWidths).toEqual({ 2: 63, 3: 63 });
    expect([width.columnWidth, height.rowHeight]).toEqual([63, 15]);
  });

  it("merges keeping only the top-left value, replacing merges it overlaps; across merges row by row", async () => {
    const { double, context, sheet, state } = open();
    sheet.getRange("A1:B1").merge();
    sheet.getRange("B1:C1").merge(false);
    sheet.getRange("D2:E3").merge(true);
    await context.sync();
    expect(state().merged).toEqual([
      { firstRow: 1, firstColumn: 2, lastRow: 1, lastColumn: 3 },
      { firstRow: 2, firstColumn: 4, lastRow: 2, lastColumn: 5 },
      { firstRow: 3, firstColumn: 4, lastRow: 3, lastColumn: 5 },
    ]);
    expect(["A1", "B1", "C1", "D2", "E2"].map((a) => double.cell("Summary", a).value)).toEqual(["Workstream", "", "", 3, ""]);
  });

  it("adds a chart whose series follow the source's columns; getItemAt sees deletions made before it", async () => {
    const { context, sheet, state } = open();
    const chart = sheet.charts.add("BarStacked", sheet.getRange("A1:D3"), "Columns");
    chart.title.text = "By rating";
    chart.series.getItemAt(1).format.fill.setSolidColor("#2F5597");
    chart.series.getItemAt(0).delete();
    // After the delete, index 0 is "Blue".
    chart.series.getItemAt(0).format.fill.setSolidColor("#00B050");
    chart.setPosition("A6", "E20");
    const count = chart.series.load("count");
    const charts = sheet.charts.load("items/name");
    await context.sync();
    expect(state().charts).toEqual([
      {
        name: "Chart 1",
        type: "BarStacked",
        seriesBy: "Columns",
        source: "Summary!A1:D3",
        title: "By rating",
        categories: ["Leadership", "Practice"],
        series: [{ name: "Blue", color: "#00B050" }, { name: "Red" }],
        position: { from: "A6", to: "E20" },
      },
    ]);
    expect(count.count).toBe(2);
    expect(charts.items.map((c) => c.name)).toEqual(["Chart 1"]);

    chart.series.getItemAt(5).delete();
    await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("refuses a table name already used anywhere in the workbook (ignoring case) or with a space", async () => {
    const { double, context, sheet, state } = open();
    sheet.tables.add("A1:B3", true).name = "RAG_20150608_Workstreams";
    await context.sync();
    sheet.tables.add("D1:E3", true).name = "rag_20150608_workstreams";
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument", message: expect.stringMatching(/already exists/) });
    sheet.tables.getItem("RAG_20150608_Workstreams").name = "Two words";
    await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(state().tables.map((t) => t.name)).toEqual(["RAG_20150608_Workstreams", "Table2"]);
    expect(double.syncCount).toBe(3);
  });

  it("keeps the page set-up and tab colour", async () => {
    const { context, sheet, state } = open();
    const layout = sheet.pageLayout;
    layout.orientation = "Landscape";
    layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    layout.setPrintTitleRows("$1:$3");
    layout.headersFooters.defaultForAllPages.centerFooter = "Page &P of &N";
    sheet.tabColor = "#1F3864";
    await context.sync();
    expect(state().pageLayout).toEqual({ orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "$1:$3", centerFooter: "Page &P of &N" });
    expect(state().tabColor).toBe("#1F3864");
    const loaded = sheet.load("tabColor");
    const orientation = sheet.pageLayout.load("orientation");
    await context.sync();
    expect([loaded.tabColor, orientation.orientation]).toEqual(["#1F3864", "Landscape"]);
  });
});
