/*
 * The board summary (buildSummary) on plans worked by hand: the per-workstream figures a board
 * reads, the exceptions list, the snapshot kept for next time and the comparison with it. As-of
 * date: Monday 8 June 2015. Days late: 31/05 is 8 days behind 08/06, 01/06 is 7, and 21/05 is
 * 10 (to 31/05) + 8 = 18. Every summary is built inside its test, so mutation testing's per-test
 * coverage sees it.
 */
import type { Plan } from "../../src/plan/model";
import { readPlan } from "../../src/plan/read-plan";
import { DEFAULT_SETTINGS } from "../../src/plan/settings";
import { buildSummary, overallRating, previousSnapshot, type ActionSnapshot, type RagCounts, type SummarySnapshot } from "../../src/plan/summary";
import { buildSheet, buildWorkbook, type BuiltCell } from "../support/snapshot-builder";

const AS_OF = "2015-06-08";
const HEADER = ["Ref No", "Task/Action", "Role", "End Date", "Update on Progress with Actions", "Status", "RAG"];

/** A plan from rows under HEADER (sheet row 2 onwards); a one-cell row is a merged heading. */
function readRows(rows: BuiltCell[][]): Plan {
  const merged = rows.map((r, i) => (r.length === 1 ? `A${i + 2}:G${i + 2}` : "")).filter(Boolean);
  const padded = rows.map((r) => (r.length === 1 ? [r[0], "", "", "", "", "", ""] : r));
  const result = readPlan(buildWorkbook(buildSheet("Action Plan", [HEADER, ...padded], { merged })));
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

const SM = "Service Manager";
const counts = (c: Partial<RagCounts>): RagCounts => ({ blue: 0, green: 0, amber: 0, red: 0, grey: 0, ...c });

/** Two workstreams, the first with two priorities; the rating the rules give is on each row. */
const board = () =>
  readRows([
    ["1. Safeguarding"], // row 2
    ["1.1 Case audit"], // row 3
    ["1", "Audit case files", SM, "31/05/2015", "01.06.15 KJ: Started.", "In Progress", "Green"], // row 4: Red, 8 days late (the plan says Green)
    ["2", "Train staff", SM, "30/09/2015", "02.06.15 KJ: Booked.", "In Progress", "Green"], // row 5: Green
    ["1.2 Policy"], // row 6
    ["3", "Write policy", SM, "TBC", "03.06.15 KJ: Drafting.", "In Progress", "Amber"], // row 7: Amber, no real end date
    ["4", "Old review", SM, "30/09/2015", "", "Cancelled", "Red"], // row 8: Grey (not rated)
    ["2. Workforce"], // row 9
    ["5", "Recruit", SM, "21/05/2015", "01.06.15 KJ: Advert out.", "Not Started", ""], // row 10: Red, 18 days late
    ["6", "Induction", SM, "01/06/2015", "01.06.15 KJ: Slipping.", "In Progress", "Red"], // row 11: Red, 7 days late
    ["7", "Survey", "", "", "", "At risk", "Green"], // row 12: Amber, at risk (the plan says Green)
    ["8", "Finish report", SM, "30/06/2015", "01.06.15 KJ: Done.", "Complete", "Blue"], // row 13: Blue
    ["9", "Vetting", SM, "08/06/2015", "01.06.15 KJ: Behind.", "Overdue", ""], // row 14: Red (status), due today
  ]);

describe("buildSummary: each workstream's figures", () => {
  it("counts each workstream's ratings and the plan's in total", () => {
    const s = buildSummary(board(), AS_OF, DEFAULT_SETTINGS, null);
    expect(s.workstreams.map((w) => [w.name, w.actions])).toEqual([
      ["1. Safeguarding", 4],
      ["2. Workforce", 5],
    ]);
    expect(s.workstreams[0].rag).toEqual(counts({ red: 1, green: 1, amber: 1, grey: 1 }));
    expect(s.workstreams[1].rag).toEqual(counts({ red: 3, amber: 1, blue: 1 }));
    // 1 + 3 Red, 1 Green, 1 + 1 Amber, 1 Grey, 1 Blue: 9 actions.
    expect([s.totals.name, s.totals.actions, s.totals.rag]).toEqual(["All workstreams", 9, counts({ red: 4, green: 1, amber: 2, grey: 1, blue: 1 })]);
  });

  it("counts statuses as written, each as often as it appears", () => {
    const s = buildSummary(board(), AS_OF, DEFAULT_SETTINGS, null);
    expect(s.workstreams[0].statuses).toEqual({ "In Progress": 3, Cancelled: 1 });
  });

  it("works out percent complete over the actions not cancelled", () => {
    const s = buildSummary(board(), AS_OF, DEFAULT_SETTINGS, null);
    // Safeguarding: 0 complete of 3 (4 is cancelled) = 0 %. Workforce: 1 of 5 = 20 %.
    // All: 1 of 8 = 12.5 %, which rounds to 13 %.
    expect(s.workstreams.map((w) => w.percentComplete)).toEqual([0, 20]);
    expect(s.totals.percentComplete).toBe(13);
  });

  it("gives 0 % complete, not NaN, for a workstream whose actions are all cancelled", () => {
    const plan = readRows([["1. Dropped"], ["1", "Old survey", SM, "30/09/2015", "", "Cancelled", ""]]);
    expect(buildSummary(plan, AS_OF, DEFAULT_SETTINGS, null).workstreams[0].percentComplete).toBe(0);
  });

  it("rates each workstream and the whole plan by the default share rule", () => {
    const s = buildSummary(board(), AS_OF, DEFAULT_SETTINGS, null);
    // Safeguarding: open 1 + 1 + 1 = 3, Red 1/3 = 33 % >= 25 %. Workforce: open 3 + 1 = 4, Red 3/4 = 75 %.
    // All: open 4 + 2 + 1 = 7, Red 4/7 = 57 %.
    expect(s.workstreams.map((w) => w.overallReason)).toEqual(["33% of open rated actions are Red (Red from 25%).", "75% of open rated actions are Red (Red from 25%)."]);
    expect([s.totals.overall, s.totals.overallReason]).toEqual(["red", "57% of open rated actions are Red (Red from 25%)."]);
  });

  it("counts the plan's own RAG where it differs from the rules' rating, leaving out actions the rules do not rate", () => {
    const s = buildSummary(board(), AS_OF, DEFAULT_SETTINGS, null);
    // Safeguarding: action 1 says Green but is Red: 1. Action 4 says Red but is cancelled (Grey,
    // not rated): not counted. Workforce: action 7 says Green but is Amber: 1. 2, 3, 6 and 8
    // agree; 5 and 9 have no RAG. All: 1 + 1 = 2.
    expect(s.workstreams.map((w) => w.ragColumnDisagreements)).toEqual([1, 1]);
    expect(s.totals.ragColumnDisagreements).toBe(2);
  });

  it("counts each priority's actions and ratings under its workstream", () => {
    const s = buildSummary(board(), AS_OF, DEFAULT_SETTINGS, null);
    expect(s.workstreams[0].priorities).toEqual([
      { name: "1.1 Case audit", actions: 2, rag: counts({ red: 1, green: 1 }) },
      { name: "1.2 Policy", actions: 2, rag: counts({ amber: 1, grey: 1 }) },
    ]);
    // A new workstream heading ends the last priority: Workforce has none.
    expect(s.workstreams[1].priorities).toEqual([]);
  });

  it("leaves out a workstream heading with no actions under it", () => {
    const plan = readRows([["1. Safeguarding"], ["1", "Audit case files", SM, "30/09/2015", "01.06.15 KJ: Started.", "In Progress", ""], ["2. Finance"]]);
    expect(buildSummary(plan, AS_OF, DEFAULT_SETTINGS, null).workstreams.map((w) => w.name)).toEqual(["1. Safeguarding"]);
  });

  it("puts every action of a plan with no workstream headings under one '(no workstream)' row", () => {
    const plan = readRows([
      ["1", "Audit case files", SM, "31/05/2015", "01.06.15 KJ: Started.", "In Progress", ""],
      ["2", "Train staff", SM, "30/09/2015", "01.06.15 KJ: Booked.", "In Progress", ""],
    ]);
    const s = buildSummary(plan, AS_OF, DEFAULT_SETTINGS, null);
    expect(s.workstreams.map((w) => [w.name, w.actions, w.rag])).toEqual([["(no workstream)", 2, counts({ red: 1, green: 1 })]]);
    // Both are In Progress: 0 of 2 complete, 0 %.
    expect(s.workstreams[0].percentComplete).toBe(0);
    expect(s.exceptions.map((e) => e.workstream)).toEqual(["(no workstream)"]);
  });
});

describe("buildSummary: the exceptions the board sees", () => {
  it("lists only Red and Amber actions: Red by days late, most first, a Red with no days late after them, then Amber in plan order", () => {
    const s = buildSummary(board(), AS_OF, DEFAULT_SETTINGS, null);
    // Red: 5 (18 days), 1 (8), 6 (7), 9 (off track, due today: no days late). Amber: 3, 7.
    expect(s.exceptions.map((e) => [e.ref, e.rag, e.daysOverdue])).toEqual([
      ["5", "red", 18],
      ["1", "red", 8],
      ["6", "red", 7],
      ["9", "red", null],
      ["3", "amber", null],
      ["7", "amber", null],
    ]);
  });

  it("keeps Red actions with no days late in plan order, after the late ones", () => {
    // Rows 2 and 4 are Red by their status with the end date ahead (no days late); row 3 is 1 day
    // late (07/06 to 08/06): one day late must still sort before no days late.
    const plan = readRows([
      ["1", "Vetting", SM, "30/09/2015", "01.06.15 KJ: Behind.", "Overdue", ""],
      ["2", "Audit case files", SM, "07/06/2015", "01.06.15 KJ: Started.", "In Progress", ""],
      ["3", "Recruit", SM, "30/09/2015", "01.06.15 KJ: Behind.", "Overdue", ""],
    ]);
    expect(buildSummary(plan, AS_OF, DEFAULT_SETTINGS, null).exceptions.map((e) => [e.ref, e.daysOverdue])).toEqual([
      ["2", 1],
      ["1", null],
      ["3", null],
    ]);
  });

  it("gives each exception's row, owner, end date as written, status, rule, reason and latest update", () => {
    const s = buildSummary(board(), AS_OF, DEFAULT_SETTINGS, null);
    const byRef = (ref: string) => s.exceptions.find((e) => e.ref === ref);
    expect(byRef("3")).toEqual({
      ref: "3",
      task: "Write policy",
      workstream: "1. Safeguarding",
      owner: SM,
      endDate: "TBC",
      daysOverdue: null,
      status: "In Progress",
      rag: "amber",
      rule: "no-end-date",
      reason: 'Open with no real end date ("TBC").',
      latestUpdate: "03.06.15 KJ: Drafting.",
      sheet: "Action Plan",
      row: 7,
    });
    // Action 7 has no owner, a blank end date and no update.
    expect(byRef("7")).toMatchObject({ workstream: "2. Workforce", owner: "", endDate: null, latestUpdate: null, rule: "status-at-risk", row: 12 });
    expect(byRef("5")).toMatchObject({ endDate: "21/05/2015", daysOverdue: 18, status: "Not Started", rule: "past-end-date", row: 10 });
  });

  it("gives no days late for an action due today, even one rated Red by its status", () => {
    // 08/06/2015 - 08/06/2015 = 0 days: not late.
    const s = buildSummary(board(), AS_OF, DEFAULT_SETTINGS, null);
    expect(s.exceptions.find((e) => e.ref === "9")).toMatchObject({ rag: "red", rule: "status-off-track", daysOverdue: null, endDate: "08/06/2015" });
  });
});

/** Actions keyed and stored for the next comparison. */
const keyed = () =>
  readRows([
    ["a1", "Task A", SM, "30/09/2015", "01.06.15 KJ: Started.", "In Progress", ""], // row 2
    ["A1", "Task A again", SM, "TBC", "01.06.15 KJ: Started.", "In Progress", ""], // row 3: the same ref
    ["", "Chase  the   Panel", SM, "", "01.06.15 KJ: Started.", "Not Started", ""], // row 4: no ref
    ["", "chase the panel", SM, "30/09/2015", "01.06.15 KJ: Started.", "Complete", ""], // row 5: the same task
    ["B2", "Old survey", SM, "30/09/2015", "", "Cancelled", ""], // row 6
  ]);

describe("buildSummary: the snapshot kept for the next summary", () => {
  it("keys actions by upper-cased ref, else by task in lower case with spaces collapsed, numbering repeats", () => {
    const s = buildSummary(keyed(), AS_OF, DEFAULT_SETTINGS, null);
    expect(s.snapshot.actions.map((a) => a.key)).toEqual(["ref:A1", "ref:A1#2", "task:chase the panel", "task:chase the panel#2", "ref:B2"]);
  });

  it("stores the end date as a date only when it is one, and its text unless blank", () => {
    const s = buildSummary(keyed(), AS_OF, DEFAULT_SETTINGS, null);
    expect(s.snapshot.actions.map((a) => [a.endDate, a.endDateText])).toEqual([
      ["2015-09-30", "30/09/2015"],
      [null, "TBC"],
      [null, null],
      ["2015-09-30", "30/09/2015"],
      ["2015-09-30", "30/09/2015"],
    ]);
  });

  it("marks complete actions complete, and cancelled ones not", () => {
    const s = buildSummary(keyed(), AS_OF, DEFAULT_SETTINGS, null);
    expect(s.snapshot.actions.map((a) => a.complete)).toEqual([false, false, false, true, false]);
  });

  it("keeps a task of up to 120 characters whole and cuts a longer one to 119 and an ellipsis", () => {
    const long120 = "x".repeat(120);
    const long121 = "y".repeat(121);
    const plan = readRows([
      ["1", long120, SM, "30/09/2015", "01.06.15 KJ: Started.", "In Progress", ""],
      ["2", long121, SM, "30/09/2015", "01.06.15 KJ: Started.", "In Progress", ""],
    ]);
    const [a, b] = buildSummary(plan, AS_OF, DEFAULT_SETTINGS, null).snapshot.actions;
    expect(a.task).toBe(long120);
    expect(b.task).toBe(`${"y".repeat(119)}…`);
  });
});

describe("buildSummary: what changed since the previous summary", () => {
  const was = (key: string, over: Partial<ActionSnapshot>): ActionSnapshot => ({ key, ref: null, task: "", rating: "green", complete: false, endDate: "2015-09-30", endDateText: "30/09/2015", ...over });

  it("does not call an action Red again, or complete again, if it already was", () => {
    const previous: SummarySnapshot = {
      asOf: "2015-06-01",
      actions: [was("ref:1", { rating: "red", endDate: "2015-05-31", endDateText: "31/05/2015" }), was("ref:8", { rating: "blue", complete: true, endDate: "2015-06-30", endDateText: "30/06/2015" })],
    };
    const changes = buildSummary(board(), AS_OF, DEFAULT_SETTINGS, previous).changes;
    expect([changes.newlyRed, changes.newlyComplete, changes.endDatesMoved]).toEqual([[], [], []]);
  });

  it("moves an end date only when the date changes, or, with no date either side, when the text does", () => {
    const previous: SummarySnapshot = {
      asOf: "2015-06-01",
      actions: [
        was("ref:A1", { endDateText: "30/9/2015" }), // same date, written differently: not moved
        was("ref:A1#2", { endDate: null, endDateText: "Q3" }), // Q3 to TBC: moved
        was("task:chase the panel", { endDate: null, endDateText: null }), // blank both times: not moved
        was("task:chase the panel#2", { endDate: "2015-08-31", endDateText: "31/08/2015" }), // 31/08 to 30/09: moved
      ],
    };
    const changes = buildSummary(keyed(), AS_OF, DEFAULT_SETTINGS, previous).changes;
    expect(changes.endDatesMoved).toEqual([
      { ref: "A1", task: "Task A again", from: "Q3", to: "TBC" },
      { ref: null, task: "chase the panel", from: "31/08/2015", to: "30/09/2015" },
    ]);
  });
});

describe("previousSnapshot: the summary to compare with", () => {
  const at = (asOf: string): SummarySnapshot => ({ asOf, actions: [] });

  it("takes the latest summary made before the as-of date, not one made on it", () => {
    const stored = [at("2015-05-01"), at("2015-06-01"), at("2015-06-08"), at("2015-04-01")];
    expect(previousSnapshot(stored, AS_OF)?.asOf).toBe("2015-06-01");
  });

  it("has none when nothing was stored or every stored summary is on or after the as-of date", () => {
    expect(previousSnapshot(undefined, AS_OF)).toBeNull();
    expect(previousSnapshot([], AS_OF)).toBeNull();
    expect(previousSnapshot([at("2015-06-08"), at("2015-07-01")], AS_OF)).toBeNull();
  });
});

describe("overallRating: nothing open", () => {
  it("is Blue when one action is complete and one not rated (total 2, none open)", () => {
    expect(overallRating(counts({ blue: 1, grey: 1 }), DEFAULT_SETTINGS.overallRule)).toEqual({ rating: "blue", reason: "Every rated action is complete." });
  });
});
