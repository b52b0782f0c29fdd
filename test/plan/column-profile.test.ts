import { readPlan } from "../../src/plan/read-plan";
import { buildSheet, buildWorkbook } from "../support/snapshot-builder";

describe("contents confirm or overrule header names (issue 10 cause 2)", () => {
  it("reads a tool's Progress column of statuses as the status and its Description of dated notes as the update", () => {
    const sheet = buildSheet("Tasks", [
      ["ID", "Task Name", "Owner", "Due Date", "Progress", "Description"],
      ["1", "Agree the strategy", "EHM", "20/12/2024", "Completed", "02/12/2024 AF: Strategy agreed at board."],
      ["2", "Launch the hub", "FHL", "31/03/2025", "In progress", "10/01/2025 NP: Building work started."],
      ["3", "Train staff", "WDL", "10/01/2025", "Not started", "06/12/2024 DW: Dates booked."],
    ]);
    const result = readPlan(buildWorkbook(sheet));
    if (!result.ok) throw new Error(result.message);
    // E holds Completed / In progress / Not started: statuses. F holds dated, initialled notes.
    expect(result.plan.sheets[0].columns).toMatchObject({ status: 5, update: 6 });
    expect(result.plan.reasons.join(" ")).toContain('"Progress" (E) read as status: most of its cells are statuses.');
  });

  it("does not take a Low / Medium / Urgent column for the plan's priorities", () => {
    const sheet = buildSheet("Tasks", [
      ["Task ID", "Task Name", "Priority", "Assigned To", "Due Date", "Status"],
      ["a1", "Do x", "Urgent", "a@b.org", "20/12/2024", "In progress"],
      ["a2", "Do y", "Medium", "c@b.org", "20/12/2024", "In progress"],
    ]);
    const result = readPlan(buildWorkbook(sheet));
    expect(result.ok && result.plan.sheets[0].columns.priority).toBeUndefined();
  });

  it("reads typed notes day-first although the tool's date column is month-first", () => {
    const sheet = buildSheet("Tasks", [
      ["Task ID", "Task Name", "Assigned To", "Due Date", "Status", "Notes"],
      // 02/20/2025 has no month 20: the Due Date column is month-first.
      ["a1", "Do x", "a@b.org", "02/20/2025", "In progress", "25/02/2025 SO: Panel running."],
    ]);
    const result = readPlan(buildWorkbook(sheet));
    if (!result.ok) throw new Error(result.message);
    // 25/02/2025 has no month 25: the notes are day-first, 25 February.
    expect(result.plan.actions[0].endDate).toMatchObject({ date: "2025-02-20" });
    expect(result.plan.actions[0].updates[0].date).toBe("2025-02-25");
  });
});
