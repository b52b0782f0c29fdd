/** The pane's Office helpers, over the Excel double. */
import { isInExcel, onSelectionChanged, selectCell, supports } from "../../src/excel";
import { canonicalRange, splitAreas, splitSheetAddress, stripSheetName } from "../../src/excel/addresses";
import { createExcelDouble } from "../excel-double";

describe("office-host", () => {
  it("is not in Excel, and supports nothing, when Office is absent", async () => {
    await expect(isInExcel()).resolves.toBe(false);
    expect(supports("ExcelApi", "1.1")).toBe(false);
  });

  it("tells Excel from another host through Office.onReady", async () => {
    const g = globalThis as unknown as { Office?: unknown };
    try {
      g.Office = { onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }) };
      await expect(isInExcel()).resolves.toBe(true);
      g.Office = { onReady: () => Promise.resolve({ host: null, platform: null }) };
      await expect(isInExcel()).resolves.toBe(false);
    } finally {
      delete g.Office;
    }
  });

  it("selects a cell on another sheet in one sync", async () => {
    const double = createExcelDouble({ Plan: [["a"]], Log: [["b"]] });
    await selectCell("Log", "B7", double.run);
    expect(double.state).toMatchObject({ activeSheet: "Log", selection: { sheet: "Log", address: "B7" } });
    expect(double.syncCount).toBe(1);
  });

  it("reports each selection with its sheet until removed", async () => {
    const double = createExcelDouble({ "Action plan": [["a"]] });
    const seen: unknown[] = [];
    const remove = await onSelectionChanged((s) => seen.push(s), double);
    expect(double.syncCount).toBe(1);
    await double.userSelects("Action plan", "C4:D5");
    expect(seen).toEqual([{ sheet: "Action plan", address: "C4:D5" }]);
    expect(double.syncCount).toBe(2); // one read per change
    await remove();
    await double.userSelects("Action plan", "A1");
    expect(seen).toHaveLength(1);
  });
});

describe("Office address parsing", () => {
  it("splits and strips sheet names, quoted or not", () => {
    expect(stripSheetName("Sheet1!A1:G239")).toBe("A1:G239");
    expect(stripSheetName("A1")).toBe("A1");
    expect(splitSheetAddress("'It''s, a plan!'!E46")).toEqual({ sheet: "It's, a plan!", address: "E46" });
  });

  it("splits merged areas", () => {
    expect(splitAreas("Sheet1!A6:G6, Sheet1!A20:G20")).toEqual(["A6:G6", "A20:G20"]);
    expect(splitAreas("'a, b!'!$A$1:$B$2,'a, b!'!C3:D4")).toEqual(["A1:B2", "C3:D4"]);
    expect(splitAreas("")).toEqual([]);
  });

  it("spells ranges as the file adapter does", () => {
    expect(canonicalRange("'My plan'!$E$46")).toBe("E46:E46");
    expect(canonicalRange("Sheet1!A1:G239")).toBe("A1:G239");
  });
});
