import { readPlan } from "../../src/plan/read-plan";
import type { SheetSnapshot } from "../../src/plan/snapshot";
import { buildSheet, buildWorkbook } from "../support/snapshot-builder";

/**
 * Issue 10 cause 5, "and indent": a row with no owner or status whose next row's task name is
 * indented further is a heading, as a row one outline level above its next row is.
 */
const HEADER = ["Action", "Lead Officer", "Target Date", "% Complete", "Status"];

/** Rows under HEADER, each with its task cell's indent; the sheet's indentLevels from them (header 0). */
function plan(rows: [string, string, string, string, string, number][]): SheetSnapshot {
  const sheet = buildSheet("Plan", [HEADER, ...rows.map((r) => r.slice(0, 5) as string[])]);
  const indentLevels = [HEADER.map(() => 0), ...rows.map((r) => [r[5], 0, 0, 0, 0])];
  return { ...sheet, indentLevels };
}

function rowsOf(sheet: SheetSnapshot) {
  const read = readPlan(buildWorkbook(sheet));
  if (!read.ok) throw new Error(read.message);
  return { headings: read.plan.headings.map((h) => [h.row, h.level]), actions: read.plan.actions.map((a) => a.row) };
}

describe("headings from indented task names", () => {
  const twoThemes = plan([
    ["Leadership", "", "31/03/2025", "55%", "", 0],
    ["Appoint a chair", "Chief Executive", "31/10/2024", "100%", "Complete", 1],
    ["Publish a scorecard", "Head of Performance", "31/03/2025", "30%", "On track", 1],
    ["Workforce", "", "30/05/2025", "25%", "", 0],
    ["Open an academy", "Workforce Manager", "28/02/2025", "80%", "On track", 1],
  ]);

  it("reads an unindented row with no owner or status, above indented tasks, as a workstream heading", () => {
    // Sheet rows: header 1, themes 2 and 5 (indent 0), tasks 3, 4 and 6 (indent 1).
    expect(rowsOf(twoThemes)).toEqual({ headings: [[2, "workstream"], [5, "workstream"]], actions: [3, 4, 6] });
  });

  it("reads the same rows as actions when indents are unknown (no number names them a group)", () => {
    const unknown = { ...twoThemes, indentLevels: undefined };
    expect(rowsOf(unknown).actions).toEqual([2, 3, 4, 5, 6]);
  });

  it("keeps a row with no owner or status an action when the next task is not indented further", () => {
    const flat = plan([
      ["Appoint a chair", "", "31/10/2024", "100%", "", 1],
      ["Publish a scorecard", "Head of Performance", "31/03/2025", "30%", "On track", 1],
    ]);
    expect(rowsOf(flat)).toEqual({ headings: [], actions: [2, 3] });
  });

  it("keeps a row with an owner an action even with indented rows beneath it", () => {
    const owned = plan([
      ["Appoint a chair", "Chief Executive", "31/10/2024", "100%", "", 0],
      ["Agree terms of reference", "Chief Executive", "30/11/2024", "100%", "Complete", 1],
    ]);
    expect(rowsOf(owned)).toEqual({ headings: [], actions: [2, 3] });
  });

  it("mirrors outline levels for deeper nesting: indent 0 and 1 parents are workstreams, 2 a priority", () => {
    const nested = plan([
      ["Programme", "", "31/03/2025", "50%", "", 0],
      ["Leadership", "", "31/03/2025", "55%", "", 1],
      ["Governance", "", "31/12/2024", "60%", "", 2],
      ["Appoint a chair", "Chief Executive", "31/10/2024", "100%", "Complete", 3],
    ]);
    // Rows 2-4 each have a further-indented row beneath: indents 0, 1 -> workstream, 2 -> priority.
    expect(rowsOf(nested)).toEqual({ headings: [[2, "workstream"], [3, "workstream"], [4, "priority"]], actions: [5] });
  });
});
