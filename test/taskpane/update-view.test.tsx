/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { CHANGE_LOG_SHEET } from "../../src/plan/own-sheets";
import { ConflictError } from "../../src/plan/port";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { fixtureSnapshot, READING } from "../support/fixtures";
import { buildSheet, buildWorkbook } from "../support/snapshot-builder";
import { smallPlan } from "./fake-port";
import { clone, SnapshotPort } from "./snapshot-port";
import { memoryPreferences, planShown, renderUpdateView, userSelects } from "./update-render";

const E46_BEFORE =
  "27.05.15 KJ: Work has started with existing ATMs. 03.06. SS: referrals and allocations workshop (inc thresholds) held on 26.05.2015 as ATM's are currently taking on this role. Referral/allocation process mapped (inc transfer between A & A and MASH) and to be agreed in follow-up session. Sec 47 threshold discussion and new best practice introduced and mapped. !:1 process/case sessions being held on duty desk by SS.";

let reading: WorkbookSnapshot;
beforeAll(async () => {
  reading = await fixtureSnapshot(READING);
});

const signedIn = () => memoryPreferences({ initials: "KJ" });
const updateBox = () => screen.getByRole("textbox", { name: /^Update/ });
// A shared, busy machine: jsdom renders Fluent slowly.
jest.setTimeout(20_000);

const addButton = () => screen.getByRole("button", { name: "Add update" });

async function type(text: string) {
  fireEvent.change(updateBox(), { target: { value: text } });
}

async function clickAdd() {
  await act(async () => {
    fireEvent.click(addButton());
  });
}

/** The latest-updates list, newest first. */
function latestEntries(): string[] {
  return within(screen.getByRole("list", { name: "Latest updates, newest first" }))
    .getAllByRole("listitem")
    .map((li) => li.textContent ?? "");
}

describe("Add update: following the selection", () => {
  test("asks for a row until an action row is selected, then shows the action on it", async () => {
    const port = new SnapshotPort(clone(reading));
    const { sheet } = renderUpdateView(port, { preferences: signedIn() });
    await planShown();
    // The pane starts on A1, the plan's title.
    expect(await screen.findByText(/Row 1 of "Action Plan" is not an action of the plan\. Select a row of the plan/)).toBeTruthy();

    await userSelects(sheet, "Action Plan", "C46");
    expect(screen.getByRole("heading", { name: "Action 69E" })).toBeTruthy();
    expect(screen.getByText(/^Carry out standard setting and application of Reading thresholds/)).toBeTruthy();
    expect(screen.getByText("Service Manager-Access/Team Managers")).toBeTruthy();
    expect(screen.getByText("30/06/2015")).toBeTruthy();
    expect(screen.getByText("In Progress (on track)")).toBeTruthy();
    // The derived RAG as a word, with the rule's reason.
    expect(screen.getByText("Green")).toBeTruthy();
    expect(screen.getByText("In progress with its end date 20 days ahead.")).toBeTruthy();
    expect(latestEntries()).toEqual([E46_BEFORE.slice(50), E46_BEFORE.slice(0, 49)]);
  });

  test("a heading row, or a multi-cell selection's first row, is mapped to what is on it", async () => {
    const port = new SnapshotPort(clone(reading));
    const { sheet } = renderUpdateView(port, { preferences: signedIn() });
    await planShown();
    await userSelects(sheet, "Action Plan", "A6");
    expect(screen.getByText(/Row 6 of "Action Plan" is a workstream heading \("1\. Leadership & Governance"\)/)).toBeTruthy();
    await userSelects(sheet, "Action Plan", "$A$46:$G$48");
    expect(screen.getByRole("heading", { name: "Action 69E" })).toBeTruthy();
    await userSelects(sheet, "Glossary", "B4");
    expect(screen.getByText(/not an action of the plan/)).toBeTruthy();
  });

  test("stops listening to the selection when the pane closes", async () => {
    const { sheet, unmount } = renderUpdateView(new SnapshotPort(clone(reading)), { preferences: signedIn() });
    await planShown();
    expect(sheet.handlers.size).toBe(1);
    unmount();
    await waitFor(() => expect(sheet.handlers.size).toBe(0));
  });
});

