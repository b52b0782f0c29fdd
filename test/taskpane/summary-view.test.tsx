/** @jest-environment jsdom */
import { KEPT_SUMMARIES, storedSummaries, withSummary } from "../../src/plan/summary-store";
import type { WorkbookState } from "../../src/plan/state";
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import { InvalidChangeError } from "../../src/plan/change-set";
import { STATE_SHEET } from "../../src/plan/own-sheets";
import type { ChangeSet } from "../../src/plan/port";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import type { SummarySnapshot } from "../../src/plan/summary";
import type { UserPreferences } from "../../src/taskpane/pane-host";
import { formatUk } from "../../src/plan/dates";
import { todayIso } from "../../src/taskpane/validate-model";
import { SummaryView } from "../../src/taskpane/views/SummaryView";
import { buildSheet, buildWorkbook, dateCell, type BuiltCell } from "../support/snapshot-builder";
import { FakePort, fakeSheetActions } from "./fake-port";
import { stateAfter } from "../support/state-after";
import { renderInPane } from "./update-render";

const AS_OF = "2015-06-08";

/**
 * Two workstreams as at 8 June 2015: 1 and 2 past their end date and open (Red), 1A with no end
 * date (Amber), 3 complete (Blue), 4 on time (Green).
 */
function plan(options: { state?: [string, unknown][]; sheets?: string[] } = {}): WorkbookSnapshot {
  const sheets = [
    buildSheet("Action Plan", [
      ["Children's Services Improvement Plan"],
      [],
      ["Ref", "Action", "Lead Officer", "End Date", "Update on Progress", "Status"],
      ["1. Leadership & Governance"],
      ["1", "=Appoint an independent chair", "Chief Executive", dateCell(42124, "30/04/2015"), "27.05.15 KJ: Shortlist agreed", "In Progress"],
      ["1A", "Publish terms of reference", "Head of Governance", "TBC", "", "In Progress"],
      ["2. Practice"],
      ["2", "Audit 50 case files", "Principal Social Worker", dateCell(42124, "30/04/2015"), "", "In Progress"],
      ["3", "Train staff", "Head of Service", dateCell(42124, "30/04/2015"), "01.04.15 SS: Done", "Complete"],
      ["4", "Recruit staff", "Head of Service", dateCell(42247, "31/08/2015"), "01.06.15 SS: Started", "In Progress"],
    ], { merged: ["A4:F4", "A7:F7"] }),
    ...(options.sheets ?? []).map((name) => buildSheet(name, [["x"]])),
  ];
  if (options.state) {
    const rows: BuiltCell[][] = [["Key", "Part", "Value"], ...options.state.map(([key, value]) => [key, 0, JSON.stringify(value)])];
    sheets.push(buildSheet(STATE_SHEET, rows, { visibility: "VeryHidden" }));
  }
  return buildWorkbook(...sheets);
}

/** A summary stored on 1 June in which 3 was still open and 2 was Amber. */
const JUNE_1: SummarySnapshot = {
  asOf: "2015-06-01",
  actions: [
    { key: "ref:1", ref: "1", task: "=Appoint an independent chair", rating: "red", complete: false, endDate: "2015-04-30", endDateText: "30/04/2015" },
    { key: "ref:1A", ref: "1A", task: "Publish terms of reference", rating: "amber", complete: false, endDate: null, endDateText: "TBC" },
    { key: "ref:2", ref: "2", task: "Audit 50 case files", rating: "amber", complete: false, endDate: "2015-04-30", endDateText: "30/04/2015" },
    { key: "ref:3", ref: "3", task: "Train staff", rating: "red", complete: false, endDate: "2015-04-30", endDateText: "30/04/2015" },
    { key: "ref:4", ref: "4", task: "Recruit staff", rating: "green", complete: false, endDate: "2015-08-31", endDateText: "31/08/2015" },
  ],
};

function preferences(initials?: string): UserPreferences & { saved: Map<string, string> } {
  const saved = new Map<string, string>(initials ? [["initials", initials]] : []);
  return { saved, get: (key) => saved.get(key) ?? null, set: (key, value) => void saved.set(key, value) };
}

