import { completionPlan, findingsOf, pct } from "./completion-plan";

describe("late-flag-on-complete", () => {
  it("warns when a complete action is still flagged late, on the flag's cell", () => {
    // Row 2: late flag in G2, status in H2.
    const plan = completionPlan([{ ref: "D4", end: "31/10/2024", percent: pct(1), completed: "06/12/2024", late: "Yes", status: "Complete" }]);
    expect(findingsOf(plan, "late-flag-on-complete")).toEqual([
      expect.objectContaining({
        severity: "warning",
        cell: "G2",
        ref: "D4",
        message: "Action D4 has status 'Complete' (H2), but its late flag (G2) says 'Yes'. Clear the flag if the action is finished, or correct the status if it is not.",
      }),
    ]);
  });

  it("reads the flag as tools write it, and leaves open, cancelled and unflagged actions alone", () => {
    const plan = completionPlan([
      { ref: "1", late: true, status: "Complete" },
      { ref: "2", late: "true", status: "Completed" },
      { ref: "3", late: "No", status: "Complete" },
      { ref: "4", late: "", status: "Complete" },
      { ref: "5", late: "Yes", status: "In progress" },
      { ref: "6", late: "Yes", status: "Cancelled" },
    ]);
    expect(findingsOf(plan, "late-flag-on-complete").map((f) => f.ref)).toEqual(["1", "2"]);
  });

  it("in a plan with no status column, judges by what closes the action there (issue 10 cause 7)", () => {
    // 1 is closed by 100%, 2 by a completed date; 3 is 50% with no completed date, so open and rightly late.
    const plan = completionPlan(
      [
        { ref: "1", percent: pct(1), late: "Yes" },
        { ref: "2", completed: "06/12/2024", late: "Yes" },
        { ref: "3", late: "Yes" },
      ],
      ["Status"],
    );
    // Status (H) is dropped; the late flag stays in G.
    expect(findingsOf(plan, "late-flag-on-complete").map((f) => f.message)).toEqual([
      "Action 1 is complete (it is 100% complete), but its late flag (G2) says 'Yes'. Clear the flag if the action is finished, or correct what says it is complete if it is not.",
      "Action 2 is complete (it has a completed date, 06/12/2024), but its late flag (G3) says 'Yes'. Clear the flag if the action is finished, or correct what says it is complete if it is not.",
    ]);
  });
});
