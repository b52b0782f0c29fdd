/**
 * Undo from the change log on the Excel double, through OfficeWorkbook: the Reading plan's
 * changes undone one by one restore each cell's value and number format exactly.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OfficeWorkbook } from "../../src/excel";
import { CHANGE_LOG_ENSURE, changeLogWrite } from "../../src/plan/change-log";
import { ConflictError } from "../../src/plan/port";
import { prepareUpdate, type UpdateRequest } from "../../src/plan/prepare-update";
import { readPlan } from "../../src/plan/read-plan";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { prepareUndo, readChangeLog } from "../../src/plan/undo";
import { XlsxWorkbook } from "../../src/xlsx";
import { createExcelDouble, type ExcelDouble } from "../excel-double";

const READING = join(__dirname, "../fixtures/reading-improvement-plan.xlsx");
const who = { initials: "SS", timestamp: "2015-06-11 09:00" };

async function readingSnapshot(): Promise<WorkbookSnapshot> {
  return (await XlsxWorkbook.fromBytes(readFileSync(READING), "reading-improvement-plan.xlsx")).readSnapshot();
}

async function update(workbook: OfficeWorkbook, ref: string, status?: string): Promise<void> {
  const snapshot = await workbook.readSnapshot();
  const plan = readPlan(snapshot);
  if (!plan.ok) throw new Error(plan.message);
  const request: UpdateRequest = { target: { ref }, initials: "KJ", text: "Thresholds workshop held", date: "2015-06-10", status, timestamp: "2015-06-10 14:03" };
  const prepared = prepareUpdate(plan.plan, snapshot, request);
  if (!prepared.ok) throw new Error(prepared.reason);
  await workbook.apply(prepared.changes);
}

async function undo(workbook: OfficeWorkbook, row: number): Promise<void> {
  const prepared = prepareUndo(await workbook.readSnapshot(), row, who);
  if (!prepared.ok) throw new Error(prepared.reason);
  await workbook.apply(prepared.changes);
}

const stateOf = (double: ExcelDouble, address: string) => {
  const { value, text, numberFormat, formula } = double.cell("Action Plan", address);
  return { value, text, numberFormat, formula };
};

describe("Undo on the Excel double (Reading plan)", () => {
  let double: ExcelDouble;
  let workbook: OfficeWorkbook;
  beforeEach(async () => {
    double = createExcelDouble(await readingSnapshot());
    workbook = new OfficeWorkbook(double.run, double.supports);
  });

  it("undoes an update and a status change, restoring value, text and number format exactly", async () => {
    const original = Object.fromEntries(["E46", "E43", "G43"].map((a) => [a, stateOf(double, a)]));
    await update(workbook, "69E");
    await update(workbook, "69A", "Complete");
    expect(stateOf(double, "G43")).toMatchObject({ value: "Complete", numberFormat: "@" });
    expect(readChangeLog(await workbook.readSnapshot()).map((c) => [c.row, c.cell, c.field, c.formatBefore])).toEqual([
      [2, "E46", "update", "General"],
      [3, "E43", "update", "General"],
      [4, "G43", "status", "General"],
    ]);

    await undo(workbook, 4);
    expect(stateOf(double, "G43")).toEqual(original.G43);
    await undo(workbook, 2);
    await undo(workbook, 3);
    for (const address of ["E46", "E43", "G43"]) expect(stateOf(double, address)).toEqual(original[address]);

    const log = readChangeLog(await workbook.readSnapshot());
    expect(log.slice(3).map((c) => [c.row, c.initials, c.cell, c.field, c.before, c.formatBefore])).toEqual([
      [5, "SS", "G43", "undo status", "Complete", "@"],
      [6, "SS", "E46", "undo update", expect.stringMatching(/Thresholds workshop held$/), "@"],
      [7, "SS", "E43", "undo update", expect.stringMatching(/Thresholds workshop held$/), "@"],
    ]);
    const snapshot = await workbook.readSnapshot();
    expect(snapshot.sheets.find((s) => s.name === CHANGE_LOG_ENSURE.name)?.tables).toEqual([expect.objectContaining({ name: "PlanChangeLog", address: "A1:I7" })]);
  });

  it("restores a date's serial number and format after a text fix", async () => {
    const snapshot = await workbook.readSnapshot();
    const before = stateOf(double, "D46");
    expect(before).toMatchObject({ value: 42185, numberFormat: "dd/mm/yyyy" });
    await workbook.apply({
      ensureSheets: [CHANGE_LOG_ENSURE],
      writes: [
        { sheet: "Action Plan", address: "D46", values: [["TBC"]], asText: true, expectedText: [[before.text]] },
        changeLogWrite(snapshot, [{ timestamp: "t", initials: "KJ", sheet: "Action Plan", cell: "D46", ref: "69E", field: "end date", before: before.text, after: "TBC" }]),
      ],
    });
    expect(double.cell(CHANGE_LOG_ENSURE.name, "G2")).toMatchObject({ value: 42185, numberFormat: "dd/mm/yyyy" });
    await undo(workbook, 2);
    // The double shows numbers with String(); value and format are what matter here.
    expect(stateOf(double, "D46")).toMatchObject({ value: 42185, numberFormat: "dd/mm/yyyy", formula: undefined });
  });

  it("refuses when the cell changed since; a co-author's edit after preparing throws ConflictError", async () => {
    await update(workbook, "69E");
    const prepared = prepareUndo(await workbook.readSnapshot(), 2, who);
    if (!prepared.ok) throw new Error(prepared.reason);

    const context = double.openContext();
    context.workbook.worksheets.getItem("Action Plan").getRange("E46").values = [["Rewritten by hand"]];
    await context.sync();
    context.open = false;

    await expect(workbook.apply(prepared.changes)).rejects.toBeInstanceOf(ConflictError);
    expect(stateOf(double, "E46").value).toBe("Rewritten by hand");
    expect(prepareUndo(await workbook.readSnapshot(), 2, who)).toEqual({
      ok: false,
      reason: 'Action Plan!E46 has changed since (it now reads "Rewritten by hand"); undo it by hand.',
    });
  });
});

describe("Undo restores strings Excel would parse", () => {
  it("a General cell's '=SUM(1)' comes back as text under General, never a formula", async () => {
    const double = createExcelDouble({ Plan: [["Ref", "=SUM(1)"]] });
    const workbook = new OfficeWorkbook(double.run, double.supports);
    const snapshot = await workbook.readSnapshot();
    await workbook.apply({
      ensureSheets: [CHANGE_LOG_ENSURE],
      writes: [
        { sheet: "Plan", address: "B1", values: [["fixed"]], asText: true, expectedText: [["=SUM(1)"]] },
        changeLogWrite(snapshot, [{ timestamp: "t", initials: "KJ", sheet: "Plan", cell: "B1", ref: null, field: "value", before: "=SUM(1)", after: "fixed" }]),
      ],
    });
    const prepared = prepareUndo(await workbook.readSnapshot(), 2, who);
    if (!prepared.ok) throw new Error(prepared.reason);
    expect(prepared.changes.writes[0]).toMatchObject({ values: [["=SUM(1)"]], numberFormat: [["General"]] });
    await workbook.apply(prepared.changes);
    expect(double.cell("Plan", "B1")).toEqual({ value: "=SUM(1)", text: "=SUM(1)", numberFormat: "General" });
  });
});