function renderView(port: FakePort, prefs = preferences("KJ"), sheet = fakeSheetActions()) {
  renderInPane(port, <SummaryView />, { sheet, preferences: prefs as never, now: () => new Date() });
  return { sheet, prefs };
}

/** Opens the view as at 8 June 2015 and waits for the preview. */
async function openAt(port: FakePort, prefs = preferences("KJ")) {
  const rendered = renderView(port, prefs);
  fireEvent.change(screen.getByLabelText(/As at/), { target: { value: AS_OF } });
  await screen.findByRole("table", { name: "Workstreams as at 08/06/2015" });
  return rendered;
}

/** Creates the sheet and waits until the view has finished. */
async function createSheet() {
  await act(async () => {
    fireEvent.click(screen.getByRole("button", { name: "Create summary sheet" }));
  });
  await waitFor(() => expect(screen.queryByText("Creating the summary sheet…")).toBeNull());
}

/** The saved state a change set writes, key by key. */
/** The state after the port's `index`th apply, laid over the snapshot it was prepared from. */
function savedState(port: FakePort, index: number): Record<string, unknown> {
  return stateAfter(port.applied[index], port.appliedOver[index]);
}

/** The cells of a table row, as text. */
function rowCells(table: HTMLElement, first: string): string[] {
  const row = within(table)
    .getAllByRole("row")
    .find((r) => within(r).queryAllByRole("cell")[0]?.textContent?.startsWith(first))!;
  return within(row)
    .getAllByRole("cell")
    .map((c) => c.textContent ?? "");
}

/** A port whose apply fails as when someone added a sheet of the same name meanwhile. */
class NameTakenPort extends FakePort {
  override async apply(changes: ChangeSet): Promise<void> {
    throw new InvalidChangeError(`A sheet named "${changes.addSheets![0].name}" already exists; nothing was written.`);
  }
}

