import { readFileSync } from "node:fs";
import path from "node:path";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/plan/snapshot";
import { parseCell, parseRange } from "../../src/plan/cells";
import { XlsxWorkbook } from "../../src/xlsx";

const FIXTURES = path.join(__dirname, "../fixtures");

async function read(file: string): Promise<WorkbookSnapshot> {
  const workbook = await XlsxWorkbook.fromBytes(readFileSync(path.join(FIXTURES, file)), file);
  return workbook.readSnapshot();
}

function sheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const found = snapshot.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The value, text and number format of one cell of a sheet snapshot. */
function cell(s: SheetSnapshot, address: string) {
  const origin = parseRange(s.address);
  const { row, column } = parseCell(address);
  const r = row - origin.firstRow;
  const c = column - origin.firstColumn;
  return { value: s.values[r][c], text: s.text[r][c], numberFormat: s.numberFormat[r][c] };
}

describe("reading-improvement-plan.xlsx", () => {
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    snapshot = await read("reading-improvement-plan.xlsx");
  });

  it("lists the worksheets in tab order", () => {
    expect(snapshot.sheets.map((s) => [s.name, s.position, s.visibility])).toEqual([
      ["Action Plan", 0, "Visible"],
      ["Glossary", 1, "Visible"],
    ]);
    expect(snapshot.chartSheets).toEqual([]);
  });

  it("reads the used range with grids of its size", () => {
    const plan = sheet(snapshot, "Action Plan");
    expect(plan.address).toBe("A1:G239");
    for (const grid of [plan.values, plan.text, plan.numberFormat]) {
      expect(grid).toHaveLength(239);
      expect(grid.every((row) => row.length === 7)).toBe(true);
    }
  });

  it("reads text, date and TBC cells", () => {
    const plan = sheet(snapshot, "Action Plan");
    expect(cell(plan, "A5")).toEqual({ value: "Ref No", text: "Ref No", numberFormat: "General" });
    expect(cell(plan, "D9")).toEqual({ value: 42170, text: "15/06/2015", numberFormat: "dd/mm/yyyy" });
    expect(cell(plan, "D10")).toMatchObject({ value: "TBC", text: "TBC" });
    expect(cell(plan, "E9")).toEqual({ value: "", text: "", numberFormat: "General" });
  });

  it("reads merged areas and reports no hidden rows or columns", () => {
    const plan = sheet(snapshot, "Action Plan");
    expect(plan.merged).toContain("A6:G6");
    expect(plan.merged).toHaveLength(50);
    expect(plan.hiddenRows).toEqual([]);
    expect(plan.hiddenColumns).toEqual([]);
    expect(plan.tables).toEqual([]);
  });

  it("reads the glossary", () => {
    const glossary = sheet(snapshot, "Glossary");
    expect(glossary.address).toBe("A1:C46");
    expect(cell(glossary, "A2").value).toBe("AB");
  });

  it("reads in well under a second", async () => {
    const bytes = readFileSync(path.join(FIXTURES, "reading-improvement-plan.xlsx"));
    const start = performance.now();
    await (await XlsxWorkbook.fromBytes(bytes)).readSnapshot();
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe("reading-improvement-plan-table.xlsx", () => {
  let snapshot: WorkbookSnapshot;
  beforeAll(async () => {
    snapshot = await read("reading-improvement-plan-table.xlsx");
  });

  it("reads the table; totalsRowShown alone is no totals row", () => {
    const plan = sheet(snapshot, "Action Plan");
    expect(plan.tables).toEqual([{ name: "ActionPlan", address: "A5:I189", showHeaders: true, showTotals: false }]);
    expect(plan.address).toBe("A1:I189");
  });

  it("keeps dates typed as text as text", () => {
    const plan = sheet(snapshot, "Action Plan");
    const header = plan.values[4];
    const endDate = header.indexOf("End Date");
    expect(endDate).toBeGreaterThanOrEqual(0);
    const dates = plan.values.slice(5).map((row) => row[endDate]);
    expect(dates.every((v) => typeof v === "string")).toBe(true);
    expect(dates.some((v) => /\d{2}\/\d{2}\/\d{4}/.test(String(v)))).toBe(true);
    expect(plan.numberFormat[5][endDate]).toBe("@");
    expect(plan.text[5][endDate]).toBe(plan.values[5][endDate]);
  });
});
