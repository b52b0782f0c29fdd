/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { CHANGE_LOG_ENSURE, CHANGE_LOG_HEADER } from "../../src/plan/change-log";
import { STATE_SHEET } from "../../src/plan/own-sheets";
import { ConflictError, type ChangeSet } from "../../src/plan/port";
import { RULES } from "../../src/plan/rules";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import type { UserPreferences } from "../../src/taskpane/pane-host";
import { formatUk } from "../../src/plan/dates";
import { todayIso } from "../../src/taskpane/validate-model";
import { ValidateView } from "../../src/taskpane/views/ValidateView";
import { buildSheet, buildWorkbook, dateCell, type BuiltCell } from "../support/snapshot-builder";
import { FakePort, fakeSheetActions } from "./fake-port";
import { stateAfter } from "../support/state-after";
import { renderInPane } from "./update-render";
import { SnapshotPort } from "./snapshot-port";

const AS_OF = "2015-06-08";
// The machine is shared and jsdom renders Fluent slowly: a run with a re-validation can take seconds.
jest.setTimeout(20_000);
const title = (id: string) => RULES.find((r) => r.id === id)!.title;

/** A small plan: ref 3's update says it is complete while its status says In Progress (fixable). */
function plan(options: { status3?: string; state?: [string, unknown][] } = {}): WorkbookSnapshot {
  const sheets = [
    buildSheet("Action Plan", [
      ["Children's Services Improvement Plan"],
      [],
      ["Ref", "Action", "Lead Officer", "End Date", "Update on Progress", "Status", "RAG"],
      ["1", "Appoint an independent chair", "Chief Executive", dateCell(42185, "30/06/2015"), "27.05.15 KJ: Shortlist agreed", "In Progress", "Green"],
      ["2", "Publish terms of reference", "TBC", "TBC", "", "Not Started", ""],
      ["3", "Audit 50 case files", "Principal Social Worker", dateCell(42124, "30/04/2015"), "01.05.15 KJ: This has been completed", options.status3 ?? "In Progress", "Amber"],
      ["4", "Recruit staff", "Head of Service", dateCell(42124, "30/04/2015"), "01.04.15 SS: Started", "In Progress", "Green"],
      ["5", "Train staff", "Head of Service", dateCell(42216, "31/07/2015"), "", "Complete", "Blue"],
    ]),
    buildSheet("Glossary", [
      ["Initials", "Full Name", "Role"],
      ["KJ", "Kate Jones", "Service Manager"],
      ["SS", "Sam Smith", "Head of Service"],
    ]),
  ];
  if (options.state) {
    const rows: BuiltCell[][] = [["Key", "Part", "Value"], ...options.state.map(([key, value]) => [key, 0, JSON.stringify(value)])];
    sheets.push(buildSheet(STATE_SHEET, rows, { visibility: "VeryHidden" }));
  }
  return buildWorkbook(...sheets);
}

function preferences(initials?: string): UserPreferences & { saved: Map<string, string> } {
  const saved = new Map<string, string>(initials ? [["initials", initials]] : []);
  return { saved, get: (key) => saved.get(key) ?? null, set: (key, value) => void saved.set(key, value) };
}

function renderView(port: FakePort, prefs = preferences("KJ"), sheet = fakeSheetActions()) {
  renderInPane(port, <ValidateView />, { sheet, preferences: prefs as never, now: () => new Date() });
  return { sheet, prefs };
}

/** Sets the as-of date and validates; resolves once the findings and the stamp's write are in. */
async function runValidation(port: FakePort, asOf = AS_OF) {
  fireEvent.change(screen.getByLabelText(/As at/), { target: { value: asOf } });
  const applied = port.applied.length;
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Validate plan" }));
  });
  await waitFor(() => expect(port.applied.length).toBe(applied + 1));
  await waitFor(() => expect(screen.queryByText("Validating…")).toBeNull());
}

