import { readPlan } from "../../src/plan/read-plan";
import { planOverview } from "../../src/plan/plan-overview";
import { saveWorkbookState } from "../../src/plan/state";
import type { Plan } from "../../src/plan/model";
import { buildSheet, buildWorkbook, dateCell } from "../support/snapshot-builder";

function planOf(result: ReturnType<typeof readPlan>): Plan {
  if (!result.ok) throw new Error(`expected a plan, got: ${result.message}`);
  return result.plan;
}

describe("readPlan on layouts other than the Reading fixture", () => {
  // A project-tool style export: header on row 1, other names and order, no heading rows, a RAG column.
  const exportSheet = buildSheet("Tasks", [
    ["ID", "Action", "Lead Officer", "Due Date", "RAG", "Progress Update", "Progress Status", "Bucket"],
    ["LG-1", "Appoint board chair", "Chief Executive", dateCell(45500, "27/07/2024"), "Green", "01.07.24 CE: Shortlist agreed", "On track", "Leadership"],
    ["LG-2", "Publish terms of reference", "Head of Governance", "TBC", "Amber", "", "Not started", "Leadership"],
    ["PR-1", "Audit 50 case files", "Principal Social Worker", "31/08/2024", "R", "", "Delayed", "Practice"],
  ]);

  it("finds the header on row 1 and maps every column by its synonyms", () => {
    const plan = planOf(readPlan(buildWorkbook(exportSheet)));
    expect(plan.sheets[0]).toMatchObject({
      sheet: "Tasks",
      headerRow: 1,
      columns: { ref: 1, task: 2, owner: 3, endDate: 4, rag: 5, update: 6, status: 7, workstream: 8 },
    });
    expect(plan.confidence).toBe(1);
  });

  it("reads actions without heading rows, taking workstreams from the Bucket column", () => {
    const plan = planOf(readPlan(buildWorkbook(exportSheet)));
    expect(plan.actions.map((a) => [a.ref, a.workstream, a.rag])).toEqual([
      ["LG-1", "Leadership", "green"],
      ["LG-2", "Leadership", "amber"],
      ["PR-1", "Practice", "red"],
    ]);
    expect(plan.workstreams).toEqual(["Leadership", "Practice"]);
    expect(plan.actions[0].endDate).toMatchObject({ kind: "date", date: "2024-07-27" });
    expect(plan.actions[1].endDate).toMatchObject({ kind: "tbc" });
    expect(plan.actions[2].status.canonical).toBe("overdue");
    expect(plan.actions[0].cells.update).toBe("F2");
  });

  it("reads a column of US text dates month-first, and says so", () => {
    const us = buildSheet("Plan", [
      ["Ref", "Action", "Owner", "Due Date", "Status"],
      ["1", "A", "X", "09/25/2024", "Open"],
      ["2", "B", "X", "10/02/2024", "Open"],
    ]);
    const plan = planOf(readPlan(buildWorkbook(us)));
    expect(plan.sheets[0].dateOrder).toBe("mdy");
    expect(plan.actions[1].endDate).toMatchObject({ kind: "date", date: "2024-10-02" });
    expect(plan.reasons.join(" ")).toMatch(/09\/25\/2024/);
  });

  it("reads heading rows as workstreams and priorities, and skips outcome rows", () => {
    const sheet = buildSheet(
      "Action Plan",
      [
        ["Improvement Plan"],
        [],
        ["Ref No", "Task/Action", "Role", "End Date", "Status"],
        ["1. Leadership"],
        ["1.1 Oversight"],
        ["Outcomes we will achieve: strong leadership"],
        ["81", "Govern", "Director", "TBC", "Not Started"],
        ["81A", "Board", "Director", "TBC", "Complete"],
        ["See actions under 3.3 Consistency of practice."],
        ["2. Partnership"],
        ["9", "DV strategy", "Manager", "TBC", ""],
      ],
      { merged: ["A4:E4", "A5:E5", "A6:E6"] },
    );
    const plan = planOf(readPlan(buildWorkbook(sheet)));
    expect(plan.actions.map((a) => [a.ref, a.parentRef, a.workstream, a.priority])).toEqual([
      ["81", null, "1. Leadership", "1.1 Oversight"],
      ["81A", "81", "1. Leadership", "1.1 Oversight"],
      ["9", null, "2. Partnership", null],
    ]);
    expect(plan.headings.map((h) => h.level)).toEqual(["workstream", "priority", "workstream"]);
    expect(planOverview(plan).statuses).toEqual({ "Not Started": 1, Complete: 1, "": 1 });
  });

  it("reads one sheet per workstream as one plan named by its sheets", () => {
    const header = ["Ref", "Action", "Lead", "Target Date", "Status"];
    const wb = buildWorkbook(
      buildSheet("Cover", [["Council improvement plan"], ["Owner", "Programme Manager"]]),
      buildSheet("Leadership", [header, ["1", "A", "X", "TBC", "Open"], ["2", "B", "X", "TBC", "Open"]]),
      buildSheet("Practice", [header, ["3", "C", "Y", "TBC", "Done"]]),
    );
    const plan = planOf(readPlan(wb));
    expect(plan.sheets.map((s) => s.sheet)).toEqual(["Leadership", "Practice"]);
    expect(plan.workstreams).toEqual(["Leadership", "Practice"]);
    expect(plan.actions.map((a) => a.workstream)).toEqual(["Leadership", "Leadership", "Practice"]);
  });

  it("uses the Excel Table's extent, not rows below it", () => {
    const sheet = buildSheet(
      "Action Plan",
      [
        ["Ref No", "Task/Action", "Role", "Status", "End Date"],
        [1, "A", "X", "Open", "TBC"],
        [2, "B", "Y", "Done", "TBC"],
        [],
        ["Total hours", "", "", "", 3],
      ],
      { tables: [{ name: "ActionTable", address: "A1:E3", showHeaders: true, showTotals: false }] },
    );
    const plan = planOf(readPlan(buildWorkbook(sheet)));
    expect(plan.actions.map((a) => a.ref)).toEqual(["1", "2"]);
    expect(plan.sheets[0].table).toBe("ActionTable");
  });

  it("applies a corrected column saved in the workbook's state", () => {
    const sheet = buildSheet("Plan", [
      ["Ref", "Action", "Manager", "Owner", "Status", "Due"],
      ["1", "A", "Real owner", "Typist", "Open", "TBC"],
    ]);
    expect(planOf(readPlan(buildWorkbook(sheet))).actions[0].ownerText).toBe("Typist");
    const saved = saveWorkbookState({ columns: { Plan: { owner: "C" } } }, 0);
    const stateSheet = buildSheet("ActionPlanAssistant", [["Key", "Part", "Value"], ...(saved.writes[0].values as string[][])], {
      visibility: "VeryHidden",
    });
    const plan = planOf(readPlan(buildWorkbook(sheet, stateSheet)));
    expect(plan.actions[0].ownerText).toBe("Real owner");
    expect(plan.sheets[0].headers.owner).toBe("Manager");
  });
});

describe("readPlan on workbooks that hold no plan", () => {
  it("says an empty workbook is empty", () => {
    const result = readPlan(buildWorkbook(buildSheet("Sheet1", [])));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/empty/) });
  });

  it("names the sheets it looked at when there is only a glossary", () => {
    const result = readPlan(buildWorkbook(buildSheet("Glossary", [["Initials", "Full Name", "Role"], ["KJ", "Kate J", "Manager"]])));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/No action plan table found.*"Glossary"/);
  });

  it("mentions chart sheets", () => {
    const result = readPlan({ sheets: [buildSheet("Notes", [["Just a title"]])], chartSheets: ["Chart1"] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/"Chart1" \(chart sheet\)/);
  });

  it("refuses an unknown sheet name with the list of sheets", () => {
    const result = readPlan(buildWorkbook(buildSheet("Plan", [["x"]])), { sheet: "Nope" });
    expect(result).toEqual({ ok: false, message: 'There is no sheet named "Nope". Sheets: "Plan".' });
  });
});
