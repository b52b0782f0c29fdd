/**
 * Highlighting findings in the sheet through OfficeSheetActions, on the Excel double loaded with
 * the Reading plan: the marks are conditional formats, so clearing them must leave every cell,
 * and every rule the user had, exactly as it was; round trips do not grow with the cells.
 */
import { readFileSync } from "node:fs";
import { OfficeSheetActions } from "../../src/excel";
import { HIGHLIGHT_FILL, addressLists, isHighlightFormula } from "../../src/excel/highlight";
import { parseCell } from "../../src/plan/cells";
import type { SheetCell } from "../../src/plan/port";
import { readPlan } from "../../src/plan/read-plan";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { validatePlan } from "../../src/plan/validate";
import { XlsxWorkbook } from "../../src/xlsx";
import { createExcelDouble, type ExcelDouble } from "../excel-double";
import type { SheetState } from "../excel-double/state";
import { READING } from "../support/fixtures";

const PLAN = "Action Plan";

let snapshot: WorkbookSnapshot;
let findingCells: SheetCell[];

beforeAll(async () => {
  snapshot = await (await XlsxWorkbook.fromBytes(readFileSync(READING), "reading-improvement-plan.xlsx")).readSnapshot();
  const read = readPlan(snapshot);
  if (!read.ok) throw new Error(read.message);
  const seen = new Set<string>();
  findingCells = [];
  for (const f of validatePlan(read.plan, "2015-06-08").findings) {
    const key = `${f.sheet}!${f.cell}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findingCells.push({ sheet: f.sheet, address: f.cell });
  }
});

function sheet(double: ExcelDouble, name: string): SheetState {
  return double.state.sheets.find((s) => s.name === name)!;
}

/** The Reading plan in the double, with formatting of the user's own to be preserved. */
function readingDouble(): ExcelDouble {
  const double = createExcelDouble(snapshot);
  const plan = sheet(double, PLAN);
  // Some flagged cells and their neighbours carry a fill of their own.
  for (const key of ["17,7", "19,7", "20,1", "26,4"]) {
    const cell = plan.cells.get(key);
    if (cell) plan.cells.set(key, { ...cell, fill: "#C6EFCE" });
  }
  // The user's own rules: a custom rule (same always-true idea, no marker) and a cell-value rule.
  plan.conditionalFormats.push(
    { id: "{USER-1}", type: "Custom", areas: [{ firstRow: 5, firstColumn: 7, lastRow: 300, lastColumn: 7 }], formula: "=TRUE", fill: "#FFC7CE" },
    { id: "{USER-2}", type: "CellValue", areas: [{ firstRow: 5, firstColumn: 4, lastRow: 300, lastColumn: 4 }] },
  );
  return double;
}

/** Every cell (value, text, number format, formula, fill) and every rule, as plain data. */
function formatting(double: ExcelDouble) {
  return double.state.sheets.map((s) => ({
    name: s.name,
    cells: [...s.cells.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => [k, { ...c }]),
    conditionalFormats: s.conditionalFormats.map((f) => ({ ...f, areas: f.areas.map((a) => ({ ...a })) })),
  }));
}

function ourRules(double: ExcelDouble) {
  return double.state.sheets.flatMap((s) => s.conditionalFormats.filter((f) => isHighlightFormula(f.formula)).map((f) => ({ sheet: s.name, ...f })));
}

/** Whether a cell lies in one of our rules' areas. */
function marked(double: ExcelDouble, sheetName: string, row: number, column: number): boolean {
  return ourRules(double).some(
    (f) => f.sheet === sheetName && f.areas.some((a) => a.firstRow <= row && row <= a.lastRow && a.firstColumn <= column && column <= a.lastColumn),
  );
}

describe("highlighting findings in the sheet", () => {
  it("finds 300+ distinct cells to mark in the Reading plan as at 8 June 2015", () => {
    expect(findingCells.length).toBeGreaterThanOrEqual(300);
  });

  it("marks every finding's cell with one fill rule, then clears leaving every cell and rule exactly as before", async () => {
    const double = readingDouble();
    const actions = new OfficeSheetActions(double.run);
    const before = formatting(double);

    await actions.highlight(findingCells);
    const rules = ourRules(double);
    expect(rules).toHaveLength(1); // one sheet, one address list well under the limit
    expect(rules[0]).toMatchObject({ sheet: PLAN, type: "Custom", fill: HIGHLIGHT_FILL });
    for (const cell of findingCells) {
      const { row, column } = parseCell(cell.address);
      expect(marked(double, cell.sheet, row, column)).toBe(true);
    }
    // Our rule sits above the user's; the user's rules and all cells are untouched meanwhile.
    expect(sheet(double, PLAN).conditionalFormats[0]).toBe(sheet(double, PLAN).conditionalFormats.find((f) => isHighlightFormula(f.formula)));
    const during = formatting(double);
    expect(during.map((s) => s.cells)).toEqual(before.map((s) => s.cells));
    expect(during.find((s) => s.name === PLAN)!.conditionalFormats.filter((f) => !isHighlightFormula(f.formula))).toEqual(
      before.find((s) => s.name === PLAN)!.conditionalFormats,
    );

    await actions.clearHighlights();
    expect(formatting(double)).toEqual(before);
  });

  it("costs the same round trips for 5 cells as for 300, and highlighting again replaces the marks", async () => {
    const small = readingDouble();
    await new OfficeSheetActions(small.run).highlight(findingCells.slice(0, 5));
    const large = readingDouble();
    await new OfficeSheetActions(large.run).highlight(findingCells.slice(0, 300));
    expect(small.syncCount).toBe(4);
    expect(large.syncCount).toBe(small.syncCount);

    // Again, with other cells: still one rule, and still 4 round trips.
    large.resetCounters();
    await new OfficeSheetActions(large.run).highlight(findingCells.slice(0, 5));
    expect(large.syncCount).toBe(4);
    expect(ourRules(large)).toHaveLength(1);
    expect(marked(large, PLAN, 17, 7)).toBe(findingCells.slice(0, 5).some((c) => c.address === "G17"));

    small.resetCounters();
    large.resetCounters();
    await new OfficeSheetActions(small.run).clearHighlights();
    await new OfficeSheetActions(large.run).clearHighlights();
    expect(small.syncCount).toBe(4);
    expect(large.syncCount).toBe(4);
    expect(ourRules(small)).toEqual([]);
    expect(ourRules(large)).toEqual([]);
  });

  it("clears marks left by an earlier session (nothing needs remembering) and is cheap when there are none", async () => {
    const double = readingDouble();
    const before = formatting(double);
    await new OfficeSheetActions(double.run).highlight(findingCells);
    // A new pane (new object, nothing in memory) clears what the old one added.
    double.resetCounters();
    await new OfficeSheetActions(double.run).clearHighlights();
    expect(formatting(double)).toEqual(before);
    // Nothing of ours left: three reads, no write.
    double.resetCounters();
    await new OfficeSheetActions(double.run).clearHighlights();
    expect(double.syncCount).toBe(3);
    expect(formatting(double)).toEqual(before);
  });

  it("splits long address lists into several rules added in the same round trip", async () => {
    // 3,000 separate cells (every other row): far beyond one address list.
    const rows: string[][] = Array.from({ length: 6000 }, (_, i) => [`row ${i + 1}`]);
    const double = createExcelDouble({ Plan: rows, Other: [["x"]] });
    const cells: SheetCell[] = Array.from({ length: 3000 }, (_, i) => ({ sheet: "Plan", address: `A${2 * i + 1}` }));
    const before = formatting(double);
    await new OfficeSheetActions(double.run).highlight([...cells, { sheet: "Gone", address: "A1" }, { sheet: "Other", address: "A1" }]);
    expect(double.syncCount).toBe(3); // no custom rules yet: the formula read is skipped
    const rules = ourRules(double);
    expect(rules.filter((r) => r.sheet === "Plan").length).toBeGreaterThan(1);
    expect(rules.filter((r) => r.sheet === "Other")).toHaveLength(1);
    expect(rules.flatMap((r) => (r.sheet === "Plan" ? r.areas : [])).length).toBe(3000);
    await new OfficeSheetActions(double.run).clearHighlights();
    expect(formatting(double)).toEqual(before);
  });
});

describe("addressLists", () => {
  it("drops duplicates and joins cells into rectangles", () => {
    // A3 and B3 sit side by side on row 3: one rectangle; G17-G19 run down G; G21 stands alone.
    expect(addressLists(["G19", "G17", "G18", "A3", "G19", "G21", "B3"])).toEqual(["A3:B3,G17:G19,G21"]);
    // B6:D9 is a block: the same run of rows (6-9) in three neighbouring columns.
    const block = ["B", "C", "D"].flatMap((c) => [6, 7, 8, 9].map((r) => `${c}${r}`));
    expect(addressLists([...block, "F6"])).toEqual(["B6:D9,F6"]);
  });

  it("caps every list at 256 areas (Excel fails on some lists of 513, office-js #5198)", () => {
    // 600 separate cells (every other row of A): 600 areas, 3 lists of at most 256.
    const lists = addressLists(Array.from({ length: 600 }, (_, i) => `A${2 * i + 1}`));
    expect(lists.map((l) => l.split(",").length)).toEqual([256, 256, 88]);
  });

  it("keeps every list under the limit", () => {
    const lists = addressLists(Array.from({ length: 50 }, (_, i) => `C${i * 2 + 1}`), 20);
    expect(lists.every((l) => l.length <= 20)).toBe(true);
    expect(lists.join(",").split(",")).toHaveLength(50);
  });
});
