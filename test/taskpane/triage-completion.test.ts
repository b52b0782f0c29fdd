import { triage } from "../../src/taskpane/validate-model";
import { validatePlan } from "../../src/plan/validate";
import { AS_OF, completionPlan, pct } from "../plan/rules/completion-plan";

describe("triage of the completion contradictions", () => {
  it("folds Overdue into the completion error on the same action, whose message already says the date passed", () => {
    // D1: 100% but In progress, due 31/01/2025 (past). D3: completed date but In progress, due 29/11/2024 (past).
    // D7: 60%, In progress, due 17/01/2025 (past): the ordinary status error, Overdue folded as before.
    const plan = completionPlan([
      { ref: "D1", end: "31/01/2025", percent: pct(1) },
      { ref: "D3", end: "29/11/2024", percent: pct(0.75), completed: "22/11/2024" },
      { ref: "D7", end: "17/01/2025", percent: pct(0.6) },
    ]);
    const report = validatePlan(plan, AS_OF);
    // Each of the three rows is also Overdue (a warning) in the report itself.
    expect(report.findings.filter((f) => f.rule === "overdue").map((f) => f.ref)).toEqual(["D1", "D3", "D7"]);
    const t = triage(report.findings, plan);
    expect(t.groups.map((g) => [g.ref, g.findings.map((f) => f.finding.rule)])).toEqual([
      ["D1", ["percent-complete-but-open"]],
      ["D3", ["completed-date-but-open"]],
      ["D7", ["status-past-end-date"]],
    ]);
    expect(t.withErrors).toBe(3);
  });
});
