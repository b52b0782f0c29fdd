import { completionPlan, findingsOf, pct } from "./completion-plan";

describe("complete-but-zero-percent", () => {
  it("warns when the status says complete and the % says 0, on the % cell", () => {
    // Row 2: % in E2, completed date in F2, status in H2.
    const plan = completionPlan([{ ref: "D2", end: "20/12/2024", percent: pct(0), completed: "18/12/2024", status: "Complete" }]);
    expect(findingsOf(plan, "complete-but-zero-percent")).toEqual([
      expect.objectContaining({
        severity: "warning",
        cell: "E2",
        ref: "D2",
        message: "Action D2 has status 'Complete' (H2) and a completed date of 18/12/2024, but its % complete (E2) is 0%. Set the % complete to 100% if the work is done, or correct the status.",
      }),
    ]);
  });

  it("reads 0 written as text, as a bare number and as 0 under a % format; a blank % is not 0", () => {
    const plan = completionPlan([
      { ref: "1", percent: "0%", status: "Complete" },
      { ref: "2", percent: 0, status: "Completed" },
      { ref: "3", percent: "", status: "Complete" },
      { ref: "4", percent: pct(0.1), status: "Complete" },
      { ref: "5", percent: pct(0), status: "In progress" },
    ]);
    expect(findingsOf(plan, "complete-but-zero-percent").map((f) => [f.ref, f.message])).toEqual([
      ["1", "Action 1 has status 'Complete' (H2), but its % complete (E2) is 0%. Set the % complete to 100% if the work is done, or correct the status."],
      ["2", "Action 2 has status 'Completed' (H3), but its % complete (E3) is 0%. Set the % complete to 100% if the work is done, or correct the status."],
    ]);
  });

  it("names no completed date in a plan without that column", () => {
    // Columns A-H once "Completed date" (F) is left out: % in E, status in G.
    const plan = completionPlan([{ ref: "1", percent: pct(0), status: "Complete" }], ["Completed date"]);
    expect(findingsOf(plan, "complete-but-zero-percent").map((f) => f.message)).toEqual([
      "Action 1 has status 'Complete' (G2), but its % complete (E2) is 0%. Set the % complete to 100% if the work is done, or correct the status.",
    ]);
  });

  it("has no status to contradict in a plan without a status column", () => {
    expect(findingsOf(completionPlan([{ ref: "1", percent: pct(0) }], ["Status"]), "complete-but-zero-percent")).toEqual([]);
  });
});
