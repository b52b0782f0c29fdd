import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/plan/snapshot";
import { parseCell, parseRange } from "../../src/plan/cells";
import { XlsxWorkbook } from "../../src/xlsx";

const DIR = path.join(__dirname, "../fixtures/package-features");
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".xlsx"));

async function read(file: string): Promise<{ workbook: XlsxWorkbook; snapshot: WorkbookSnapshot }> {
  const workbook = await XlsxWorkbook.fromBytes(readFileSync(path.join(DIR, file)), file);
  return { workbook, snapshot: await workbook.readSnapshot() };
}

function sheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const found = snapshot.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function cell(s: SheetSnapshot, address: string) {
  const origin = parseRange(s.address);
  const { row, column } = parseCell(address);
  const r = row - origin.firstRow;
  const c = column - origin.firstColumn;
  return { value: s.values[r][c], text: s.text[r][c], numberFormat: s.numberFormat[r][c] };
}

it("finds the package-feature workbooks", () => {
  expect(FILES).toEqual(expect.arrayContaining(["every-feature.xlsx", "tab-order-differs-from-part-names.xlsx"]));
  expect(FILES.length).toBeGreaterThanOrEqual(7);
});

describe.each(FILES)("%s", (file) => {
  let snapshot: WorkbookSnapshot;
  let workbook: XlsxWorkbook;
  beforeAll(async () => {
    ({ workbook, snapshot } = await read(file));
  });

  it("lists every worksheet with its visibility", () => {
    expect(snapshot.sheets.map((s) => s.name).sort()).toEqual(["Action Plan", "Lookups", "Pivot Summary"]);
    expect(sheet(snapshot, "Lookups").visibility).toBe("VeryHidden");
    expect(sheet(snapshot, "Action Plan").visibility).toBe("Visible");
    snapshot.sheets.forEach((s, i) => expect(s.position).toBe(i));
  });

  it("reads the plan: header on row 3, 20 actions on rows 4-23", () => {
    const plan = sheet(snapshot, "Action Plan");
    expect(plan.address).toBe("A1:H26");
    expect(plan.values[2]).toEqual(["Ref No", "Task/Action", "Role", "Status", "Start", "End Date", "Hours", "Update on Progress"]);
    const refs = plan.values.slice(3, 23).map((row) => row[0]);
    expect(refs).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(plan.values.slice(3, 23).every((row) => typeof row[1] === "string" && row[1] !== "")).toBe(true);
    expect(cell(plan, "A1").value).toBe("Q3 Improvement Action Plan \u2014 Operations");
  });

  it("reads structure: hidden column E, the merged title, the table", () => {
    const plan = sheet(snapshot, "Action Plan");
    expect(plan.hiddenColumns).toEqual([5]);
    expect(plan.hiddenRows).toEqual([]);
    expect(plan.merged).toEqual(["A1:G1"]);
    expect(plan.tables).toEqual([{ name: "ActionTable", address: "A3:H23", showHeaders: true, showTotals: false }]);
  });

  it("formats dates, hours and the total as Excel shows them", () => {
    const plan = sheet(snapshot, "Action Plan");
    expect(cell(plan, "E4")).toEqual({ value: 45474, text: "2024-07-01", numberFormat: "yyyy-mm-dd" });
    expect(cell(plan, "F4")).toEqual({ value: 45488, text: "15 Jul 2024", numberFormat: "dd mmm yyyy" });
    expect(cell(plan, "G4")).toEqual({ value: 1.5, text: "1.5h", numberFormat: '0.0"h"' });
    expect(cell(plan, "G25")).toEqual({ value: 145, text: "145.0h", numberFormat: '0.0"h"' });
    expect(cell(plan, "A4")).toEqual({ value: 1, text: "1", numberFormat: "General" });
  });

  it("reads the update cell H5 as its full text", () => {
    expect(cell(sheet(snapshot, "Action Plan"), "H5").value).toBe("02.07.24 BO: Progress note 2.");
  });

  it("keeps the package's parts and the sheets' relationships for a writer", () => {
    const pkg = workbook.pkg;
    expect(pkg.parts).toContain("xl/webextensions/webextension1.xml");
    expect(pkg.workbookPath).toBe("xl/workbook.xml");
    const plan = pkg.sheets.find((s) => s.name === "Action Plan");
    expect(plan).toMatchObject({ path: "xl/worksheets/sheet1.xml", kind: "worksheet", state: "visible", sheetId: 1 });
    expect(pkg.sheets.find((s) => s.name === "Lookups")?.state).toBe("veryHidden");
    const rels = pkg.relationships.get("xl/worksheets/sheet1.xml") ?? [];
    const comments = rels.find((r) => r.type.endsWith("/comments"));
    expect(comments).toBeDefined();
    expect(pkg.parts).toContain(comments?.target);
    expect(pkg.date1904).toBe(false);
  });
});

describe("tab-order-differs-from-part-names.xlsx", () => {
  it("lists Pivot Summary first and reads Action Plan from its own part", async () => {
    const { workbook, snapshot } = await read("tab-order-differs-from-part-names.xlsx");
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Pivot Summary", "Action Plan", "Lookups"]);
    expect(workbook.pkg.sheets.map((s) => s.path)).toEqual([
      "xl/worksheets/sheet2.xml",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet3.xml",
    ]);
    const pivot = sheet(snapshot, "Pivot Summary");
    expect(pivot.address).toBe("A3:B8");
    expect(cell(pivot, "A3").value).toBe("Row Labels");
    expect(sheet(snapshot, "Action Plan").position).toBe(1);
  });
});

describe("comments-other-path.xlsx", () => {
  it("resolves the notes part through its relationship", async () => {
    const { workbook } = await read("comments-other-path.xlsx");
    const rels = workbook.pkg.relationships.get("xl/worksheets/sheet1.xml") ?? [];
    expect(rels.find((r) => r.type.endsWith("/comments"))?.target).toBe("xl/comments/comment1.xml");
  });
});
