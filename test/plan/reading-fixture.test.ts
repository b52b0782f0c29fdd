import { readdirSync } from "node:fs";
import path from "node:path";
import { planOverview } from "../../src/plan/plan-overview";
import { fixturePlan, PACKAGE_FEATURES, READING, READING_TABLE } from "../support/fixtures";

const EXPECTED_WORKSTREAMS = [
  ["1. Leadership & Governance", 22],
  ["2. Partnership Working", 28],
  ["3. Quality of Practice", 36],
  ["4. Workforce Development", 11],
  ["5. Performance Management", 17],
  ["6. Services for LAC & Permanency", 70],
];
const EXPECTED_STATUSES = { "In Progress (on track)": 82, "Not Started": 85, "In Progress (Overdue)": 13, Complete: 2, Paused: 1, "": 1 };

describe.each([
  ["heading rows and Excel dates", READING],
  ["an Excel Table with text dates and a Workstream column", READING_TABLE],
])("the Reading plan laid out with %s", (_layout, file) => {
  it("is found on Action Plan, header row 5, with 184 actions in six workstreams", async () => {
    const overview = planOverview(await fixturePlan(file));
    expect(overview.sheet).toBe("Action Plan");
    expect(overview.sheets).toEqual(["Action Plan"]);
    expect(overview.headerRow).toBe(5);
    expect(overview.actions).toBe(184);
    expect(overview.workstreams.map((w) => [w.name, w.actions])).toEqual(EXPECTED_WORKSTREAMS);
    expect(overview.statuses).toEqual(EXPECTED_STATUSES);
    expect(overview.glossary).toBe(38);
    expect(overview.confidence).toBe(1);
  });

  it("reads each action's fields from the right cells", async () => {
    const plan = await fixturePlan(file);
    const a69e = plan.actions.find((a) => a.ref === "69E")!;
    expect(a69e.owners.map((o) => o.name)).toEqual(["Service Manager-Access", "Team Managers"]);
    expect(a69e.endDate).toMatchObject({ kind: "date", date: "2015-06-30" });
    expect(a69e.updates.map((u) => [u.date, u.initials])).toEqual([
      ["2015-05-27", "KJ"],
      ["2015-06-03", "SS"],
    ]);
    expect(a69e.priority).toBe("2.1 Better information gathering/sharing (Referral, assessments, Strategy Discussion, S47 enquiries including DV and MASH)");
    const a83c = plan.actions.find((a) => a.ref === "83C")!;
    expect(a83c.endDate).toMatchObject({ kind: "invalid", text: "LSCB Chair" });
    expect(plan.actions.filter((a) => a.ref === "69G")).toHaveLength(2);
  });
});

describe("the package-features workbooks", () => {
  const files = readdirSync(PACKAGE_FEATURES).filter((f) => f.endsWith(".xlsx"));
  it.each(files)("%s: the plan is on row 3 with 20 actions", async (name) => {
    const plan = await fixturePlan(path.join(PACKAGE_FEATURES, name));
    expect(plan.sheets[0]).toMatchObject({ sheet: "Action Plan", headerRow: 3, table: "ActionTable" });
    expect(plan.actions).toHaveLength(20);
  });
});
