import path from "node:path";
import { chaseList } from "../../src/plan/chase";
import type { Plan } from "../../src/plan/model";
import { prepareUpdate } from "../../src/plan/prepare-update";
import { readPlan } from "../../src/plan/read-plan";
import { DEFAULT_SETTINGS } from "../../src/plan/settings";
import { buildSummary } from "../../src/plan/summary";
import { readPeriodHeading } from "../../src/plan/update-periods";
import { validatePlan } from "../../src/plan/validate";
import { FIXTURES, fixturePlan, fixtureSnapshot, READING } from "../support/fixtures";
import { buildSheet, buildWorkbook } from "../support/snapshot-builder";

const GALLERY_04 = path.join(FIXTURES, "layouts/04-published-progress-table.xlsx");
const GALLERY_23 = path.join(FIXTURES, "layouts/23-board-progress-periods.xlsx");

function read(snapshot: Parameters<typeof readPlan>[0]): Plan {
  const result = readPlan(snapshot);
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

/** A board table: one column per month, newest first, as some boards print it. */
const boardSheet = () =>
  buildSheet("Board", [
    ["Ref", "Action", "Lead", "Due", "Status", "January 2025", "December 2024", "November 2024"],
    ["B1", "Reduce caseloads", "HoS CIN", "31/03/2025", "In progress", "Average 20.", "Average 22.", "Average 24."],
    ["B2", "Agree the strategy", "CPM", "30/11/2024", "In progress", "", "Agreed by the panel. Completed.", "Drafted."],
    ["B3", "Commission a review", "DCS", "30/04/2025", "Not started", "", "", ""],
  ]);

describe("period column headings", () => {
  it.each([
    // A month: its first to its last day.
    ["Action: March 2024", "2024-03-01", "2024-03-31"],
    ["Update: September 2024", "2024-09-01", "2024-09-30"],
    ["November 2024", "2024-11-01", "2024-11-30"],
    ["Nov-24", "2024-11-01", "2024-11-30"],
    ["February 2024 update", "2024-02-01", "2024-02-29"], // 2024 is a leap year
    // Q2 of financial year 2024/25 is July to September 2024.
    ["Update Q2 2024/25", "2024-07-01", "2024-09-30"],
    // Q4 of 2024/25 is January to March 2025.
    ["Q4 2024/25", "2025-01-01", "2025-03-31"],
    ["Position at 31/03/2024", "2024-03-31", "2024-03-31"],
  ])("%s runs %s to %s", (heading, from, to) => {
    expect(readPeriodHeading(heading)).toEqual({ name: heading, from, to });
  });

  it("reads a quarter named without its year as a period it cannot date", () => {
    expect(readPeriodHeading("Update Q2")).toEqual({ name: "Update Q2" });
  });

  it.each(["Due", "Status", "Start Date", "Mon", "Q2", "Update", "Action", "Progress update", "May", "Total hours"])("%s names no period", (heading) => {
    expect(readPeriodHeading(heading)).toBeNull();
  });
});

describe("an update history over period columns (issue 10 cause 4)", () => {
  it("reads gallery 04's three period columns as one history whose latest non-blank cell is the current update", async () => {
    const plan = read(await fixtureSnapshot(GALLERY_04));
    const sheet = plan.sheets[0];
    // D "Action: March 2024", E "Action: June 2024", F "Update: September 2024"; F is written to.
    expect(sheet.updateColumns?.map((c) => c.column)).toEqual([4, 5, 6]);
    expect(sheet.columns.update).toBe(6);
    const rec4 = plan.actions.find((a) => a.ref === "Recommendation 4")!;
    // Row 8 has no September entry: two entries, the June one latest, dated by its heading's last day.
    expect(rec4.updates.map((u) => [u.date, u.cell])).toEqual([
      ["2024-03-31", "D8"],
      ["2024-06-30", "E8"],
    ]);
    expect(rec4.updateText).toBe("");
  });

  it("orders newest-first period columns oldest first and writes to the latest", () => {
    const plan = read(buildWorkbook(boardSheet()));
    // H November, G December, F January.
    expect(plan.sheets[0].updateColumns?.map((c) => c.column)).toEqual([8, 7, 6]);
    expect(plan.sheets[0].columns.update).toBe(6);
    const b2 = plan.actions.find((a) => a.ref === "B2")!;
    // January (F3) is blank: December's "Completed." is the latest entry.
    expect(b2.updates.map((u) => u.raw)).toEqual(["Drafted.", "Agreed by the panel. Completed."]);
    expect(b2.cells.update).toBe("F3");
  });

  it("does not take month columns of numbers (a budget) or statuses for an update history", () => {
    const sheet = buildSheet("Plan", [
      ["Ref", "Action", "Owner", "End date", "Status", "April 2024", "May 2024"],
      ["1", "Do x", "HoS", "31/03/2025", "In progress", 1200, 900],
      ["2", "Do y", "HoS", "31/03/2025", "In progress", 300, 450],
    ]);
    const ragSheet = buildSheet("Plan", [
      ["Ref", "Action", "Owner", "End date", "Update", "RAG Q1 2024/25", "RAG Q2 2024/25"],
      ["1", "Do x", "HoS", "31/03/2025", "01/05/2024 KJ: begun", "Green", "Amber"],
      ["2", "Do y", "HoS", "31/03/2025", "01/05/2024 KJ: begun", "Green", "Red"],
    ]);
    expect(read(buildWorkbook(sheet)).sheets[0].updateColumns).toBeUndefined();
    expect(read(buildWorkbook(ragSheet)).sheets[0]).toMatchObject({ columns: { update: 5 } });
    expect(read(buildWorkbook(ragSheet)).sheets[0].updateColumns).toBeUndefined();
  });

  it("leaves a plan with one update column as it was", async () => {
    const plan = await fixturePlan(READING);
    expect(plan.sheets[0].updateColumns).toBeUndefined();
    expect(plan.actions.every((a) => a.updateHistory === undefined && a.updates.every((u) => u.period === undefined))).toBe(true);
  });

  it("keeps the user's own choice of a single update column", () => {
    const sheet = boardSheet();
    const plan = readPlan(buildWorkbook(sheet), { columns: { update: "G" } });
    if (!plan.ok) throw new Error(plan.message);
    // G (December) is not the latest period (F, January): the user's column stands alone.
    expect(plan.plan.sheets[0].updateColumns).toBeUndefined();
    expect(plan.plan.sheets[0].columns.update).toBe(7);
  });
});

describe("rules, chase and summary on a period history", () => {
  it("judges staleness, the future and initials by the period that dates each entry", async () => {
    const plan = read(await fixtureSnapshot(GALLERY_23));
    const findings = validatePlan(plan, "2025-02-05").findings;
    const of = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.ref);
    // B3's latest entry is December's (January blank): 31/12/2024 is 36 days before 05/02/2025, past 30.
    // B5's December is blank but January (31/01/2025, 5 days) is recent; B6 is Complete.
    expect(of("update-stale")).toEqual(["B3"]);
    expect(findings.find((f) => f.rule === "update-stale")!.message).toContain('"December 2024" (to 31/12/2024), 36 days before 05/02/2025');
    // The headings date the cells and the Lead column names whose they are.
    expect(of("update-no-initials")).toEqual([]);
    expect(of("update-undated")).toEqual([]);
    expect(of("update-in-future")).toEqual([]);
    // B3's latest entry says "Completed." while its status is In progress.
    expect(of("update-says-complete")).toEqual(["B3"]);
  });

  it("counts an entry in a period that has begun as current, and one in a period not begun as future", () => {
    const sheet = buildSheet("Board", [
      ["Ref", "Action", "Lead", "Due", "Status", "January 2025", "February 2025"],
      ["B1", "Reduce caseloads", "HoS CIN", "31/03/2025", "In progress", "Average 22.", "Average 20."],
    ]);
    const plan = read(buildWorkbook(sheet));
    // 5 February is inside February (1-28 February): the entry is current, not future, not stale.
    const early = validatePlan(plan, "2025-02-05").findings.map((f) => f.rule);
    expect(early).not.toContain("update-in-future");
    expect(early).not.toContain("update-stale");
    // On 20 January February has not begun: its entry is dated 28/02/2025, in the future.
    expect(validatePlan(plan, "2025-01-20").findings.map((f) => f.rule)).toContain("update-in-future");
  });

  it("chases by the latest period and shows the period beside the board's latest update", async () => {
    const plan = read(await fixtureSnapshot(GALLERY_23));
    const items = chaseList(plan, "2025-02-05", { staleDays: 30 }).flatMap((g) => g.items);
    expect(items.map((i) => [i.ref, i.lastEntry])).toEqual([["B3", "2024-12-31"]]);
    const summary = buildSummary(plan, "2025-02-05", DEFAULT_SETTINGS, null);
    // B3 is past its end date (30/11/2024) and open: an exception, managed by December's entry.
    expect(summary.exceptions.find((e) => e.ref === "B3")?.latestUpdate).toBe("Strategy agreed by the Corporate Parenting Panel. Completed. (December 2024)");
  });
});

