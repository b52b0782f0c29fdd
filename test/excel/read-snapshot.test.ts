/** OfficeWorkbook.readSnapshot over the Excel double. */
import { OfficeWorkbook } from "../../src/excel";
import { WorkbookReadError } from "../../src/plan/port";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { createExcelDouble, type DoubleOptions } from "../excel-double";
import { planRows, workbookSnapshot } from "../excel-double/build";

const WEB_LIMIT = 5 * 1024 * 1024;

/** A plan laid out as staff keep it: title block, merged heading, a date, a table, a hidden sheet. */
function realisticPlan(): WorkbookSnapshot {
  const snapshot = workbookSnapshot(
    {
      name: "Action plan",
      rows: [
        ["Children's Services Improvement Plan", "", "", "", "", "", ""],
        ["Ref", "Action", "Owner", "Due", "Status", "Update", "RAG"],
        ["Workstream 1: Leadership", "", "", "", "", "", ""],
        ["1.1", "=SUM(A1)", "Director", 42185, "On track", "", "G"],
        ["1.2", "Audit files", "Head of QA", 42216, "Late", "12/05: chased", "R"],
      ],
      merged: ["A1:G1", "A3:G3"],
      tables: [{ name: "Actions", address: "A2:G5", showHeaders: true, showTotals: false }],
    },
    {
      name: "Glossary",
      rows: [
        ["Term", "Meaning"],
        ["RAG", "Red Amber Green"],
      ],
      at: "B2",
      visibility: "Hidden",
    },
    { name: "Empty", rows: [] },
  );
  const plan = snapshot.sheets[0];
  plan.text[3][3] = "30/06/2015";
  plan.text[4][3] = "31/07/2015";
  plan.numberFormat[3][3] = "dd/mm/yyyy";
  plan.numberFormat[4][3] = "dd/mm/yyyy";
  plan.text[3][1] = "#VALUE!"; // a formula result as Office shows it; the double keeps it as data
  return snapshot;
}

function read(snapshot: WorkbookSnapshot, options?: DoubleOptions, blockCells?: number) {
  const double = createExcelDouble(snapshot, options);
  return { double, workbook: new OfficeWorkbook(double.run, double.supports, { blockCells }) };
}

