/**
 * Issue 11 item 12: one contract for writes. The same change sets, prepared by the core from the
 * same snapshot, are applied through the Office adapter over the Excel double and through the
 * file adapter; each side is then read back through its own adapter, and the two snapshots must be
 * identical after every step: an update, a status change (each with its change-log row), the board
 * summary sheet, highlight then clear (Office only: the file must not differ), and an undo.
 *
 * One difference is taken out, and only one: the double has no number-format engine, so for a
 * cell holding a number or boolean its `text` is `String(value)` rather than what Excel shows
 * (`30/06/2015`, `50%`). The value and its number format are still compared; text is compared for
 * every string. Row outline levels are facts only the file adapter can read (Office.js has no
 * property for them; src/excel/read-snapshot.ts); hidden rows and columns are compared.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OfficeSheetActions, OfficeWorkbook } from "../../src/excel";
import type { ChangeSet } from "../../src/plan/port";
import { readPlan } from "../../src/plan/read-plan";
import type { Plan } from "../../src/plan/model";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { prepareUpdate } from "../../src/plan/prepare-update";
import { prepareUndo, readChangeLog } from "../../src/plan/undo";
import { summaryBasis } from "../../src/taskpane/summary-model";
import { prepareSummarySheet } from "../../src/taskpane/summary-writer";
import { XlsxWorkbook } from "../../src/xlsx";
import { createExcelDouble, type ExcelDouble } from "../excel-double";

const READING = join(__dirname, "../fixtures/reading-improvement-plan.xlsx");

/** What both adapters must agree on (see the file comment). */
function comparable(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map(({ outlineLevels: _levels, ...sheet }) => ({
      ...sheet,
      text: sheet.text.map((row, i) => row.map((t, j) => (typeof sheet.values[i][j] === "string" ? t : ""))),
    })),
  };
}

function planOf(snapshot: WorkbookSnapshot): Plan {
  const read = readPlan(snapshot);
  if (!read.ok) throw new Error(read.message);
  return read.plan;
}

interface Sides {
  file: XlsxWorkbook;
  double: ExcelDouble;
  office: OfficeWorkbook;
}

let sides: Sides;

/** Applies one change set to both sides and checks they read back the same. */
async function bothApply(changes: ChangeSet): Promise<WorkbookSnapshot> {
  await sides.file.apply(changes);
  await sides.office.apply(changes);
  const [fromFile, fromOffice] = [await sides.file.readSnapshot(), await sides.office.readSnapshot()];
  expect(comparable(fromOffice)).toEqual(comparable(fromFile));
  return fromOffice;
}

/** The snapshot both sides hold now (checked equal), to prepare the next change from. */
async function current(): Promise<WorkbookSnapshot> {
  const [fromFile, fromOffice] = [await sides.file.readSnapshot(), await sides.office.readSnapshot()];
  expect(comparable(fromOffice)).toEqual(comparable(fromFile));
  return fromOffice;
}

beforeAll(async () => {
  const file = await XlsxWorkbook.fromBytes(readFileSync(READING), "reading-improvement-plan.xlsx");
  const double = createExcelDouble(await file.readSnapshot());
  sides = { file, double, office: new OfficeWorkbook(double.run, double.supports) };
});

describe("the same writes through both adapters read back the same (Reading plan)", () => {
  it("starts equal", async () => {
    await current();
  });

  it("an update appended to 69E, with its change-log row on a new log sheet", async () => {
    const snapshot = await current();
    const prepared = prepareUpdate(planOf(snapshot), snapshot, {
      target: { ref: "69E" },
      initials: "KJ",
      text: "Thresholds workshop held",
      date: "2015-06-10",
      asOf: "2015-06-10",
      timestamp: "2015-06-10 14:03",
    });
    if (!prepared.ok) throw new Error(prepared.reason);
    const after = await bothApply(prepared.changes);
    expect(readChangeLog(after)).toHaveLength(1);
  });

  it("a status change with an update (two cells and a second log row)", async () => {
    const snapshot = await current();
    const prepared = prepareUpdate(planOf(snapshot), snapshot, {
      target: { ref: "69E" },
      initials: "KJ",
      text: "All thresholds agreed",
      date: "2015-06-11",
      asOf: "2015-06-11",
      status: "Complete",
      timestamp: "2015-06-11 09:30",
    });
    if (!prepared.ok) throw new Error(prepared.reason);
    expect(prepared.status?.after).toBe("Complete");
    const after = await bothApply(prepared.changes);
    expect(readChangeLog(after).length).toBeGreaterThanOrEqual(3);
  });

  it("the board summary sheet, with its snapshot saved in the state sheet", async () => {
    const snapshot = await current();
    const prepared = prepareSummarySheet(summaryBasis(snapshot, planOf(snapshot)), "2015-06-08", { madeBy: "KJ", madeAt: "2015-06-08 10:02" })!;
    const after = await bothApply(prepared.changes);
    expect(after.sheets.map((s) => s.name)).toContain("RAG 2015-06-08");
  });

  it("highlight then clear leaves the workbook exactly as the file adapter has it", async () => {
    const actions = new OfficeSheetActions(sides.double.run, sides.double.runWith);
    await actions.highlight([
      { sheet: "Action Plan", address: "E46" },
      { sheet: "Action Plan", address: "F46" },
    ]);
    await actions.clearHighlights();
    await current();
  });

  it("undo of the latest change (69E's status) restores the cell on both and logs the undo", async () => {
    const snapshot = await current();
    // The latest log row is the status change of step 2 (the update cell changed twice, so only
    // its latest change could be undone; the status changed once).
    const log = readChangeLog(snapshot);
    const latest = log[log.length - 1];
    const before = sides.double.cell("Action Plan", latest.cell).text;
    expect(before).toBe("Complete");
    const prepared = prepareUndo(snapshot, latest.row, { initials: "KJ", timestamp: "2015-06-12 08:00" });
    if (!prepared.ok) throw new Error(prepared.reason);
    const after = await bothApply(prepared.changes);
    expect(readChangeLog(after)).toHaveLength(log.length + 1);
    expect(sides.double.cell("Action Plan", latest.cell).text).not.toBe("Complete");
  });
});
