/** @jest-environment jsdom */
/**
 * Issue 12 item 6: making the board summary again as at the same date asks "Replace the existing
 * summary or keep both?" instead of silently adding "(2)". The real view runs over the Office
 * adapter on the Excel double (which deletes and moves sheets as Worksheet.delete and
 * Worksheet.position are documented to).
 */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { OfficeSheetActions, OfficeWorkbook } from "../../src/excel";
import { readWorkbookState } from "../../src/plan/state";
import { STATE_SHEET } from "../../src/plan/own-sheets";
import { storedSummaries, withSummary, writtenSummarySheets } from "../../src/plan/summary-store";
import type { CellValue } from "../../src/plan/snapshot";
import type { SummarySnapshot } from "../../src/plan/summary";
import { SummaryView } from "../../src/taskpane/views/SummaryView";
import { createExcelDouble, type ExcelDouble } from "../excel-double";
import { memoryPreferences, renderInPane } from "./update-render";

jest.setTimeout(120_000);

const AS_OF = "2015-06-08";

/** A summary stored on 1 June: action 2 was still open (it is complete now). */
const JUNE_1: SummarySnapshot = {
  asOf: "2015-06-01",
  actions: [
    { key: "ref:1", ref: "1", task: "", rating: "red", complete: false, endDate: "2015-04-30", endDateText: "30/04/2015" },
    { key: "ref:2", ref: "2", task: "", rating: "red", complete: false, endDate: "2015-04-30", endDateText: "30/04/2015" },
  ],
};

/**
 * As at 8 June 2015: 1 is past its end date (30/04/2015, serial 42124) and open, so Red; 2 is
 * complete. Against 1 June, 2 is newly complete. The workbook keeps the 1 June snapshot, and a
 * sheet of the user's after the plan.
 */
function workbook(): ExcelDouble {
  const state = withSummary({}, JUNE_1);
  const double = createExcelDouble({
    "Action Plan": [
      ["Ref", "Action", "Lead Officer", "End Date", "Update on Progress", "Status"],
      ["1", "Appoint an independent chair", "Chief Executive", 42124, "27.05.15 KJ: Shortlist agreed", "In Progress"],
      ["2", "Audit 50 case files", "Head of Service", 42124, "01.05.15 KJ: This has been completed", "Complete"],
    ],
    Notes: [["The board's own notes"]],
    [STATE_SHEET]: [["Key", "Part", "Value"], ...Object.entries(state).map(([key, value]) => [key, 0, JSON.stringify(value)] as CellValue[])],
  });
  double.state.sheets.find((s) => s.name === STATE_SHEET)!.visibility = "VeryHidden";
  for (const r of [2, 3]) {
    const cell = double.state.sheets[0].cells.get(`${r},4`)!;
    double.state.sheets[0].cells.set(`${r},4`, { ...cell, numberFormat: "dd/mm/yyyy", text: "30/04/2015" });
  }
  return double;
}

function open(double: ExcelDouble) {
  renderInPane(new OfficeWorkbook(double.run, double.supports), <SummaryView />, {
    sheet: new OfficeSheetActions(double.run, double.runWith) as never,
    preferences: memoryPreferences({ initials: "KJ" }),
  });
}

const sheetNames = (double: ExcelDouble) => double.state.sheets.map((s) => s.name);

async function create() {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Create summary sheet" }));
  });
  await waitFor(() => expect(screen.queryByText("Creating the summary sheet…")).toBeNull(), { timeout: 30_000 });
}

async function savedState(double: ExcelDouble) {
  return readWorkbookState(await new OfficeWorkbook(double.run, double.supports).readSnapshot()).state;
}

async function openAt(double: ExcelDouble) {
  open(double);
  fireEvent.change(screen.getByLabelText(/As at/), { target: { value: AS_OF } });
  await screen.findByRole("table", { name: "Workstreams as at 08/06/2015" }, { timeout: 30_000 });
}

