/*
 * Rows that hold the same end date, status or update log share one reading, and the rules that
 * word their findings from those readings work each message out once per run (per-reading.ts).
 * These tests would fail if a message were kept under too coarse a key (another row's status
 * or sheet in it) or kept from one run to the next (another as-of date's day counts in it).
 * Columns A-G: ref, action, owner (Role), end date, update, status, RAG; header on row 1, so the
 * first action is row 2. Day counts worked out by hand below.
 */
import type { Plan } from "../../../src/plan/model";
import { readPlan } from "../../../src/plan/read-plan";
import type { Rule } from "../../../src/plan/rules";
import { endDateTbc } from "../../../src/plan/rules/end-date-tbc";
import { notStartedWithProgress } from "../../../src/plan/rules/not-started-with-progress";
import { overdue } from "../../../src/plan/rules/overdue";
import { perReading, perReadings } from "../../../src/plan/per-reading";
import { statusPastEndDate } from "../../../src/plan/rules/status-past-end-date";
import { updateNoInitials } from "../../../src/plan/rules/update-no-initials";
import { updateStale } from "../../../src/plan/rules/update-stale";
import { updateUndated } from "../../../src/plan/rules/update-undated";
import { validatePlan } from "../../../src/plan/validate";
import { buildSheet, buildWorkbook, type BuiltCell } from "../../support/snapshot-builder";

const HEADER = ["Ref No", "Task/Action", "Role", "End Date", "Update on Progress with Actions", "Status", "RAG"];

/** One row per [end date, update, status]. */
function plan(rows: [string, string, string][]): Plan {
  const cells = rows.map(([endDate, update, status], i): BuiltCell[] => [`${i + 1}`, `Action ${i + 1}`, "Service Manager", endDate, update, status, ""]);
  const result = readPlan(buildWorkbook(buildSheet("Action Plan", [HEADER, ...cells])));
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

const messages = (rule: Rule, p: Plan, asOf: string) => validatePlan(p, asOf, {}, [rule]).findings.map((f) => `${f.cell} ${f.message}`);

describe("perReading and perReadings", () => {
  it("work each key out once, an answer of null included, and keep pairs apart", () => {
    const work = jest.fn((key: object) => (key === none ? null : "seen"));
    const none = {};
    const some = {};
    const answer = perReading(work);
    expect([answer(none), answer(some), answer(none), answer(some)]).toEqual([null, "seen", null, "seen"]);
    expect(work).toHaveBeenCalledTimes(2);

    const pair = jest.fn((a: string, b: string) => `${a}+${b}`);
    const both = perReadings(pair);
    expect([both("x", "y"), both("x", "z"), both("x", "y"), both("y", "x")]).toEqual(["x+y", "x+z", "x+y", "y+x"]);
    // Three distinct pairs: (x, y), (x, z), (y, x).
    expect(pair).toHaveBeenCalledTimes(3);
  });
});

describe("rules that word findings once per shared reading", () => {
  // End date 15/05/2015. As of 08/06/2015: 16 days to 31 May, then 8 = 24 days late.
  // As of 01/07/2015: 16 + 30 (June) + 1 = 47 days late.
  const p = plan([
    ["15/05/2015", "", "In Progress"],
    ["15/05/2015", "", "Not Started"],
    ["15/05/2015", "", "In Progress"],
  ]);

  it("overdue: rows sharing an end date keep their own status in the message", () => {
    // The rows do share one reading of the end date (else this test would check nothing).
    expect(p.actions[1].endDate).toBe(p.actions[0].endDate);
    expect(messages(overdue, p, "2015-06-08")).toEqual([
      "D2 End date 15/05/2015 passed 24 days before 08/06/2015 and the action is not complete (status is 'In Progress').",
      "D3 End date 15/05/2015 passed 24 days before 08/06/2015 and the action is not complete (status is 'Not Started').",
      "D4 End date 15/05/2015 passed 24 days before 08/06/2015 and the action is not complete (status is 'In Progress').",
    ]);
  });

  it("overdue and status-past-end-date: a second run at another date counts its own days", () => {
    messages(overdue, p, "2015-06-08");
    expect(messages(overdue, p, "2015-07-01")[0]).toBe("D2 End date 15/05/2015 passed 47 days before 01/07/2015 and the action is not complete (status is 'In Progress').");
    messages(statusPastEndDate, p, "2015-06-08");
    expect(messages(statusPastEndDate, p, "2015-07-01")[1]).toBe("F3 End date 15/05/2015 passed 47 days before 01/07/2015, but status is 'Not Started'.");
  });

  it("update-stale: one log on three rows is stale on each open row, and the closed row is left", () => {
    // Latest entry 01/04/2015; as of 08/06/2015: 29 days to 30 April, 31 in May, 8 in June = 68.
    const log = "01.04.15 KJ: Scoping done.";
    const shared = plan([
      ["30/09/2015", log, "In Progress"],
      ["30/09/2015", log, "Complete"],
      ["30/09/2015", log, "Not Started"],
      ["30/09/2015", "", "In Progress"],
    ]);
    expect(shared.actions[2].updates).toBe(shared.actions[0].updates);
    const said = "The latest dated update is 01/04/2015, 68 days before 08/06/2015 (limit 30).";
    expect(messages(updateStale, shared, "2015-06-08")).toEqual([`E2 ${said}`, `E4 ${said}`, "E5 No update has been entered (limit 30 days)."]);
    // 01/04/2015 to 01/07/2015: 29 + 31 + 30 + 1 = 91 days.
    expect(messages(updateStale, shared, "2015-07-01")[0]).toBe("E2 The latest dated update is 01/04/2015, 91 days before 01/07/2015 (limit 30).");
  });

  it("not-started-with-progress: one log under two wordings of not started is quoted with each", () => {
    const log = "01.06.15 KJ: Workshop held.";
    const shared = plan([
      ["30/09/2015", log, "Not Started"],
      ["30/09/2015", log, "Not yet started"],
      ["30/09/2015", log, "Not Started"],
    ]);
    const said = (status: string) => `Status is '${status}' but the update log has 1 dated entry, latest "01.06.15 KJ: Workshop held.". Check whether work has started.`;
    expect(messages(notStartedWithProgress, shared, "2015-06-08")).toEqual([`F2 ${said("Not Started")}`, `F3 ${said("Not yet started")}`, `F4 ${said("Not Started")}`]);
  });

  it("update-undated, update-no-initials and end-date-tbc: every row with the shared reading is reported, others by their own words", () => {
    const shared = plan([
      ["TBC", "Planning begun.", "In Progress"],
      ["TBC", "Planning begun.", "In Progress"],
      ["TBC", "Scoping to follow.", "Complete"],
      ["30/09/2015", "01.06.15: Workshop held.", "In Progress"],
    ]);
    expect(messages(updateUndated, shared, "2015-06-08")).toEqual([
      'E2 An update entry has no usable date: "Planning begun.".',
      'E3 An update entry has no usable date: "Planning begun.".',
      'E4 An update entry has no usable date: "Scoping to follow.".',
    ]);
    expect(messages(updateNoInitials, shared, "2015-06-08")).toEqual(['E5 An update entry has no initials: "01.06.15: Workshop held.".']);
    // Row 4 is complete, so its TBC end date is another rule's business.
    expect(messages(endDateTbc, shared, "2015-06-08")).toEqual(["D2 End date is 'TBC'.", "D3 End date is 'TBC'."]);
  });
});
