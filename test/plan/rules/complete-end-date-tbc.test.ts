import { completionPlan, findingsOf, pct } from "./completion-plan";

describe("complete-end-date-tbc", () => {
  it("notes a complete action whose end date is still TBC, naming the completed date when the plan has one", () => {
    // Row 2: end date in D2, completed date in F2.
    const plan = completionPlan([{ ref: "D5", end: "TBC", percent: pct(1), completed: "24/01/2025", status: "Complete" }]);
    expect(findingsOf(plan, "complete-end-date-tbc")).toEqual([
      expect.objectContaining({
        severity: "info",
        cell: "D2",
        ref: "D5",
        message: "Action D5 is complete, but its end date (D2) is still 'TBC'. Record the completion date: the completed date in F2 says 24/01/2025.",
      }),
    ]);
    // The open-action warning for a TBC end date does not apply to a complete action.
    expect(findingsOf(plan, "end-date-tbc")).toEqual([]);
  });

  it("names the completed date without a cell when the action has no cell for it (a plan built by hand)", () => {
    // The same row with its cell map missing the completed date: the date is still named, no cell.
    const plan = completionPlan([{ ref: "D5", end: "TBC", percent: pct(1), completed: "24/01/2025", status: "Complete" }]);
    delete plan.actions[0].cells.completedDate;
    expect(findingsOf(plan, "complete-end-date-tbc").map((f) => f.message)).toEqual([
      "Action D5 is complete, but its end date (D2) is still 'TBC'. Record the completion date: the completed date says 24/01/2025.",
    ]);
  });

  it("asks for the date when nothing records it, and leaves open, cancelled and standing actions alone", () => {
    const plan = completionPlan(
      [
        { ref: "1", end: "TBC", status: "Complete" },
        { ref: "2", end: "tbc", status: "In progress" },
        { ref: "3", end: "TBC", status: "Cancelled" },
        { ref: "4", end: "Ongoing", status: "Complete" },
        { ref: "5", end: "31/01/2025", status: "Complete" },
      ],
      ["Completed date"],
    );
    expect(findingsOf(plan, "complete-end-date-tbc").map((f) => f.message)).toEqual(["Action 1 is complete, but its end date (D2) is still 'TBC'. Record the completion date."]);
  });

  it("counts what closes an action in a plan with no status column (issue 10 cause 7)", () => {
    const plan = completionPlan([{ ref: "1", end: "TBC", percent: pct(1) }, { ref: "2", end: "TBC" }], ["Status", "Completed date"]);
    expect(findingsOf(plan, "complete-end-date-tbc").map((f) => f.ref)).toEqual(["1"]);
    expect(findingsOf(plan, "end-date-tbc").map((f) => f.ref)).toEqual(["2"]);
  });
});
