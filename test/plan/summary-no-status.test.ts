import { resolveSettings } from "../../src/plan/settings";
import { buildSummary } from "../../src/plan/summary";
import { AS_OF, completionPlan, pct } from "./rules/completion-plan";

describe("board summary of a plan with no status column (issue 10 cause 7)", () => {
  it("counts as complete what closes an action there: 100%, a completed date", () => {
    // 1: 100% (closed); 2: completed date (closed); 3 and 4: 50%, no completed date (open).
    // 2 of 4 complete = 50 %.
    const plan = completionPlan(
      [
        { ref: "1", percent: pct(1) },
        { ref: "2", completed: "24/01/2025" },
        { ref: "3" },
        { ref: "4" },
      ],
      ["Status"],
    );
    const summary = buildSummary(plan, AS_OF, resolveSettings({}), null);
    expect(summary.totals.percentComplete).toBe(50);
    expect(summary.totals.rag.blue).toBe(2);
    expect(summary.snapshot.actions.map((a) => a.complete)).toEqual([true, true, false, false]);
  });
});