describe("SummaryView", () => {
  test("opens as at today with one read, then previews the workstream table as at the chosen date", async () => {
    const port = new FakePort([plan()]);
    renderView(port);
    expect((screen.getByLabelText(/As at/) as HTMLInputElement).value).toBe(formatUk(todayIso(new Date())));
    expect((screen.getByLabelText(/Your initials/) as HTMLInputElement).value).toBe("KJ");
    await screen.findByRole("table");
    fireEvent.change(screen.getByLabelText(/As at/), { target: { value: AS_OF } });
    const table = await screen.findByRole("table", { name: "Workstreams as at 08/06/2015" });
    expect(port.reads).toBe(1);
    expect(port.applied).toEqual([]);

    // Headings are short on screen but named in full for screen readers.
    const headers = within(table)
      .getAllByRole("columnheader")
      .map((h) => h.textContent);
    expect(headers).toEqual([
      "Workstream and overall rating",
      "Act.Actions",
      "BBlue (complete)",
      "GGreen (on track)",
      "AAmber (at risk)",
      "RRed (off track)",
      "GyGrey (not rated)",
      "%% complete",
    ]);
    // Name and overall rating (a badge with the word), actions, Blue, Green, Amber, Red, Grey, % complete.
    expect(rowCells(table, "1. Leadership")).toEqual(["1. Leadership & GovernanceRed", "2", "0", "0", "1", "1", "0", "0%"]);
    expect(rowCells(table, "2. Practice")).toEqual(["2. PracticeRed", "3", "1", "1", "0", "1", "0", "33%"]);
    expect(rowCells(table, "All workstreams")).toEqual(["All workstreamsRed", "5", "1", "1", "1", "2", "0", "20%"]);

    expect(screen.getByText("3 exceptions: 2 Red, 1 Amber.")).toBeTruthy();
    expect(screen.getByText("No earlier summary is stored in this workbook: changes will show from the next summary.")).toBeTruthy();
  });

  test("Create summary sheet: one read, ONE apply adding the sheet and saving its snapshot; then Go to sheet", async () => {
    const port = new FakePort([plan({ state: [["validationStamp", { by: "SS" }]] })]);
    const sheet = fakeSheetActions();
    renderView(port, preferences("KJ"), sheet);
    fireEvent.change(screen.getByLabelText(/As at/), { target: { value: AS_OF } });
    await screen.findByRole("table", { name: "Workstreams as at 08/06/2015" });
    await createSheet();

    expect(port.reads).toBe(2);
    expect(port.applied).toHaveLength(1);
    const [changes] = port.applied;
    expect(changes.addSheets?.map((s) => s.name)).toEqual(["RAG 2015-06-08"]);
    const spec = changes.addSheets![0];
    expect(spec.rows[0].values[0]).toMatch(/: board highlight report$/);
    expect(spec.rows[0].values[0]).toBe("Children's Services Improvement Plan: board highlight report");
    expect(String(spec.rows[1].values[0])).toMatch(/^As at 08\/06\/2015\. .*Made by KJ on \d{4}-\d\d-\d\d \d\d:\d\d\.$/);
    expect(changes.ensureSheets).toEqual([expect.objectContaining({ name: STATE_SHEET, visibility: "VeryHidden" })]);
    const saved = savedState(port, 0);
    // Everything else in the state is kept; the snapshot joins the stored summaries.
    expect(saved.validationStamp).toEqual({ by: "SS" });
    const summaries = storedSummaries(saved);
    expect(summaries.map((s) => s.asOf)).toEqual([AS_OF]);
    expect(summaries[0].actions.map((a) => a.ref)).toEqual(["1", "1A", "2", "3", "4"]);

    expect(screen.getByText("Summary sheet added")).toBeTruthy();
    const go = screen.getByRole("button", { name: "Go to sheet RAG 2015-06-08" });
    expect(sheet.calls).toEqual([]);
    await act(async () => {
      fireEvent.click(go);
    });
    expect(sheet.calls).toEqual(["activate RAG 2015-06-08"]);
  });

  test("compares with the stored summary before the date and keeps the stored list as the command line does", async () => {
    const older = { ...JUNE_1, asOf: "2015-05-01" };
    const sameDay = { ...JUNE_1, asOf: AS_OF, actions: [] };
    const stored = [older, JUNE_1, sameDay].reduce<WorkbookState>((state, snapshot) => withSummary(state, snapshot), {}).summaries;
    const port = new FakePort([plan({ state: [["summaries", stored]] })]);
    await openAt(port);
    expect(screen.getByText("Changes since the summary as at 01/06/2015:")).toBeTruthy();
    const changes = screen.getByRole("list", { name: "Changes since the summary as at 01/06/2015:" });
    expect(within(changes).getAllByRole("listitem").map((li) => li.textContent)).toEqual([
      "1 newly Red",
      "1 newly complete",
      "0 end dates moved",
      "0 added",
      "0 removed",
    ]);

    await createSheet();
    const summaries = storedSummaries(savedState(port, 0));
    // The same-day snapshot is replaced, the list sorted by date.
    expect(summaries.map((s) => s.asOf)).toEqual(["2015-05-01", "2015-06-01", AS_OF]);
    expect(summaries[2].actions).toHaveLength(5);
    const sheet = port.applied[0].addSheets![0];
    // Action 3 was completed since the summary of 01/06/2015: named on the "Completed this period" line.
    expect(sheet.rows.some((r) => String(r.values[0]).startsWith("Completed this period: ") && String(r.values[2]).split(", ").includes("3"))).toBe(true);
  });

  test(`keeps at most ${KEPT_SUMMARIES} summaries, dropping the oldest`, async () => {
    const stored = Array.from({ length: KEPT_SUMMARIES }, (_, i) => ({ asOf: `2015-05-${String(i + 1).padStart(2, "0")}`, actions: [] }))
      .reduce<WorkbookState>((state, snapshot) => withSummary(state, snapshot), {}).summaries;
    const port = new FakePort([plan({ state: [["summaries", stored]] })]);
    await openAt(port);
    await createSheet();
    const summaries = storedSummaries(savedState(port, 0));
    expect(summaries).toHaveLength(KEPT_SUMMARIES);
    expect(summaries[0].asOf).toBe("2015-05-02");
    expect(summaries.at(-1)!.asOf).toBe(AS_OF);
  });

  test("a name already in the workbook gets the next free one", async () => {
    const port = new FakePort([plan({ sheets: ["rag 2015-06-08"] })]);
    await openAt(port);
    await createSheet();
    expect(port.applied[0].addSheets![0].name).toBe("RAG 2015-06-08 (2)");
    expect(screen.getByRole("button", { name: "Go to sheet RAG 2015-06-08 (2)" })).toBeTruthy();
  });

  test("a sheet of that name added meanwhile: the error says nothing was written and what to do", async () => {
    const port = new NameTakenPort([plan()]);
    await openAt(port);
    await createSheet();
    expect(screen.getByText("The summary sheet was not created")).toBeTruthy();
    expect(
      screen.getByText(
        'A sheet named "RAG 2015-06-08" already exists; nothing was written. Select Create summary sheet again: the next free name will be used.',
      ),
    ).toBeTruthy();
    expect(screen.queryByRole("button", { name: /Go to sheet/ })).toBeNull();
    // The button is usable again.
    expect(screen.getByRole("button", { name: "Create summary sheet" }).getAttribute("aria-disabled")).not.toBe("true");
  });

  test("a workbook with no plan shows why, with Retry; Create says so too and writes nothing", async () => {
    const empty = buildWorkbook(buildSheet("Sheet1", [["Shopping list"], ["Milk"]]));
    const port = new FakePort([empty]);
    renderView(port);
    expect(await screen.findByText("No plan could be read")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Retry" })).toBeTruthy();
    await createSheet();
    expect(screen.getByText("The summary sheet was not created")).toBeTruthy();
    expect(port.applied).toEqual([]);
  });

  test("an unreadable workbook: the read error is shown; Retry reads again", async () => {
    const port = new FakePort([new Error("Excel is busy"), plan()]);
    renderView(port);
    expect(await screen.findByText(/The workbook could not be read: Excel is busy/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Retry" }));
    });
    expect(await screen.findByRole("table")).toBeTruthy();
    expect(port.reads).toBe(2);
  });

  test("initials: optional (the add-in signs), invalid ones block Create, valid ones are remembered", async () => {
    const prefs = preferences();
    const port = new FakePort([plan()]);
    await openAt(port, prefs);
    expect((screen.getByLabelText(/Your initials/) as HTMLInputElement).value).toBe("");
    fireEvent.change(screen.getByLabelText(/Your initials/), { target: { value: "K1" } });
    expect(screen.getByText("Enter 1 to 4 letters, e.g. KJ.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Create summary sheet" }).getAttribute("aria-disabled")).toBe("true");

    fireEvent.change(screen.getByLabelText(/Your initials/), { target: { value: "" } });
    await createSheet();
    expect(String(port.applied[0].addSheets![0].rows[1].values[0])).toMatch(/Made by the Action Plan Assistant add-in on /);
    expect(prefs.saved.has("initials")).toBe(false);

    fireEvent.change(screen.getByLabelText(/Your initials/), { target: { value: "ss" } });
    // Enter in a field submits the form, as for keyboard users.
    await act(async () => {
      fireEvent.submit(screen.getByRole("form", { name: "Summary sheet" }));
    });
    await waitFor(() => expect(port.applied).toHaveLength(2));
    expect(String(port.applied[1].addSheets![0].rows[1].values[0])).toMatch(/Made by ss on /);
    expect(prefs.saved.get("initials")).toBe("ss");
  });

  test("a date that is not real blocks Create and the preview says so", async () => {
    const port = new FakePort([plan()]);
    await openAt(port);
    fireEvent.change(screen.getByLabelText(/As at/), { target: { value: "" } });
    expect(screen.getByText("Enter the As at date to judge the plan at.")).toBeTruthy();
    expect(screen.getByText("Choose a date to see the preview.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Create summary sheet" }).getAttribute("aria-disabled")).toBe("true");
  });
});