describe("Add update: initials", () => {
  test("asks once, refuses anything but 1-4 letters, stores them per user and names the person", async () => {
    const preferences = memoryPreferences();
    const port = new SnapshotPort(clone(reading));
    const first = renderUpdateView(port, { preferences });
    await planShown();
    await userSelects(first.sheet, "Action Plan", "A46");
    expect(addButton()).toHaveProperty("disabled", true);

    const initials = screen.getByRole("textbox", { name: /Your initials/ });
    fireEvent.change(initials, { target: { value: "K1" } });
    fireEvent.click(screen.getByRole("button", { name: "Save initials" }));
    expect(screen.getByText(/Initials are 1 to 4 letters/)).toBeTruthy();
    expect(preferences.values.has("initials")).toBe(false);

    fireEvent.change(initials, { target: { value: " KJ " } });
    fireEvent.click(screen.getByRole("button", { name: "Save initials" }));
    expect(preferences.values.get("initials")).toBe("KJ");
    expect(screen.getByText(/Signing as/).textContent).toBe("Signing as KJ (Kate Jahangard, Service Manager - Access)");
    expect(addButton()).toHaveProperty("disabled", false);
    first.unmount();

    // Next time the pane opens, it does not ask again.
    renderUpdateView(port, { preferences });
    await planShown();
    expect(screen.queryByRole("textbox", { name: /Your initials/ })).toBeNull();
    expect(screen.getByText(/Signing as/).textContent).toContain("Kate Jahangard");
  });

  test("can be changed, and initials missing from the glossary are pointed out", async () => {
    const preferences = signedIn();
    renderUpdateView(new SnapshotPort(clone(reading)), { preferences });
    await planShown();
    fireEvent.click(screen.getByRole("button", { name: "Change initials" }));
    fireEvent.change(screen.getByRole("textbox", { name: /Your initials/ }), { target: { value: "ZZ" } });
    fireEvent.click(screen.getByRole("button", { name: "Save initials" }));
    expect(preferences.values.get("initials")).toBe("ZZ");
    expect(screen.getByText(/ZZ is not in the plan's glossary/)).toBeTruthy();
  });
});

describe("Add update: writing", () => {
  test("Add applies the guarded update and the change log in one call, then shows the re-read entry", async () => {
    const port = new SnapshotPort(clone(reading));
    const { sheet } = renderUpdateView(port, { preferences: signedIn() });
    await planShown();
    await userSelects(sheet, "Action Plan", "E46");
    await type("Thresholds workshop held");
    await clickAdd();

    expect(port.applied).toHaveLength(1);
    const [changes] = port.applied;
    expect(changes.ensureSheets.map((e) => e.name)).toEqual([CHANGE_LOG_SHEET]);
    expect(changes.writes).toHaveLength(2);
    expect(changes.writes[0]).toEqual({
      sheet: "Action Plan",
      address: "E46",
      values: [[`${E46_BEFORE} 10.06.15 KJ: Thresholds workshop held`]],
      asText: true,
      expectedText: [[E46_BEFORE]],
    });
    expect(changes.writes[1]).toMatchObject({
      sheet: CHANGE_LOG_SHEET,
      address: "A2",
      asText: true,
      values: [["2015-06-10 14:03", "KJ", "Action Plan", "E46", "69E", "update", E46_BEFORE, `${E46_BEFORE} 10.06.15 KJ: Thresholds workshop held`, "General"]],
      expectedText: [["", "", "", "", "", "", "", "", ""]],
    });

    // Read again: the new entry is in the cell and in the latest updates, and the box is empty.
    await waitFor(() => expect(port.reads).toBe(2));
    expect(port.text("Action Plan", "E46")).toBe(`${E46_BEFORE} 10.06.15 KJ: Thresholds workshop held`);
    expect(latestEntries()[0]).toBe("10.06.15 KJ: Thresholds workshop held");
    expect(screen.getByText("Update added to 69E")).toBeTruthy();
    expect(updateBox()).toHaveProperty("value", "");
  });

  test("text that looks like a formula is written as text, and stays text when read back", async () => {
    const snapshot = smallPlan();
    // 1A's update cell already starts with "=" (typed as text): the new cell text starts with it.
    snapshot.sheets[0].values[5][4] = "=1+1";
    snapshot.sheets[0].text[5][4] = "=1+1";
    snapshot.sheets[0].numberFormat[5][4] = "@";
    const port = new SnapshotPort(snapshot);
    const { sheet } = renderUpdateView(port, { preferences: signedIn() });
    await planShown();
    await userSelects(sheet, "Action Plan", "B6");
    await type("=1+1");
    await clickAdd();

    const [changes] = port.applied;
    expect(changes.writes.every((w) => w.asText)).toBe(true);
    expect(changes.writes[0].values).toEqual([["=1+1\n10.06.15 KJ: =1+1"]]);
    await waitFor(() => expect(port.reads).toBe(2));
    expect(port.text("Action Plan", "E6")).toBe("=1+1\n10.06.15 KJ: =1+1");
    expect(port.text(CHANGE_LOG_SHEET, "G2")).toBe("=1+1");
  });

  test("the status select offers the plan's own wording; a new status is written and logged", async () => {
    const port = new SnapshotPort(clone(reading));
    const { sheet } = renderUpdateView(port, { preferences: signedIn() });
    await planShown();
    await userSelects(sheet, "Action Plan", "A46");
    // A native select: its options are in the page, the chosen one first.
    const status = screen.getByRole("combobox", { name: "Status" }) as HTMLSelectElement;
    expect(status.selectedOptions[0]?.textContent).toBe("Keep status: In Progress (on track)");
    const options = within(status).getAllByRole("option").map((o) => o.textContent);
    expect(options).toEqual(["Keep status: In Progress (on track)", "Not Started", "Complete", "In Progress (Overdue)", "Paused"]);
    fireEvent.change(status, { target: { value: "Complete" } });

    await type("Thresholds agreed and in use");
    await clickAdd();
    const [changes] = port.applied;
    expect(changes.writes.map((w) => `${w.sheet}!${w.address}`)).toEqual(["Action Plan!E46", "Action Plan!G46", `${CHANGE_LOG_SHEET}!A2`]);
    expect(changes.writes[1]).toMatchObject({ values: [["Complete"]], expectedText: [["In Progress (on track)"]], asText: true });
    expect(changes.writes[2].values.map((r) => r[5])).toEqual(["update", "status"]);
    expect(await screen.findByText(/Status changed from "In Progress \(on track\)" to "Complete"/)).toBeTruthy();
    await waitFor(() => expect((screen.getByRole("combobox", { name: "Status" }) as HTMLSelectElement).selectedOptions[0]?.textContent).toBe("Keep status: Complete"));
    expect(screen.getByText("Blue (complete)")).toBeTruthy();
  });

  test("the entry date defaults to today and may be set earlier, not later", async () => {
    const port = new SnapshotPort(clone(reading));
    const { sheet } = renderUpdateView(port, { preferences: signedIn() });
    await planShown();
    await userSelects(sheet, "Action Plan", "A46");
    const date = screen.getByLabelText("Entry date");
    // Shown en-GB, whatever the browser locale.
    expect(date).toHaveProperty("value", "10/06/2015");

    fireEvent.change(date, { target: { value: "11/06/2015" } });
    await type("Planned");
    await clickAdd();
    expect(screen.getByText(/The entry date is after today/)).toBeTruthy();
    expect(port.applied).toHaveLength(0);

    fireEvent.change(date, { target: { value: "9/6/2015" } });
    await clickAdd();
    expect(port.applied[0].writes[0].values[0][0]).toMatch(/ 09\.06\.15 KJ: Planned$/);
  });

  test("a refusal is shown inline and the typed text is kept", async () => {
    const port = new SnapshotPort(clone(reading));
    const { sheet } = renderUpdateView(port, { preferences: signedIn() });
    await planShown();
    await userSelects(sheet, "Action Plan", "A46");
    await clickAdd();
    expect(screen.getByText("Type the update first: it is empty.")).toBeTruthy();

    const long = "x".repeat(32_500);
    await type(long);
    await clickAdd();
    expect(screen.getByText(/over Excel's limit of 32767/)).toBeTruthy();
    expect(updateBox()).toHaveProperty("value", long);
    expect(port.applied).toHaveLength(0);
  });

  test("the typed text survives selecting another row; the update goes to the row shown", async () => {
    const port = new SnapshotPort(clone(reading));
    const { sheet } = renderUpdateView(port, { preferences: signedIn() });
    await planShown();
    await userSelects(sheet, "Action Plan", "A46");
    await type("Draft");
    await userSelects(sheet, "Action Plan", "A6");
    await userSelects(sheet, "Action Plan", "A47");
    expect(updateBox()).toHaveProperty("value", "Draft");
    await clickAdd();
    expect(port.applied[0].writes[0].address).toBe("E47");
  });
});

describe("Add update: someone else changed the cell", () => {
  const COAUTHOR = `${E46_BEFORE} 09.06.15 SS: Duty manager started`;

  test("nothing is written, the new text is shown, the typed text kept, and Add again appends after it", async () => {
    const port = new SnapshotPort(clone(reading));
    const { sheet } = renderUpdateView(port, { preferences: signedIn() });
    await planShown();
    await userSelects(sheet, "Action Plan", "A46");
    port.coauthor("Action Plan", "E46", COAUTHOR);
    await type("Thresholds workshop held");
    await clickAdd();

    expect(port.applied).toHaveLength(1);
    expect(port.text("Action Plan", "E46")).toBe(COAUTHOR);
    expect(port.snapshot.sheets.some((s) => s.name === CHANGE_LOG_SHEET)).toBe(false);
    expect(screen.getByText("Someone else changed this since the pane read it")).toBeTruthy();
    expect(screen.getByTestId("conflict-text").textContent).toBe(COAUTHOR);
    expect(updateBox()).toHaveProperty("value", "Thresholds workshop held");

    // The plan was read again, so the second try is guarded by the new text.
    await waitFor(() => expect(port.reads).toBe(2));
    await waitFor(() => expect(addButton()).toHaveProperty("disabled", false));
    expect(latestEntries()[0]).toBe("09.06.15 SS: Duty manager started");
    await clickAdd();
    expect(port.applied[1].writes[0].expectedText).toEqual([[COAUTHOR]]);
    expect(port.text("Action Plan", "E46")).toBe(`${COAUTHOR} 10.06.15 KJ: Thresholds workshop held`);
  });

  test("a ConflictError from the port, whatever its cell, is shown with the text now there", async () => {
    const port = new SnapshotPort(clone(reading));
    port.failNextApply = new ConflictError([{ sheet: CHANGE_LOG_SHEET, address: "A2", expected: "", actual: "2015-06-10 14:02" }]);
    const { sheet } = renderUpdateView(port, { preferences: signedIn() });
    await planShown();
    await userSelects(sheet, "Action Plan", "A46");
    await type("Thresholds workshop held");
    await clickAdd();
    expect(screen.getByText(/Nothing was written\./)).toBeTruthy();
    expect(screen.getByText(/Plan change log!A2 now reads:/)).toBeTruthy();
    expect(screen.getByTestId("conflict-text").textContent).toBe("2015-06-10 14:02");
    expect(port.text("Action Plan", "E46")).toBe(E46_BEFORE);
    expect(updateBox()).toHaveProperty("value", "Thresholds workshop held");
  });

  test("another failure says so and keeps the text", async () => {
    const port = new SnapshotPort(clone(reading));
    port.failNextApply = new Error("Excel could not save the change: busy.");
    const { sheet } = renderUpdateView(port, { preferences: signedIn() });
    await planShown();
    await userSelects(sheet, "Action Plan", "A46");
    await type("Thresholds workshop held");
    await clickAdd();
    expect(screen.getByText("The update could not be saved")).toBeTruthy();
    expect(screen.getByText("Excel could not save the change: busy.")).toBeTruthy();
    expect(updateBox()).toHaveProperty("value", "Thresholds workshop held");
  });
});

describe("Add update: reading", () => {
  test("a workbook without a plan shows why, with Retry", async () => {
    const port = new SnapshotPort(buildWorkbook(buildSheet("Notes", [["Nothing here"]])));
    renderUpdateView(port);
    expect(await screen.findByText("No plan could be read")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Retry" })).toBeTruthy();
  });
});