describe("re-creating a board summary (issue 12 item 6)", () => {
  test("asks Replace or keep both; Replace puts the new sheet in the old one's place and keeps the comparison", async () => {
    const double = workbook();
    await openAt(double);
    await create();
    expect(screen.getByText("Summary sheet added")).toBeTruthy();
    // Sheets: the plan, Notes, the state, then the new summary at the end.
    expect(sheetNames(double)).toEqual(["Action Plan", "Notes", STATE_SHEET, "RAG 2015-06-08"]);
    // The user moves the summary before Notes.
    double.state.sheets.splice(1, 0, double.state.sheets.pop()!);

    await create();
    const dialog = await screen.findByRole("dialog", { hidden: true });
    expect(within(dialog).getByRole("heading", { hidden: true }).textContent).toBe("Replace the existing summary or keep both?");
    expect(dialog.textContent).toContain('"RAG 2015-06-08 (2)"');
    // Nothing is written while the question is open.
    expect(sheetNames(double)).toEqual(["Action Plan", "RAG 2015-06-08", "Notes", STATE_SHEET]);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: "Replace", hidden: true }));
    });
    await waitFor(() => expect(screen.getByText("Summary sheet replaced")).toBeTruthy(), { timeout: 30_000 });
    // Replaced where it was: no "(2)", and the user's Notes sheet untouched.
    expect(sheetNames(double)).toEqual(["Action Plan", "RAG 2015-06-08", "Notes", STATE_SHEET]);
    expect(double.cell("Notes", "A1").value).toBe("The board's own notes");
    // One snapshot per date: 1 June (the baseline) and 8 June; the comparison is still with 1 June.
    const state = await savedState(double);
    expect(storedSummaries(state).map((s) => s.asOf)).toEqual(["2015-06-01", "2015-06-08"]);
    expect(writtenSummarySheets(state).map((w) => w.name)).toEqual(["RAG 2015-06-08"]);
    expect(screen.getByText("Changes since the summary as at 01/06/2015:")).toBeTruthy();
    // 2 was open on 1 June and is complete now: 1 newly complete (the sheet says so too).
    expect(screen.getByText("1 newly complete")).toBeTruthy();
  });

  test("Keep both adds the next free name; Cancel (or Escape) writes nothing", async () => {
    const double = workbook();
    await openAt(double);
    await create();
    await create();
    // jsdom runs no transitions, so the dialog counts as hidden to role queries (as in the Validate tests).
    const first = await screen.findByRole("dialog", { hidden: true });
    // The focus is inside the dialog, so Escape there closes it.
    await waitFor(() => expect(first.contains(document.activeElement)).toBe(true));
    fireEvent.keyDown(document.activeElement!, { key: "Escape" });
    await waitFor(() => expect(screen.queryByRole("dialog", { hidden: true })).toBeNull());
    expect(sheetNames(double)).toEqual(["Action Plan", "Notes", STATE_SHEET, "RAG 2015-06-08"]);

    await create();
    const second = await screen.findByRole("dialog", { hidden: true });
    await act(async () => {
      fireEvent.click(within(second).getByRole("button", { name: "Keep both", hidden: true }));
    });
    await waitFor(() => expect(screen.getByRole("button", { name: "Go to sheet RAG 2015-06-08 (2)" })).toBeTruthy(), { timeout: 30_000 });
    expect(sheetNames(double)).toEqual(["Action Plan", "Notes", STATE_SHEET, "RAG 2015-06-08", "RAG 2015-06-08 (2)"]);
  });

  test("a summary someone typed on, or a user's sheet of that name, is never offered for replacing", async () => {
    const double = workbook();
    await openAt(double);
    await create();
    // The board's chair notes a decision on the summary sheet.
    const summary = double.state.sheets.find((s) => s.name === "RAG 2015-06-08")!;
    summary.cells.set("60,1", { value: "Agreed: escalate action 1", text: "Agreed: escalate action 1", numberFormat: "General" });
    await create();
    expect(screen.queryByRole("dialog", { hidden: true })).toBeNull();
    expect(sheetNames(double)).toEqual(["Action Plan", "Notes", STATE_SHEET, "RAG 2015-06-08", "RAG 2015-06-08 (2)"]);
    expect(double.cell("RAG 2015-06-08", "A60").value).toBe("Agreed: escalate action 1");
  });
});
