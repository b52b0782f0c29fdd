/*
 * The words deriveRag gives a board member for each rating, and what closes an action in a plan
 * with no Status column, worked out by hand. As-of date: Monday 8 June 2015; 09/06/2015 is 1 day
 * ahead, 30/09/2015 is 22 (rest of June) + 31 + 31 + 30 = 114 days ahead.
 */
import type { Action } from "../../src/plan/model";
import { deriveRag } from "../../src/plan/rag";
import { readPlan } from "../../src/plan/read-plan";
import { DEFAULT_SETTINGS } from "../../src/plan/settings";
import { buildSheet, buildWorkbook, type BuiltCell } from "../support/snapshot-builder";

const AS_OF = "2015-06-08";

function first(header: string[], row: BuiltCell[]): Action {
  const result = readPlan(buildWorkbook(buildSheet("Action Plan", [header, row])));
  if (!result.ok) throw new Error(result.message);
  return result.plan.actions[0];
}

const HEADER = ["Ref No", "Task/Action", "Role", "End Date", "Update on Progress with Actions", "Status"];
const reason = (end: string, status: string) => deriveRag(first(HEADER, ["1", "Action 1", "Service Manager", end, "01.06.15 KJ: Work under way.", status]), AS_OF, DEFAULT_SETTINGS).reason;

describe("deriveRag: the reason given with each rating", () => {
  it("says the plan calls it off track, quoting the status", () => {
    expect(reason("30/09/2015", "Overdue")).toBe('The plan says it is off track (status "Overdue").');
  });

  it("says the plan calls it at risk, quoting the status", () => {
    expect(reason("30/09/2015", "At risk")).toBe('The plan says it is at risk (status "At risk").');
  });

  it("says it is paused, quoting the status", () => {
    expect(reason("30/09/2015", "On hold")).toBe('Paused (status "On hold").');
  });

  it("quotes an end date that is not a date", () => {
    expect(reason("LSCB Chair", "In Progress")).toBe('Open with no real end date ("LSCB Chair").');
  });

  it("says 1 day, not 1 days, for a not-started action due tomorrow", () => {
    expect(reason("09/06/2015", "Not Started")).toBe("Not started and due in 1 day (within 28).");
  });

  it("says how far ahead an in-progress action's end date is: 1 day, 0 days", () => {
    expect(reason("09/06/2015", "In Progress")).toBe("In progress with its end date 1 day ahead.");
    expect(reason("08/06/2015", "In Progress")).toBe("In progress with its end date 0 days ahead.");
  });

  it("quotes a status the rules do not rate, or says there is none", () => {
    expect(reason("30/09/2015", "Waiting")).toBe('Not rated: status "Waiting" with its end date ahead.');
    expect(reason("30/09/2015", "")).toBe("Not rated: no status with its end date ahead.");
  });
});

describe("deriveRag: a plan with no Status column closed by its completion fields", () => {
  const header = ["Ref No", "Task/Action", "Role", "End Date", "Update on Progress with Actions", "% Complete", "Completed Date"];
  // The end date 31/05/2015 is 8 days behind the as-of date: Red unless something says it is done.
  const rate = (percent: BuiltCell, completed: BuiltCell) => {
    const r = deriveRag(first(header, ["1", "Action 1", "Service Manager", "31/05/2015", "01.06.15 KJ: Work under way.", percent, completed]), AS_OF, DEFAULT_SETTINGS);
    return `${r.rating}: ${r.reason}`;
  };

  it("is Blue at 100 % complete, and says so", () => {
    expect(rate("100%", "")).toBe("blue: Complete (no status column; it is 100% complete).");
  });

  it("is still Red at 99 % complete", () => {
    expect(rate("99%", "")).toBe("red: End date 31/05/2015 passed 8 days ago and the action is not complete.");
  });

  it("is Blue with a completed date, and names it", () => {
    expect(rate("50%", "05/06/2015")).toBe("blue: Complete (no status column; it has a completed date, 05/06/2015).");
  });
});
