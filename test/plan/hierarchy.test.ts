import { readPlan } from "../../src/plan/read-plan";
import { buildSheet, buildWorkbook } from "../support/snapshot-builder";

/** Issue 10 causes 5 and 14: summary rows of an export are headings; a merged sentence is a note. */
describe("hierarchical exports and merged rows", () => {
  const header = ["Task Name", "Assigned To", "Start", "Finish", "% Complete", "Status", "Comments"];
  const rows = [
    // Row 2: a summary row, roll-up dates and % but no owner or status, its tasks one level below.
    ["Leadership and governance", "", "02/09/2024", "31/03/2025", "0.6", "", ""],
    ["Appoint a programme lead", "DCS", "02/09/2024", "30/09/2024", "1", "Complete", "01/10/24 DCS: Appointed."],
    ["Agree the board's terms", "DCS", "01/10/2024", "31/03/2025", "0.2", "In progress", "05/12/24 DCS: Drafted."],
  ];

  it("reads a row one outline level above the next as a heading", () => {
    const sheet = { ...buildSheet("Plan", [header, ...rows]), outlineLevels: [0, 0, 1, 1] };
    const result = readPlan(buildWorkbook(sheet));
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.headings.map((h) => h.row)).toEqual([2]);
    expect(result.plan.actions.map((a) => a.row)).toEqual([3, 4]);
  });

  it("without outline levels, reads `Theme 1: ...` in the task cell as a heading even with dates filled", () => {
    const named = [["Theme 1: Leadership and governance", ...rows[0].slice(1)], ...rows.slice(1)];
    const result = readPlan(buildWorkbook(buildSheet("Plan", [header, ...named])));
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.headings.map((h) => h.row)).toEqual([2]);
  });

  it("reads a sentence merged across the row as a note, a numbered title as a heading", () => {
    const plan = [
      ["Ref", "Action", "Lead", "Target date", "Update", "Status"],
      ["Area of weakness 1: The timeliness of plans, which families said was poor.", "", "", "", "", ""],
      ["1.1", "Recruit", "HoS", "31/03/2025", "", "In progress"],
      ["This plan is reviewed at every board meeting and updated monthly.", "", "", "", "", ""],
      ["1.2", "Train", "HoS", "31/03/2025", "", "In progress"],
    ];
    const sheet = { ...buildSheet("Plan", plan), merged: ["A2:F2", "A4:F4"] };
    const result = readPlan(buildWorkbook(sheet));
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.headings.map((h) => h.row)).toEqual([2]);
    expect(result.plan.actions.map((a) => a.row)).toEqual([3, 5]);
  });
});
