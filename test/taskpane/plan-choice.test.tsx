/** @jest-environment jsdom */
/**
 * Issue 12 item 7: the user corrects where the plan is in the Plan view, saves it for the
 * workbook, and the other views read the plan that way. The real views run over the Office
 * adapter on the Excel double, so the choice goes through the guarded state save.
 */
import { act, cleanup, fireEvent, screen, waitFor } from "@testing-library/react";
import { OfficeSheetActions, OfficeWorkbook } from "../../src/excel";
import { READING_KEY } from "../../src/plan/reading-choice";
import { readWorkbookState } from "../../src/plan/state";
import { ChaseView } from "../../src/taskpane/views/ChaseView";
import { PlanView } from "../../src/taskpane/views/PlanView";
import { createExcelDouble, type ExcelDouble } from "../excel-double";
import { memoryPreferences, renderInPane } from "./update-render";

jest.setTimeout(120_000);

/**
 * Column C "Lead Officer" holds roles; column G "Named lead" the people the programme manager
 * chases. Both actions' updates (01.04.15) are more than 30 days before 10/06/2015 (the pane's
 * date in these tests), so both are on the chase list, grouped by whichever column is the owner.
 */
function workbook(): ExcelDouble {
  return createExcelDouble({
    "Action Plan": [
      ["Ref", "Action", "Lead Officer", "End Date", "Update on Progress", "Status", "Named lead"],
      ["1", "Appoint an independent chair", "Head of Service", "TBC", "01.04.15 KJ: Started", "In Progress", "Kate Jones"],
      ["2", "Audit 50 case files", "Head of Service", "TBC", "01.04.15 KJ: Started", "In Progress", "Sam Smith"],
    ],
  });
}

function render(double: ExcelDouble, view: React.ReactElement) {
  renderInPane(new OfficeWorkbook(double.run, double.supports), view, {
    sheet: new OfficeSheetActions(double.run, double.runWith) as never,
    preferences: memoryPreferences({ initials: "KJ" }),
  });
}

/** What a column picker (a native select) shows. */
const shown = (field: string) => (screen.getByRole("combobox", { name: field }) as HTMLSelectElement).selectedOptions[0]?.textContent;

const owners = () => screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);

test("an owner column picked and saved in the Plan view is the one the Chase view groups by", async () => {
  const double = workbook();
  render(double, <ChaseView />);
  await waitFor(() => expect(owners()).toEqual(["Head of Service (2)"]), { timeout: 30_000 });
  cleanup();

  render(double, <PlanView />);
  const owner = (await screen.findByRole("combobox", { name: "Owner" }, { timeout: 30_000 })) as HTMLSelectElement;
  fireEvent.change(owner, { target: { value: "G" } });
  expect(shown("Owner")).toBe("G · Named lead");
  // Applied here at once, written only when asked.
  expect(readWorkbookState(await new OfficeWorkbook(double.run, double.supports).readSnapshot()).state[READING_KEY]).toBeUndefined();
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Save for this workbook" }));
  });
  await waitFor(() => expect(screen.queryByRole("button", { name: "Save for this workbook" })).toBeNull(), { timeout: 30_000 });
  // Read back after the save: the choice is kept, and the view still shows it.
  expect(shown("Owner")).toBe("G · Named lead");
  const saved = readWorkbookState(await new OfficeWorkbook(double.run, double.supports).readSnapshot()).state[READING_KEY] as { columns: Record<string, string> };
  expect(saved.columns.owner).toBe("G");
  cleanup();

  render(double, <ChaseView />);
  // One group per person now, in the plan's order.
  await waitFor(() => expect(owners()).toEqual(["Kate Jones (1)", "Sam Smith (1)"]), { timeout: 30_000 });
});

test("a plan the reader refuses can still be read from a sheet and header row the user picks", async () => {
  // No header the reader knows: it refuses the sheet.
  const double = createExcelDouble({
    Tracker: [
      ["Weekly tracker"],
      ["Thing", "Person", "When", "Remarks"],
      ["Appoint an independent chair", "Kate Jones", "TBC", "01.04.15 KJ: Started"],
    ],
  });
  render(double, <PlanView />);
  await screen.findByText("No plan could be read", undefined, { timeout: 30_000 });
  expect(screen.getByRole("combobox", { name: "Sheet" })).toBeTruthy();
  fireEvent.change(screen.getByRole("textbox", { name: "Header row" }), { target: { value: "2" } });
  fireEvent.keyDown(screen.getByRole("textbox", { name: "Header row" }), { key: "Enter" });
  // With the header row given, the reader matches what it can; the columns are then chosen below.
  await waitFor(() => expect(screen.queryByText("No plan could be read")).toBeNull());
  expect(screen.getByRole("combobox", { name: "Owner" })).toBeTruthy();
});
