/**
 * The update job end to end on the Excel double: the Reading plan loaded into the double, read
 * through OfficeWorkbook, an update prepared by the core and applied through the adapter, as
 * the Add update view does it. Round trips are counted per step and held to a fixed number
 * whatever the plan's size.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OfficeWorkbook } from "../../src/excel";
import { CHANGE_LOG_HEADER } from "../../src/plan/change-log";
import { CHANGE_LOG_SHEET } from "../../src/plan/own-sheets";
import { ConflictError } from "../../src/plan/port";
import { prepareUpdate, type UpdateRequest } from "../../src/plan/prepare-update";
import { readPlan } from "../../src/plan/read-plan";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { XlsxWorkbook } from "../../src/xlsx";
import { buildSheet, buildWorkbook, dateCell, type BuiltCell } from "../support/snapshot-builder";
import { createExcelDouble, type ExcelDouble } from "../excel-double";

const READING = join(__dirname, "../fixtures/reading-improvement-plan.xlsx");

const E46_BEFORE =
  "27.05.15 KJ: Work has started with existing ATMs. 03.06. SS: referrals and allocations workshop (inc thresholds) held on 26.05.2015 as ATM's are currently taking on this role. Referral/allocation process mapped (inc transfer between A & A and MASH) and to be agreed in follow-up session. Sec 47 threshold discussion and new best practice introduced and mapped. !:1 process/case sessions being held on duty desk by SS.";
const ADDED = " 10.06.15 KJ: Thresholds workshop held";

async function readingSnapshot(): Promise<WorkbookSnapshot> {
  return (await XlsxWorkbook.fromBytes(readFileSync(READING), "reading-improvement-plan.xlsx")).readSnapshot();
}

const request = (target: UpdateRequest["target"], text = "Thresholds workshop held"): UpdateRequest => ({
  target,
  initials: "KJ",
  text,
  date: "2015-06-10",
  timestamp: "2015-06-10 14:03",
});

/** Reads the plan through the adapter, counting the read's round trips. */
async function readThrough(double: ExcelDouble, workbook: OfficeWorkbook) {
  double.resetCounters();
  const snapshot = await workbook.readSnapshot();
  const readSyncs = double.syncCount;
  const result = readPlan(snapshot);
  if (!result.ok) throw new Error(result.message);
  return { snapshot, plan: result.plan, readSyncs };
}

/** Prepares and applies one update through the adapter, counting the apply's round trips. */
async function updateThrough(double: ExcelDouble, workbook: OfficeWorkbook, target: UpdateRequest["target"], text?: string) {
  const { snapshot, plan, readSyncs } = await readThrough(double, workbook);
  const prepared = prepareUpdate(plan, snapshot, request(target, text));
  if (!prepared.ok) throw new Error(prepared.reason);
  double.resetCounters();
  await workbook.apply(prepared.changes);
  return { readSyncs, applySyncs: double.syncCount, responseBytes: double.responseBytesPerSync, prepared };
}

/** The double's cells of every sheet, as plain data to compare. */
function cellsOf(double: ExcelDouble) {
  return double.state.sheets.map((s) => [s.name, [...s.cells.entries()].map(([k, c]) => [k, { ...c }])]);
}