/** The saved state a change set writes, key by key. */
/** The state after the port's `index`th apply, laid over the snapshot it was prepared from. */
function savedState(port: FakePort, index: number): Record<string, unknown> {
  return stateAfter(port.applied[index], port.appliedOver[index]);
}

/** The finding item whose text mentions `text`, within the rule's list. */
function item(rule: string, text: RegExp): HTMLElement {
  // A finding's line inside its action's group leads with the rule's title.
  const t = title(rule);
  const found = screen
    .getAllByRole("listitem")
    .filter((li) => li.parentElement?.getAttribute("aria-label")?.startsWith("Problems of"))
    .find((li) => (li.querySelector("button")?.textContent ?? "").startsWith(t) && text.test(li.textContent ?? ""));
  if (!found) throw new Error(`No finding "${t}" matching ${text}`);
  return found;
}

/** The action groups shown, as their headings read. */
function groupHeadings(): string[] {
  return screen.getAllByTestId("action-group").map((g) => g.querySelector("h2")?.textContent ?? "");
}

async function openFilter() {
  fireEvent.click(screen.getByRole("button", { name: "Filter" }));
}

/** A port whose writes to the plan sheet fail as if someone had changed the cell. */
class ConflictingPort extends FakePort {
  override async apply(changes: ChangeSet): Promise<void> {
    const write = changes.writes.find((w) => w.sheet === "Action Plan");
    if (write) throw new ConflictError([{ sheet: "Action Plan", address: write.address, expected: "In Progress", actual: "Paused" }]);
    return super.apply(changes);
  }
}

