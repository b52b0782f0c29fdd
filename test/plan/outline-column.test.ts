import { outlineFromColumn } from "../../src/plan/outline-column";
import { readPlan } from "../../src/plan/read-plan";
import { buildSheet, buildWorkbook } from "../support/snapshot-builder";

/** An MS Project export as the Office adapter reads it: no row outline levels, an Outline Level column. */
const project = (levels: (number | string)[]) =>
  buildSheet("Task_Table1", [
    ["ID", "Name", "Finish", "Resource Names", "% Complete", "Outline Level"],
    [1, "Leadership", "22/11/2024", "", "100%", levels[0]],
    [2, "Appoint interim DCS", "27/09/2024", "Chief Executive", "100%", levels[1]],
    [3, "Restructure the senior team", "22/11/2024", "Interim DCS", "100%", levels[2]],
  ]);

describe("outline levels from an Outline Level column", () => {
  it("takes level 1 as the top (0) and reads the summary row as a workstream heading", () => {
    const sheet = project([1, 2, 2]);
    // Header row 1 is level 0; Project's 1, 2, 2 are outline 0, 1, 1.
    expect(outlineFromColumn(sheet, 1).outlineLevels).toEqual([0, 0, 1, 1]);
    const read = readPlan(buildWorkbook(sheet));
    if (!read.ok) throw new Error(read.message);
    expect(read.plan.headings.map((h) => [h.row, h.level])).toEqual([[2, "workstream"]]);
    expect(read.plan.actions.map((a) => a.row)).toEqual([3, 4]);
  });

  it("keeps levels the adapter read, and ignores a column that is not all levels", () => {
    const read = { ...project([1, 2, 2]), outlineLevels: [0, 0, 0, 0] };
    expect(outlineFromColumn(read, 1)).toBe(read);
    const notLevels = project([1, "High", 2]);
    expect(outlineFromColumn(notLevels, 1)).toBe(notLevels);
  });
});