describe("OfficeWorkbook.readSnapshot", () => {
  it("returns the workbook's cells and structure exactly, in three syncs (structure, sizes, cells)", async () => {
    const snapshot = realisticPlan();
    const { double, workbook } = read(snapshot);
    await expect(workbook.readSnapshot()).resolves.toEqual(snapshot);
    expect(double.syncCount).toBe(3);
  });

  it("gives an empty sheet an empty address and empty grids, nothing hidden (as the file adapter does)", async () => {
    const { workbook } = read(realisticPlan());
    const empty = (await workbook.readSnapshot()).sheets[2];
    expect(empty).toMatchObject({ name: "Empty", address: "", values: [], text: [], numberFormat: [], merged: [], hiddenRows: [], hiddenColumns: [] });
  });

  it("reads hidden rows and columns with the cells, across row blocks, in no extra sync", async () => {
    // Rows 2-11 of A1:G11 (planRows(11): header + 10 actions); row 3 and row 9 hidden, column B and F hidden.
    const snapshot = workbookSnapshot({ name: "Plan", rows: planRows(11), hiddenRows: [3, 9], hiddenColumns: [2, 6] });
    // 14 cells a block = 2 rows of 7: six blocks, so row 9 sits in the fifth (rows 9-10) and its
    // index there (0) must be offset by the block's first row. Columns come with the first block only.
    const { double, workbook } = read(snapshot, {}, 14);
    await expect(workbook.readSnapshot()).resolves.toEqual(snapshot);
    // Structure, sizes, then one sync per block: the same count as without hidden rows.
    expect(double.syncCount).toBe(2 + 6);
  });

  it("lists sheets in tab order with their visibility, and no chart sheets", async () => {
    const { workbook } = read(realisticPlan());
    const result = await workbook.readSnapshot();
    expect(result.sheets.map((s) => [s.name, s.position, s.visibility])).toEqual([
      ["Action plan", 0, "Visible"],
      ["Glossary", 1, "Hidden"],
      ["Empty", 2, "Visible"],
    ]);
    expect(result.chartSheets).toEqual([]);
  });

  it("uses the same number of syncs for 10 rows and for 3,000 rows (21,000 cells: one response)", async () => {
    for (const rows of [10, 3_000]) {
      const snapshot = workbookSnapshot({ name: "Plan", rows: planRows(rows) });
      const { double, workbook } = read(snapshot);
      await expect(workbook.readSnapshot()).resolves.toEqual(snapshot);
      expect(double.syncCount).toBe(3);
    }
  });

  it("reports merged areas as none when ExcelApi 1.13 is missing", async () => {
    const { double, workbook } = read(realisticPlan(), { excelApi: "1.12" });
    const result = await workbook.readSnapshot();
    expect(result.sheets[0].merged).toEqual([]);
    expect(double.syncCount).toBe(3);
  });

  it("spells a one-cell used range A1:A1, as the file adapter does", async () => {
    const snapshot = workbookSnapshot({ name: "Notes", rows: [["only"]], at: "C3" });
    expect(snapshot.sheets[0].address).toBe("C3:C3");
    const { workbook } = read(snapshot);
    await expect(workbook.readSnapshot()).resolves.toEqual(snapshot);
  });

  it("strips quoted sheet names from areas and table addresses", async () => {
    const snapshot = workbookSnapshot({
      name: "It's, a plan!",
      rows: [
        ["a", "b"],
        ["c", "d"],
      ],
      merged: ["A1:B1"],
      tables: [{ name: "T", address: "A1:B2", showHeaders: true, showTotals: true }],
    });
    const { workbook } = read(snapshot);
    await expect(workbook.readSnapshot()).resolves.toEqual(snapshot);
  });

  it("on Excel on the web, sizes a plan too large for one response first and reads it in row blocks under 5 MB", async () => {
    const snapshot = workbookSnapshot(
      { name: "Plan", rows: planRows(20_000) },
      { name: "Notes", rows: [["x".repeat(3000)]] },
    );
    const { double, workbook } = read(snapshot, { responseLimitBytes: WEB_LIMIT });
    await expect(workbook.readSnapshot()).resolves.toEqual(snapshot);
    // Chosen up front (issue 11 item 4): no response ever went over the limit, no failed try.
    expect(Math.max(...double.responseBytesPerSync)).toBeLessThanOrEqual(WEB_LIMIT);
    // 2 (structure, sizes) + ceil(140,001 cells / 25,000) = 6 blocks.
    expect(double.syncCount).toBe(2 + 6);
  });

  it("halves the block when long text still makes a block too large", async () => {
    const long = Array.from({ length: 400 }, (_, i) => [`${i}`, "y".repeat(6000)]);
    const snapshot = workbookSnapshot({ name: "Plan", rows: long });
    const { double, workbook } = read(snapshot, { responseLimitBytes: 1_000_000 }, 800);
    await expect(workbook.readSnapshot()).resolves.toEqual(snapshot);
    const delivered = double.responseBytesPerSync.filter((b, i) => i >= 2 && b <= 1_000_000);
    expect(delivered.length).toBeGreaterThan(2);
  });

  it("wraps Office errors in WorkbookReadError with a plain message", async () => {
    const failing = new OfficeWorkbook(
      () => Promise.reject(Object.assign(new Error("Something went wrong."), { code: "GeneralException" })),
      () => true,
    );
    const error = await failing.readSnapshot().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    expect((error as Error).message).toMatch(
      /^Excel could not read this workbook\. Excel hit an internal error \(GeneralException\)\. Try again/,
    );
  });
});