describe("Add update on the Excel double (Reading plan)", () => {
  let double: ExcelDouble;
  let workbook: OfficeWorkbook;
  beforeEach(async () => {
    double = createExcelDouble(await readingSnapshot());
    workbook = new OfficeWorkbook(double.run, double.supports);
  });

  it("appends to 69E's cell E46 as text and logs the change on a new sheet", async () => {
    const { readSyncs, applySyncs, responseBytes } = await updateThrough(double, workbook, { sheet: "Action Plan", row: 46 });

    expect(double.cell("Action Plan", "E46")).toMatchObject({ value: E46_BEFORE + ADDED, text: E46_BEFORE + ADDED, numberFormat: "@" });
    expect(double.cell("Action Plan", "E46").formula).toBeUndefined();
    const log = double.state.sheets.find((s) => s.name === CHANGE_LOG_SHEET);
    expect(log?.visibility).toBe("Visible");
    const row = (n: number) => CHANGE_LOG_HEADER.map((_, j) => double.cell(CHANGE_LOG_SHEET, `${String.fromCharCode(65 + j)}${n}`).text);
    expect(row(1)).toEqual(CHANGE_LOG_HEADER);
    expect(row(2)).toEqual(["2015-06-10 14:03", "KJ", "Action Plan", "E46", "69E", "update", E46_BEFORE, E46_BEFORE + ADDED, "General"]);
    expect(row(3)).toEqual(["", "", "", "", "", "", "", "", ""]);

    // Reading the workbook: 3 round trips (sheets and tables, used-range sizes, cells).
    expect(readSyncs).toBe(3);
    // Applying: 1 round trip reads the guarded cell (and whether the log sheet exists), 1 writes.
    expect(applySyncs).toBe(2);
    expect(responseBytes[0]).toBeGreaterThan(E46_BEFORE.length);

    // Read back through the adapter: the plan now ends 69E's log with the new entry.
    const again = await readThrough(double, workbook);
    const a69e = again.plan.actions.find((a) => a.ref === "69E")!;
    expect(a69e.updates.at(-1)).toMatchObject({ date: "2015-06-10", initials: "KJ", text: "Thresholds workshop held" });
    expect(a69e.updates).toHaveLength(3);
  });

  it("a second update appends a second log row; with the log present, applying costs 3 round trips", async () => {
    await updateThrough(double, workbook, { ref: "69E" });
    const second = await updateThrough(double, workbook, { ref: "69E" }, "Duty manager trained");
    expect(double.cell("Action Plan", "E46").text).toBe(`${E46_BEFORE}${ADDED} 10.06.15 KJ: Duty manager trained`);
    expect(double.cell(CHANGE_LOG_SHEET, "H3").text).toBe(`${E46_BEFORE}${ADDED} 10.06.15 KJ: Duty manager trained`);
    expect(double.state.sheets.filter((s) => s.name === CHANGE_LOG_SHEET)).toHaveLength(1);
    // Existence of the log sheet, then the guard on its next row (a sheet that may not exist
    // cannot be queued in the same sync), then the write.
    expect(second.applySyncs).toBe(3);
  });

  it("text that looks like a formula stays text in the cell and the log", async () => {
    await updateThrough(double, workbook, { ref: "69E" }, "=1+1");
    expect(double.cell("Action Plan", "E46")).toMatchObject({ text: `${E46_BEFORE} 10.06.15 KJ: =1+1`, numberFormat: "@" });
    expect(double.cell(CHANGE_LOG_SHEET, "H2").formula).toBeUndefined();
  });

  it("a co-author's edit between read and apply throws ConflictError and writes nothing", async () => {
    const { snapshot, plan } = await readThrough(double, workbook);
    const prepared = prepareUpdate(plan, snapshot, request({ sheet: "Action Plan", row: 46 }));
    if (!prepared.ok) throw new Error(prepared.reason);

    // Someone else adds to E46 in Excel after the pane read it.
    const coauthor = `${E46_BEFORE} 09.06.15 SS: Duty manager started`;
    const context = double.openContext();
    context.workbook.worksheets.getItem("Action Plan").getRange("E46").values = [[coauthor]];
    await context.sync();
    context.open = false;
    const before = cellsOf(double);
    const sheetsBefore = double.state.sheets.map((s) => s.name);

    const error = await workbook.apply(prepared.changes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).conflicts).toEqual([{ sheet: "Action Plan", address: "E46", expected: E46_BEFORE, actual: coauthor }]);
    expect(cellsOf(double)).toEqual(before);
    expect(double.state.sheets.map((s) => s.name)).toEqual(sheetsBefore);
    expect(sheetsBefore).not.toContain(CHANGE_LOG_SHEET);
  });
});

/** A plan of `n` actions under a title block, with dates, statuses and dated updates. */
function generatedPlan(n: number): WorkbookSnapshot {
  const rows: BuiltCell[][] = [["Generated Improvement Plan"], [], ["Ref", "Action", "Lead Officer", "End Date", "Update on Progress", "Status"]];
  for (let i = 1; i <= n; i++) {
    const serial = 42150 + (i % 90);
    const day = new Date(Date.UTC(1899, 11, 30 + serial));
    const text = `${String(day.getUTCDate()).padStart(2, "0")}/${String(day.getUTCMonth() + 1).padStart(2, "0")}/${day.getUTCFullYear()}`;
    rows.push([
      String(i),
      `Action ${i}: improve the quality of supervision and case recording across the service`,
      i % 3 === 0 ? "Head of Service" : "Service Manager - Access",
      dateCell(serial, text),
      `27.05.15 KJ: Work started on action ${i}. 03.06.15 SS: Progress reviewed at the practice meeting.`,
      i % 5 === 0 ? "Not Started" : "In Progress (on track)",
    ]);
  }
  return buildWorkbook(buildSheet("Action Plan", rows));
}

describe("round trips do not grow with the plan", () => {
  it.each([200, 2000])("%i actions: read 3, first update 2, next update 3", async (n) => {
    const double = createExcelDouble(generatedPlan(n));
    const workbook = new OfficeWorkbook(double.run, double.supports);
    const last = { sheet: "Action Plan", row: 3 + n };

    const first = await updateThrough(double, workbook, last);
    const second = await updateThrough(double, workbook, { ref: String(n) }, "Second entry");
    expect([first.readSyncs, first.applySyncs, second.readSyncs, second.applySyncs]).toEqual([3, 2, 3, 3]);
    expect(double.cell("Action Plan", `E${3 + n}`).text).toMatch(/ 10\.06\.15 KJ: Thresholds workshop held 10\.06\.15 KJ: Second entry$/);
    expect(double.cell(CHANGE_LOG_SHEET, "E3").text).toBe(String(n));
  });
});
