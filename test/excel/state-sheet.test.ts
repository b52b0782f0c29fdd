/**
 * Issue 11 item 9: the state sheet is written guarded like any other cell, and a save writes only
 * the keys that changed. Driven through the Office adapter over the double, as two panes would.
 */
import { OfficeWorkbook } from "../../src/excel";
import { ConflictError } from "../../src/plan/port";
import { STATE_SHEET } from "../../src/plan/own-sheets";
import { readWorkbookState, saveWorkbookState } from "../../src/plan/state";
import { createExcelDouble, type ExcelDouble } from "../excel-double";

/** A plan and a state sheet holding a column correction and thresholds (rows 2 and 3). */
function workbook(): ExcelDouble {
  return createExcelDouble({
    Plan: [
      ["Ref", "Action", "Owner"],
      ["1", "Review", "KJ"],
    ],
    [STATE_SHEET]: [
      ["Key", "Part", "Value"],
      ["columns", 0, JSON.stringify({ Plan: { owner: "C" } })],
      ["settings", 0, JSON.stringify({ staleDays: 30 })],
    ],
  });
}

describe("the state sheet (issue 11 item 9)", () => {
  it("a settings save writes only the settings row, so a co-author's column correction made meanwhile is kept", async () => {
    const double = workbook();
    const port = new OfficeWorkbook(double.run, double.supports);
    const snapshot = await port.readSnapshot();
    const { state } = readWorkbookState(snapshot);
    // Meanwhile a co-author corrects the owner column (row 2 of the state sheet).
    double.state.sheets[1].cells.set("2,3", { value: JSON.stringify({ Plan: { owner: "D" } }), text: JSON.stringify({ Plan: { owner: "D" } }), numberFormat: "@" });
    const change = saveWorkbookState({ ...state, settings: { staleDays: 90 } }, snapshot);
    // One write: row 3, the settings key, guarded by what it held.
    expect(change.writes.map((w) => w.address)).toEqual(["A3"]);
    await port.apply(change);
    const after = readWorkbookState(await port.readSnapshot()).state;
    expect(after).toEqual({ columns: { Plan: { owner: "D" } }, settings: { staleDays: 90 } });
  });

  it("two panes adding a key at once: the second is refused whole and the first one's save stands", async () => {
    const double = workbook();
    const first = new OfficeWorkbook(double.run, double.supports);
    const second = new OfficeWorkbook(double.run, double.supports);
    const [a, b] = [await first.readSnapshot(), await second.readSnapshot()];
    const stateA = readWorkbookState(a).state;
    const stateB = readWorkbookState(b).state;
    await first.apply(saveWorkbookState({ ...stateA, validationStamp: { by: "KJ" } }, a));
    // Both took row 4, the first free row after the saved keys; the second finds it taken.
    await expect(second.apply(saveWorkbookState({ ...stateB, summaries: [{ asOf: "2015-06-08" }] }, b))).rejects.toBeInstanceOf(ConflictError);
    const after = readWorkbookState(await first.readSnapshot()).state;
    expect(after).toEqual({ columns: { Plan: { owner: "C" } }, settings: { staleDays: 30 }, validationStamp: { by: "KJ" } });
  });

  it("a value that shrinks from two parts to one blanks its spare row; a removed key blanks its rows", async () => {
    const long = "x".repeat(30_000 + 10); // two parts of at most 30,000 characters
    const double = createExcelDouble({
      [STATE_SHEET]: [
        ["Key", "Part", "Value"],
        ["notes", 0, JSON.stringify(long).slice(0, 30_000)],
        ["notes", 1, JSON.stringify(long).slice(30_000)],
        ["settings", 0, JSON.stringify({ staleDays: 30 })],
      ],
    });
    const port = new OfficeWorkbook(double.run, double.supports);
    const snapshot = await port.readSnapshot();
    await port.apply(saveWorkbookState({ notes: "short" }, snapshot));
    expect(["A2", "B2", "C2", "A3", "A4"].map((a) => double.cell(STATE_SHEET, a).value)).toEqual(["notes", 0, '"short"', "", ""]);
    expect(readWorkbookState(await port.readSnapshot()).state).toEqual({ notes: "short" });
  });
});