describe("ValidateView", () => {
  test("opens with today's date and the last stamp saved in the workbook", async () => {
    const stamp = { by: "SS", at: "2015-06-01 09:15", asOf: "2015-06-01", counts: { error: 41, warning: 262, info: 38 } };
    const port = new FakePort([plan({ state: [["validationStamp", stamp]] })]);
    renderView(port);
    expect((screen.getByLabelText(/As at/) as HTMLInputElement).value).toBe(formatUk(todayIso(new Date())));
    expect(await screen.findByText("Last validated by SS on 01/06/2015 09:15: 41 errors, 262 warnings")).toBeTruthy();
    expect(screen.getByText("Judged as at 01/06/2015.")).toBeTruthy();
    expect(port.reads).toBe(1);
    expect(port.applied).toEqual([]);
  });

  test("one read per run; findings grouped by severity then rule, with counts", async () => {
    const port = new FakePort([plan()]);
    renderView(port);
    await waitFor(() => expect(port.reads).toBe(1));
    await runValidation(port);
    expect(port.reads).toBe(2);

    // 3 says complete while In Progress and 4 is past its end date still In Progress (errors); 2 has no owner and an end
    // date TBC (warnings). 2, 3 and 4 are also stale: summarised, not listed.
    expect(screen.getByText("3 actions need attention before circulation (2 with errors).")).toBeTruthy();
    expect(screen.getByText(/^3 open actions have no dated update in the last 30 days\./)).toBeTruthy();
    // One group per action, errors first, each with all its problems and its task.
    // "Overdue" is folded into the status error on the same action (both say the date passed).
    expect(groupHeadings()).toEqual(["3row 6 · 3 problems", "4row 7 · 2 problems", "2row 5 · 2 problems"]);
    const [first] = screen.getAllByTestId("action-group");
    expect(within(first).getByText("Audit 50 case files")).toBeTruthy();
    const lines = within(first)
      .getAllByRole("listitem")
      .map((li) => li.querySelector("button")?.textContent?.split(" · ")[0]);
    expect(lines).toEqual([title("update-says-complete"), title("overdue"), title("rag-disagrees")]);
    const finding = item("owner-missing", /C5/);
    expect(finding.textContent).toContain(`${title("owner-missing")} · C5`);
    expect(finding.textContent).toContain("Owner is 'TBC': nobody is named.");
    await openFilter();
    expect(screen.getByRole("button", { name: "Errors 2" }).getAttribute("aria-pressed")).toBe("true");
    expect(screen.getByText("Showing all 7 findings")).toBeTruthy();
  });

  test("judges the plan as at the chosen date with the workbook's saved settings", async () => {
    // The council allows 90 days between updates: only ref 2 (never updated) is stale.
    const port = new FakePort([plan({ state: [["settings", { staleDays: 90 }]] })]);
    renderView(port);
    await runValidation(port);
    expect(screen.getByText(/^1 open action has no dated update in the last 90 days\./)).toBeTruthy();

    // As at 1 April 2015 nothing has passed its end date yet.
    await runValidation(port, "2015-04-01");
    expect(savedState(port, 1)).toMatchObject({ settings: { staleDays: 90 }, validationStamp: { asOf: "2015-04-01" } });
    expect(screen.queryAllByText(new RegExp(`^${title("status-past-end-date")} · `))).toHaveLength(0);
    expect(screen.getAllByText(new RegExp(`^${title("update-in-future")} · `)).length).toBeGreaterThan(0);
  });

  test("refuses to run without a date", async () => {
    const port = new FakePort([plan()]);
    renderView(port);
    fireEvent.change(screen.getByLabelText(/As at/), { target: { value: "" } });
    expect(screen.getByText("Enter the As at date to judge the plan at.")).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Validate plan" }));
    });
    expect(port.reads).toBe(1);
  });

  test("saves a stamp with the user's initials and shows it", async () => {
    const stateBefore = { columns: { "Action Plan": { owner: "C" } } };
    const port = new FakePort([plan({ state: [["columns", stateBefore.columns]] })]);
    renderView(port);
    await runValidation(port);
    const saved = savedState(port, 0);
    expect(saved.columns).toEqual(stateBefore.columns);
    expect(saved.validationStamp).toEqual({ by: "KJ", at: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/), asOf: AS_OF, counts: { error: 2, warning: 9, info: 0 } });
    // The stamp is saved on the very hidden state sheet (only the rows that change are written).
    expect(port.applied[0].ensureSheets).toEqual([expect.objectContaining({ name: STATE_SHEET, visibility: "VeryHidden" })]);
    expect(screen.getByTestId("validation-stamp").textContent).toMatch(/^Last validated by KJ on \d\d\/\d\d\/\d{4} \d\d:\d\d: 2 errors, 9 warnings/);
  });

  test("a click or Enter on a finding selects its cell", async () => {
    const port = new FakePort([plan()]);
    const { sheet } = renderView(port);
    await runValidation(port);
    await act(async () => {
      fireEvent.click(within(item("owner-missing", /C5/)).getAllByRole("button")[0]);
    });
    await act(async () => {
      fireEvent.keyDown(within(item("end-date-tbc", /D5/)).getAllByRole("button")[0], { key: "Enter" });
    });
    expect(sheet.calls).toEqual(["select Action Plan!C5", "select Action Plan!D5"]);
  });

  test("severity toggles and the text filter narrow the list", async () => {
    const port = new FakePort([plan()]);
    renderView(port);
    await runValidation(port);
    await openFilter();

    fireEvent.click(screen.getByRole("button", { name: "Warnings 9" }));
    expect(screen.getByRole("button", { name: "Warnings 9" }).getAttribute("aria-pressed")).toBe("false");
    // Only the errors of 3 and 4 remain; 2 had warnings only.
    expect(screen.getByText("Showing 2 of 7 findings")).toBeTruthy();
    expect(groupHeadings()).toEqual(["3row 6 · 1 problem", "4row 7 · 1 problem"]);

    fireEvent.click(screen.getByRole("button", { name: "Warnings 9" }));
    fireEvent.change(screen.getByRole("searchbox", { name: "Filter findings" }), { target: { value: "g7" } });
    expect(screen.getByText("Showing 1 of 7 findings")).toBeTruthy();
    expect(groupHeadings()).toEqual(["4row 7 · 1 problem"]);

    fireEvent.change(screen.getByRole("searchbox", { name: "Filter findings" }), { target: { value: "TBC" } });
    expect(screen.getByText("Showing 2 of 7 findings")).toBeTruthy();
  });

  test("Highlight marks the shown findings' distinct cells; Clear removes the marks", async () => {
    const port = new FakePort([plan()]);
    const { sheet } = renderView(port);
    await runValidation(port);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Highlight" }));
    });
    // The 7 listed findings (stale updates and folded "Overdue" aside) on 7 cells: each cell once.
    expect(sheet.calls).toEqual(["highlight 7"]);
    expect(screen.getByText(/7 cells marked in the sheet\. The marks are saved with the workbook if it is saved/)).toBeTruthy();

    await openFilter();
    fireEvent.click(screen.getByRole("button", { name: "Errors 2" }));
    fireEvent.click(screen.getByRole("button", { name: "Warnings 9" }));
    expect(screen.getByRole("button", { name: "Highlight" }).getAttribute("aria-disabled")).toBe("true");

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Clear highlights" }));
    });
    expect(sheet.calls).toEqual(["highlight 7", "clear"]);
    expect(screen.getByText("Highlights cleared")).toBeTruthy();
  });

  test("a failing sheet action is shown, not swallowed", async () => {
    const port = new FakePort([plan()]);
    const sheet = { ...fakeSheetActions(), clearHighlights: async () => Promise.reject(new Error("The sheet is protected.")) };
    renderView(port, preferences("KJ"), sheet);
    await runValidation(port);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Clear highlights" }));
    });
    expect(screen.getByText("Could not clear the highlights")).toBeTruthy();
    expect(screen.getByText("The sheet is protected.")).toBeTruthy();
  });

  test("Fix writes the value guarded by the cell's text with a change-log row, then validates again", async () => {
    const port = new FakePort([plan(), plan(), plan({ status3: "Complete" })]);
    renderView(port);
    await runValidation(port);
    expect(port.reads).toBe(2);

    const finding = item("update-says-complete", /F6/);
    expect(finding.textContent).toContain('Fix: set F6 to "Complete"');
    await act(async () => {
      fireEvent.click(within(finding).getByRole("button", { name: "Fix" }));
    });
    await waitFor(() => expect(port.applied.length).toBe(2)); // stamp, fix (validating again writes no second stamp)

    const fix = port.applied[1];
    expect(fix.ensureSheets).toEqual([CHANGE_LOG_ENSURE]);
    expect(fix.writes[0]).toEqual({ sheet: "Action Plan", address: "F6", values: [["Complete"]], asText: true, expectedText: [["In Progress"]] });
    expect(fix.writes[1]).toMatchObject({ sheet: CHANGE_LOG_ENSURE.name, address: "A2", asText: true, expectedText: [CHANGE_LOG_HEADER.map(() => "")] });
    expect(fix.writes[1].values).toEqual([[expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/), "KJ", "Action Plan", "F6", "3", "status", "In Progress", "Complete", "General"]]);

    // Validated again (one more read), as at the same date: the finding is gone.
    expect(port.reads).toBe(3);
    await waitFor(() => expect(screen.queryAllByText(new RegExp(`^${title("update-says-complete")} · `))).toHaveLength(0));
    expect(screen.getByText("Fixed")).toBeTruthy();
    expect(screen.getByText('3, Action Plan!F6: status changed from "In Progress" to "Complete" and logged.')).toBeTruthy();
  });

  test("Fix logs a RAG change as the rag field", async () => {
    const port = new FakePort([plan()]);
    renderView(port);
    await runValidation(port);
    await act(async () => {
      fireEvent.click(within(item("rag-disagrees", /G7/)).getByRole("button", { name: "Fix" }));
    });
    await waitFor(() => expect(port.applied.length).toBe(2));
    expect(port.applied[1].writes[0]).toMatchObject({ address: "G7", values: [["Red"]], expectedText: [["Green"]] });
    expect(port.applied[1].writes[1].values[0].slice(1)).toEqual(["KJ", "Action Plan", "G7", "4", "rag", "Green", "Red", "General"]);
  });

  test("without saved initials, Fix asks for them inline and keeps them", async () => {
    const port = new FakePort([plan()]);
    const prefs = preferences();
    renderView(port, prefs);
    await runValidation(port);
    expect(savedState(port, 0)).toMatchObject({ validationStamp: { by: "" } });

    const finding = item("update-says-complete", /F6/);
    fireEvent.click(within(finding).getByRole("button", { name: "Fix" }));
    const input = within(finding).getByRole("textbox", { name: /Your initials/ });
    fireEvent.change(input, { target: { value: "K1" } });
    fireEvent.click(within(finding).getByRole("button", { name: "Save and fix" }));
    expect(within(finding).getByText("Enter 1 to 4 letters, e.g. KJ.")).toBeTruthy();
    expect(port.applied).toHaveLength(1);

    fireEvent.change(input, { target: { value: "Kmc" } });
    await act(async () => {
      fireEvent.submit(input.closest("form")!);
    });
    await waitFor(() => expect(port.applied.length).toBe(2));
    expect(prefs.saved.get("initials")).toBe("Kmc");
    expect(port.applied[1].writes[1].values[0][1]).toBe("Kmc");
  });

  test("Cancel closes the initials prompt without writing", async () => {
    const port = new FakePort([plan()]);
    renderView(port, preferences());
    await runValidation(port);
    const finding = item("update-says-complete", /F6/);
    fireEvent.click(within(finding).getByRole("button", { name: "Fix" }));
    fireEvent.click(within(finding).getByRole("button", { name: "Cancel" }));
    expect(within(finding).queryByRole("textbox")).toBeNull();
    expect(port.applied).toHaveLength(1);
  });

  test("a cell changed by someone else is not overwritten: the conflict is shown", async () => {
    const port = new ConflictingPort([plan()]);
    renderView(port);
    await runValidation(port);
    await act(async () => {
      fireEvent.click(within(item("update-says-complete", /F6/)).getByRole("button", { name: "Fix" }));
    });
    expect(await screen.findByText("Not changed: the cell has changed")).toBeTruthy();
    expect(screen.getByText(/Action Plan!F6 changed since you opened it: it now reads "Paused"\./)).toBeTruthy();
    expect(port.applied).toHaveLength(1); // only the stamp
    expect(port.reads).toBe(2); // no re-validation over a conflict
  });

  test("a workbook without a plan says why, and Retry runs again", async () => {
    const port = new FakePort([buildWorkbook(buildSheet("Notes", [["Nothing here"]]))]);
    renderView(port);
    fireEvent.change(screen.getByLabelText(/As at/), { target: { value: AS_OF } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Validate plan" }));
    });
    expect(await screen.findByText("The plan could not be validated")).toBeTruthy();
    expect(screen.getByText(/No action plan table found/)).toBeTruthy();
    expect(port.applied).toEqual([]);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    });
    expect(port.reads).toBe(3);
  });

  test("findings stay on screen when the stamp cannot be saved", async () => {
    class ReadOnlyPort extends FakePort {
      override async apply(): Promise<void> {
        throw new Error("The workbook is read-only.");
      }
    }
    const port = new ReadOnlyPort([plan()]);
    renderView(port);
    fireEvent.change(screen.getByLabelText(/As at/), { target: { value: AS_OF } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Validate plan" }));
    });
    expect(await screen.findByText(/the validation stamp could not be saved in the workbook: The workbook is read-only\./)).toBeTruthy();
    expect(screen.getByText("3 actions need attention before circulation (2 with errors).")).toBeTruthy();
  });

  test("the stamp is written only when asked: unticked, validating writes nothing", async () => {
    const port = new FakePort([plan()]);
    renderView(port);
    fireEvent.click(screen.getByRole("checkbox", { name: /Save a stamp in the workbook/ }));
    fireEvent.change(screen.getByLabelText(/As at/), { target: { value: AS_OF } });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Validate plan" }));
    });
    expect(await screen.findByText(/actions need attention/)).toBeTruthy();
    expect(port.applied).toEqual([]);
  });

  test("Fix all shows every cell it will write before writing; Undo then restores every cell", async () => {
    const port = new SnapshotPort(plan());
    renderView(port as unknown as FakePort);
    await runValidation(port as unknown as FakePort);
    const before = ["F6", "G6", "F7", "G7"].map((c) => port.text("Action Plan", c));
    fireEvent.click(screen.getByRole("button", { name: /^Fix all safe fixes \(\d+\)$/ }));
    const dialog = await screen.findByRole("dialog", { hidden: true });
    const cells = within(dialog).getAllByRole("listitem", { hidden: true }).map((li) => li.textContent);
    // 3: status In Progress -> Complete (the update says so); 4: its RAG Green -> Red; 3's RAG Amber -> Red.
    expect(cells).toEqual(expect.arrayContaining(['3 · F6: "In Progress" → "Complete"', '4 · G7: "Green" → "Red"']));
    expect(port.applied).toHaveLength(1); // only the stamp so far
    await act(async () => {
      fireEvent.click(within(dialog).getByRole("button", { name: /^Apply \d+ fix/, hidden: true }));
    });
    await screen.findByText(/cells? (was|were) changed and logged/);
    expect(port.text("Action Plan", "F6")).toBe("Complete");
    expect(port.text("Action Plan", "G7")).toBe("Red");
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Undo" }));
    });
    await screen.findByText("Undone");
    expect(["F6", "G6", "F7", "G7"].map((c) => port.text("Action Plan", c))).toEqual(before);
  });

  test("stale updates link to the chase list", async () => {
    const port = new FakePort([plan()]);
    const navigate = jest.fn();
    renderInPane(port, <ValidateView onNavigate={navigate} />, { preferences: preferences("KJ") as never, now: () => new Date() });
    await runValidation(port);
    fireEvent.click(screen.getByRole("button", { name: "See who to chase" }));
    expect(navigate).toHaveBeenCalledWith("chase");
  });

  test("Show more adds the next page of groups and moves the focus to the first one it added", async () => {
    // 30 actions, each with a real end date ahead of the as-of date, a status, an update, but no
    // owner: one "no owner" finding each, so 30 groups; the first page shows 25 (GROUP_PAGE).
    const rows: BuiltCell[][] = [["Ref", "Action", "Lead Officer", "End Date", "Update on Progress", "Status"]];
    for (let i = 1; i <= 30; i++) rows.push([String(i), `Action ${i}`, "", dateCell(42216, "31/07/2015"), "01.06.15 KJ: Started", "In Progress"]);
    const port = new FakePort([buildWorkbook(buildSheet("Action Plan", rows))]);
    renderView(port);
    await runValidation(port);
    const list = screen.getByRole("list", { name: "Actions with problems" });
    expect(within(list).getAllByTestId("action-group")).toHaveLength(25);
    fireEvent.click(screen.getByRole("button", { name: "Show 5 more of 5" }));
    const groups = within(list).getAllByTestId("action-group");
    expect(groups).toHaveLength(30);
    // The 26th group (ref 26: groups follow the plan's order within one severity and rule).
    await waitFor(() => expect(document.activeElement).toBe(groups[25].closest("li")));
    expect(within(groups[25]).getByRole("heading").textContent).toMatch(/^26/);
    expect(screen.queryByRole("button", { name: /^Show \d+ more/ })).toBeNull();
  });
});
