import { AS_OF, completionPlan, findingsOf, fired, pct } from "./completion-plan";

describe("percent-complete-but-open", () => {
  it("reports 100% complete with an open status once, on the status cell, naming both cells", () => {
    // Due 31/01/2025, as at 07/02/2025: 7 days past (1 Feb ... 7 Feb). Row 2: % in E2, status in H2.
    const plan = completionPlan([{ ref: "D1", end: "31/01/2025", percent: pct(1), status: "In progress" }]);
    expect(findingsOf(plan, "percent-complete-but-open")).toEqual([
      expect.objectContaining({
        severity: "error",
        cell: "H2",
        ref: "D1",
        message:
          "Action D1 is 100% complete (E2), but its status (H2) is 'In progress'; its end date 31/01/2025 passed 7 days before 07/02/2025. Set the status to complete if the work is done, or correct the % complete.",
      }),
    ]);
    // One error for the one defect: the past-end-date contradiction is not reported again.
    expect(fired(plan).filter((f) => f.startsWith("status-past-end-date"))).toEqual([]);
    expect(findingsOf(plan, "percent-complete-but-open")[0].fix).toBeUndefined();
  });

  it("names the plan's own word for complete when the plan uses one", () => {
    const plan = completionPlan([{ ref: "D1", percent: pct(1) }, { ref: "D2", percent: pct(1), status: "Completed" }]);
    // End date 31/03/2025 is ahead, so no end-date clause.
    expect(findingsOf(plan, "percent-complete-but-open").map((f) => f.message)).toEqual([
      "Action D1 is 100% complete (E2), but its status (H2) is 'In progress'. Set the status to 'Completed' if the work is done, or correct the % complete.",
    ]);
  });

  it("reads 100 however the column writes it: 1 under 0%, 100 in a column of hundreds, text '100%'", () => {
    const hundreds = completionPlan([{ ref: "D1", percent: 100 }, { ref: "D2", percent: 40 }]);
    expect(findingsOf(hundreds, "percent-complete-but-open").map((f) => f.ref)).toEqual(["D1"]);
    const text = completionPlan([{ ref: "D1", percent: "100%" }, { ref: "D2", percent: "100 %" }]);
    expect(findingsOf(text, "percent-complete-but-open").map((f) => f.ref)).toEqual(["D1", "D2"]);
    // A column of fractions: 1 is 100% and 0.5 is 50%.
    const fractions = completionPlan([{ ref: "D1", percent: 1 }, { ref: "D2", percent: 0.5 }]);
    expect(findingsOf(fractions, "percent-complete-but-open").map((f) => f.ref)).toEqual(["D1"]);
  });

  it("checks every open status, and nothing short of 100% or without a status to contradict", () => {
    const plan = completionPlan([
      { ref: "1", percent: pct(1), status: "Not started" },
      { ref: "2", percent: pct(1), status: "At risk" },
      { ref: "3", percent: pct(1), status: "On hold" },
      { ref: "4", percent: pct(0.99) },
      { ref: "5", percent: "" },
      { ref: "6", percent: pct(1), status: "Complete" },
      { ref: "7", percent: pct(1), status: "Cancelled" },
      // A blank or unknown status has its own finding (status-blank, status-unknown).
      { ref: "8", percent: pct(1), status: "" },
      { ref: "9", percent: pct(1), status: "Waiting for Godot" },
    ]);
    expect(findingsOf(plan, "percent-complete-but-open").map((f) => f.ref)).toEqual(["1", "2", "3"]);
  });

  it("reports a row at 100% with no update at all", () => {
    // End date 31/03/2025 is ahead of 07/02/2025; the update cell I2 is blank.
    const plan = completionPlan([{ ref: "D1", percent: pct(1), update: "" }]);
    expect(findingsOf(plan, "percent-complete-but-open").map((f) => f.message)).toEqual([
      "Action D1 is 100% complete (E2), but its status (H2) is 'In progress'. Set the status to complete if the work is done, or correct the % complete.",
    ]);
  });

  it("without a status column, 100% closes the action: no contradiction and not overdue (issue 10 cause 7)", () => {
    // Due 31/01/2025, 7 days past; 100% complete. D2 is 50% and so still overdue.
    const plan = completionPlan(
      [
        { ref: "D1", end: "31/01/2025", percent: pct(1) },
        { ref: "D2", end: "31/01/2025", percent: pct(0.5) },
      ],
      ["Status"],
    );
    expect(fired(plan, AS_OF).filter((f) => /^(percent-complete-but-open|overdue|status-past-end-date):/.test(f))).toEqual(["overdue:D2"]);
  });
});

describe("overdue in a plan with no status column (issue 10 cause 7)", () => {
  it("says the plan has no status column rather than that the status is blank", () => {
    // Due 31/01/2025, 50% done, as at 07/02/2025: 7 days past.
    const plan = completionPlan([{ ref: "D2", end: "31/01/2025", percent: pct(0.5) }], ["Status"]);
    expect(findingsOf(plan, "overdue").map((f) => f.message)).toEqual([
      "End date 31/01/2025 passed 7 days before 07/02/2025 and the action is not complete (the plan has no status column).",
    ]);
  });
});

describe("one error when the update says complete too", () => {
  it("leaves a row whose latest update says complete to update-says-complete, which proposes the fix", () => {
    // D1: 100% and "This has been completed."; D3: a completed date and the same entry. Both In progress.
    const plan = completionPlan([
      { ref: "D1", percent: pct(1), update: "03/02/25 AB: This has been completed." },
      { ref: "D3", completed: "03/02/2025", update: "03/02/25 AB: This has been completed." },
    ]);
    const errors = fired(plan).filter((f) => /^(update-says-complete|percent-complete-but-open|completed-date-but-open|status-past-end-date):/.test(f));
    expect(errors).toEqual(["update-says-complete:D1", "update-says-complete:D3"]);
  });
});
