/*
 * The overdue and status rules one by one: when each fires, when it does not, and its message in
 * the row's own words, worked out by hand. As-of date: Monday 8 June 2015. 31/05/2015 is 8 days
 * behind it; 30/09/2015 is 22 (rest of June) + 31 + 31 + 30 = 114 days ahead; Q4 2014/15 ends
 * 31/03/2015, 30 (April) + 31 (May) + 8 = 69 days behind.
 */
import type { Plan } from "../../src/plan/model";
import { readPlan } from "../../src/plan/read-plan";
import type { Rule } from "../../src/plan/rules";
import { overdue } from "../../src/plan/rules/overdue";
import { overdueStatusNotDue } from "../../src/plan/rules/overdue-status-not-due";
import { statusBlank } from "../../src/plan/rules/status-blank";
import { statusPastEndDate } from "../../src/plan/rules/status-past-end-date";
import { statusUnknown } from "../../src/plan/rules/status-unknown";
import { validatePlan } from "../../src/plan/validate";
import { buildSheet, buildWorkbook, type BuiltCell } from "../support/snapshot-builder";

const AS_OF = "2015-06-08";
const HEADER = ["Ref No", "Task/Action", "Role", "End Date", "Update on Progress with Actions", "Status"];

function plan(rows: BuiltCell[][], header = HEADER): Plan {
  const result = readPlan(buildWorkbook(buildSheet("Action Plan", [header, ...rows])));
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

/** The findings one rule gives for one action with this end date, status and update. */
function findings(rule: Rule, end: string, status: string, update = "01.06.15 KJ: Work under way.") {
  return validatePlan(plan([["1", "Action 1", "Service Manager", end, update, status]]), AS_OF, {}, [rule]).findings.map((f) => ({ cell: f.cell, message: f.message, fix: f.fix?.value }));
}

describe("overdue", () => {
  it("names the period an end date was written as, and the days since it ended", () => {
    expect(findings(overdue, "Q4 2014/15", "In Progress")).toEqual([
      {
        cell: "D2",
        message: "End date Q4 2014/15 (Q4 of financial year 2014/15 ends 31/03/2015) passed 69 days before 08/06/2015 and the action is not complete (status is 'In Progress').",
        fix: undefined,
      },
    ]);
  });

  it("says the status is blank when it is", () => {
    expect(findings(overdue, "31/05/2015", "")[0].message).toBe("End date 31/05/2015 passed 8 days before 08/06/2015 and the action is not complete (status is blank).");
  });

  it("says nothing of an action with no real end date", () => {
    expect(findings(overdue, "TBC", "In Progress")).toEqual([]);
  });
});

describe("status-past-end-date", () => {
  it("proposes the plan's own word for overdue for an in-progress action", () => {
    // Row 3 teaches the plan's word ("Off track"); its end date is ahead, so it is not flagged here.
    const p = plan([
      ["1", "Action 1", "Service Manager", "31/05/2015", "01.06.15 KJ: Work under way.", "In Progress"],
      ["2", "Action 2", "Service Manager", "30/09/2015", "01.06.15 KJ: Behind.", "Off track"],
    ]);
    expect(validatePlan(p, AS_OF, {}, [statusPastEndDate]).findings.map((f) => [f.cell, f.message, f.fix])).toEqual([
      ["F2", "End date 31/05/2015 passed 8 days before 08/06/2015, but status is 'In Progress'.", { cell: "F2", value: "Off track" }],
    ]);
  });

  it("proposes no status when the plan has no word for overdue", () => {
    expect(findings(statusPastEndDate, "31/05/2015", "In Progress")).toEqual([
      { cell: "F2", message: "End date 31/05/2015 passed 8 days before 08/06/2015, but status is 'In Progress'.", fix: undefined },
    ]);
  });

  it("flags a not-started action past its end date without proposing a status", () => {
    expect(findings(statusPastEndDate, "31/05/2015", "Not Started")).toEqual([
      { cell: "F2", message: "End date 31/05/2015 passed 8 days before 08/06/2015, but status is 'Not Started'.", fix: undefined },
    ]);
  });

  it("leaves other statuses, an end date today and a missing end date alone", () => {
    expect(findings(statusPastEndDate, "31/05/2015", "At risk")).toEqual([]);
    expect(findings(statusPastEndDate, "31/05/2015", "Overdue")).toEqual([]);
    // 08/06 - 08/06 = 0 days: not past.
    expect(findings(statusPastEndDate, "08/06/2015", "In Progress")).toEqual([]);
    expect(findings(statusPastEndDate, "TBC", "In Progress")).toEqual([]);
  });

  it("flags an in-progress action past its end date with no update at all", () => {
    expect(findings(statusPastEndDate, "31/05/2015", "In Progress", "").map((f) => f.message)).toEqual(["End date 31/05/2015 passed 8 days before 08/06/2015, but status is 'In Progress'."]);
  });

  it("proposes no status for a not-started action even when the plan has a word for overdue", () => {
    const p = plan([
      ["1", "Action 1", "Service Manager", "31/05/2015", "01.06.15 KJ: Planned.", "Not Started"],
      ["2", "Action 2", "Service Manager", "30/09/2015", "01.06.15 KJ: Behind.", "Off track"],
    ]);
    expect(validatePlan(p, AS_OF, {}, [statusPastEndDate]).findings.map((f) => [f.cell, f.fix])).toEqual([["F2", undefined]]);
  });

  it("leaves a row at 100 % complete or with a completed date to the completion-field rules", () => {
    const header = [...HEADER, "% Complete", "Completed Date"];
    const p = plan(
      [
        ["1", "Action 1", "Service Manager", "31/05/2015", "01.06.15 KJ: Work under way.", "In Progress", "100%", ""],
        ["2", "Action 2", "Service Manager", "31/05/2015", "01.06.15 KJ: Work under way.", "In Progress", "50%", "05/06/2015"],
        ["3", "Action 3", "Service Manager", "31/05/2015", "01.06.15 KJ: Work under way.", "In Progress", "99%", ""],
      ],
      header,
    );
    // Only row 4 (99 %, no completed date) is left to this rule.
    expect(validatePlan(p, AS_OF, {}, [statusPastEndDate]).findings.map((f) => f.row)).toEqual([4]);
  });

  it("leaves a row whose latest update says it is complete to update-says-complete", () => {
    expect(findings(statusPastEndDate, "31/05/2015", "In Progress", "01.06.15 KJ: This has been completed.")).toEqual([]);
  });
});

describe("overdue-status-not-due", () => {
  it("says how far ahead the end date still is, and proposes the plan's word for in progress", () => {
    // Row 3 teaches the plan's word for in progress; on track with its end date ahead, it is not flagged.
    const p = plan([
      ["1", "Action 1", "Service Manager", "30/09/2015", "01.06.15 KJ: Behind.", "Overdue"],
      ["2", "Action 2", "Service Manager", "30/09/2015", "01.06.15 KJ: Going well.", "In Progress (on track)"],
    ]);
    expect(validatePlan(p, AS_OF, {}, [overdueStatusNotDue]).findings.map((f) => [f.cell, f.message, f.fix])).toEqual([
      ["F2", "Status is 'Overdue', but the end date 30/09/2015 is still 114 days ahead of 08/06/2015.", { cell: "F2", value: "In Progress (on track)" }],
    ]);
  });

  it("says 'today' for an end date on the as-of date", () => {
    expect(findings(overdueStatusNotDue, "08/06/2015", "Overdue")[0].message).toBe("Status is 'Overdue', but the end date 08/06/2015 is today.");
  });

  it("leaves an overdue status past its end date, a missing end date and other statuses alone", () => {
    expect(findings(overdueStatusNotDue, "31/05/2015", "Overdue")).toEqual([]);
    expect(findings(overdueStatusNotDue, "TBC", "Overdue")).toEqual([]);
    expect(findings(overdueStatusNotDue, "30/09/2015", "In Progress")).toEqual([]);
  });
});

describe("status-blank and status-unknown", () => {
  it("reports a blank status in a plan with a Status column", () => {
    expect(findings(statusBlank, "30/09/2015", "")).toEqual([{ cell: "F2", message: "Status is blank.", fix: undefined }]);
    expect(findings(statusBlank, "30/09/2015", "In Progress")).toEqual([]);
  });

  it("does not report a blank status in a plan with no Status column", () => {
    const noStatus = plan([["1", "Action 1", "Service Manager", "30/09/2015", "01.06.15 KJ: Work under way."]], HEADER.slice(0, 5));
    expect(validatePlan(noStatus, AS_OF, {}, [statusBlank]).findings).toEqual([]);
  });

  it("quotes a status it does not recognise", () => {
    expect(findings(statusUnknown, "30/09/2015", "Waiting for Godot")).toEqual([
      { cell: "F2", message: "Status 'Waiting for Godot' is not a status this plan or the add-in recognises.", fix: undefined },
    ]);
    expect(findings(statusUnknown, "30/09/2015", "In Progress")).toEqual([]);
  });
});
