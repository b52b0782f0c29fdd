import { readPlan } from "../../src/plan/read-plan";
import { buildSheet, buildWorkbook } from "../support/snapshot-builder";

function columnsOf(header: string[], row: string[]) {
  const result = readPlan(buildWorkbook(buildSheet("Plan", [header, row])));
  if (!result.ok) throw new Error(result.message);
  return result.plan.sheets[0].columns;
}

describe("column names by meaning (issue 10 causes 1, 3, 11)", () => {
  it("gives the task to the specific name, not the generic one to its left", () => {
    // B names the inspectors' recommendation, C the action taken: both are exact task names.
    const cols = columnsOf(["Ref", "Recommendation", "Action", "Lead Officer", "Target Date", "Status"], ["1", "Improve x", "Do y", "HoS", "31/12/2024", "On track"]);
    expect(cols.task).toBe(3);
  });

  it("prefers the revised deadline over the original one, wherever they sit", () => {
    const cols = columnsOf(["Ref", "Action", "Lead", "Original deadline", "Revised deadline", "Status"], ["1", "Do y", "HoS", "30/09/2024", "31/03/2025", "On track"]);
    expect(cols.endDate).toBe(5);
  });

  it("reads the completion fields project tools export", () => {
    const cols = columnsOf(
      ["Ref", "Action", "Owner", "Start date", "Due date", "% Complete", "Completed date", "Late", "Status"],
      ["D1", "Move x", "CSM", "01/10/2024", "31/01/2025", "100%", "", "No", "In progress"],
    );
    expect(cols).toMatchObject({ startDate: 4, endDate: 5, percentComplete: 6, completedDate: 7, lateFlag: 8, status: 9 });
  });
});