describe("appending an update to a period history", () => {
  const request = (ref: string, date: string) => ({ target: { ref }, initials: "jb", text: "Strategy published.", date, asOf: "2025-12-31", timestamp: "2025-02-05 10:00" });

  it.each([
    // 3 February is after January (31/01) but within one reporting interval (31 December → 31 January, 31 days).
    ["B3", "2025-02-03", "H7", ""],
    // 10 January falls in January.
    ["B3", "2025-01-10", "H7", ""],
    // 15 December falls in December, whose cell already holds text: appended after it, never replacing it.
    ["B3", "2024-12-15", "G7", "Strategy agreed by the Corporate Parenting Panel. Completed."],
  ])("%s dated %s goes in %s", async (ref, date, cell, before) => {
    const snapshot = await fixtureSnapshot(GALLERY_23);
    const prepared = prepareUpdate(read(snapshot), snapshot, request(ref, date));
    if (!prepared.ok) throw new Error(prepared.reason);
    expect(prepared.cell).toBe(cell);
    const write = prepared.changes.writes[0];
    expect(write).toMatchObject({ sheet: "Board Report", address: cell, expectedText: [[before]] });
    expect(prepared.newText.startsWith(before)).toBe(true);
    expect(prepared.newText.endsWith(`JB: Strategy published.`)).toBe(true);
  });

  it("refuses a date past the latest period's reporting interval, naming the sheet and cell", async () => {
    const snapshot = await fixtureSnapshot(GALLERY_23);
    // The interval is 31 days (31/12 → 31/01), so 31/01 + 31 days = 03/03 is the last day allowed; 04/03 is not.
    expect(prepareUpdate(read(snapshot), snapshot, request("B3", "2025-03-03")).ok).toBe(true);
    const refused = prepareUpdate(read(snapshot), snapshot, request("B3", "2025-03-04"));
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.reason).toContain('the latest, "January 2025" (Board Report!H7), ended 31/01/2025');
  });

  it("refuses a date before the first period", async () => {
    const snapshot = await fixtureSnapshot(GALLERY_23);
    const refused = prepareUpdate(read(snapshot), snapshot, request("B3", "2024-10-01"));
    expect(!refused.ok && refused.reason).toContain('before the first, "November 2024" (Board Report!F7)');
  });

  it("writes an update between two periods into the next one (the report that will cover it)", async () => {
    const snapshot = await fixtureSnapshot(GALLERY_04);
    // 10 August falls between June (to 30/06) and September (from 01/09): the September cell F8, blank.
    const prepared = prepareUpdate(read(snapshot), snapshot, { ...request("Recommendation 4", "2024-08-10"), asOf: "2024-10-14" });
    expect(prepared.ok && [prepared.cell, prepared.changes.writes[0].expectedText]).toEqual(["F8", [[""]]]);
  });
});
