import { dateCell } from "../../support/snapshot-builder";
import { completionPlan, findingsOf, fired, pct } from "./completion-plan";

describe("completed-date-but-open", () => {
  it("reports a completed date on an open action once, on the status cell, naming the date's cell", () => {
    // Due 29/11/2024, as at 07/02/2025: 1 day left in November + 31 + 31 + 7 = 70 days past.
    const plan = completionPlan([{ ref: "D3", end: "29/11/2024", percent: pct(0.75), completed: "22/11/2024", status: "In progress" }]);
    expect(findingsOf(plan, "completed-date-but-open")).toEqual([
      expect.objectContaining({
        severity: "error",
        cell: "H2",
        message:
          "Action D3 has a completed date, 22/11/2024 (F2), but its status (H2) is 'In progress', 75% complete; its end date 29/11/2024 passed 70 days before 07/02/2025. Set the status to complete if the work is done, or clear the completed date if it was entered early.",
      }),
    ]);
    expect(fired(plan).filter((f) => f.startsWith("status-past-end-date"))).toEqual([]);
  });

  it("reads a completed date stored as a date serial (45618 is 22/11/2024)", () => {
    // Serial 45658 is 01/01/2025 (45292 is 01/01/2024, + 366 days of 2024); 22/11/2024 is 40 days earlier (8 + 1 + 31).
    const plan = completionPlan([{ ref: "D3", completed: dateCell(45618, "22/11/2024") }]);
    expect(findingsOf(plan, "completed-date-but-open").map((f) => f.message)).toEqual([
      "Action D3 has a completed date, 22/11/2024 (F2), but its status (H2) is 'In progress', 50% complete. Set the status to complete if the work is done, or clear the completed date if it was entered early.",
    ]);
  });

  it("says nothing of a blank or non-date completed date, a closed action, or one already reported at 100%", () => {
    const plan = completionPlan([
      { ref: "1", completed: "" },
      { ref: "2", completed: "TBC" },
      { ref: "3", completed: "22/11/2024", status: "Complete" },
      { ref: "4", completed: "22/11/2024", status: "Cancelled" },
      { ref: "5", completed: "22/11/2024", percent: pct(1) },
    ]);
    expect(findingsOf(plan, "completed-date-but-open")).toEqual([]);
    expect(findingsOf(plan, "percent-complete-but-open").map((f) => f.ref)).toEqual(["5"]);
  });

  it("gives no % when the % is blank or the plan has no % column, and reads a row with no update", () => {
    // Due 31/03/2025, ahead of 07/02/2025: no end-date clause. Row 3 has a blank update cell.
    const blank = completionPlan([
      { ref: "1", percent: "", completed: "22/11/2024" },
      { ref: "2", percent: "", completed: "22/11/2024", update: "" },
    ]);
    expect(findingsOf(blank, "completed-date-but-open").map((f) => f.message)).toEqual([
      "Action 1 has a completed date, 22/11/2024 (F2), but its status (H2) is 'In progress'. Set the status to complete if the work is done, or clear the completed date if it was entered early.",
      "Action 2 has a completed date, 22/11/2024 (F3), but its status (H3) is 'In progress'. Set the status to complete if the work is done, or clear the completed date if it was entered early.",
    ]);
    // Without "% Complete" (E) the completed date is in E and the status in G.
    const noPercent = completionPlan([{ ref: "1", completed: "22/11/2024" }], ["% Complete"]);
    expect(findingsOf(noPercent, "completed-date-but-open").map((f) => f.message)).toEqual([
      "Action 1 has a completed date, 22/11/2024 (E2), but its status (G2) is 'In progress'. Set the status to complete if the work is done, or clear the completed date if it was entered early.",
    ]);
  });

  it("without a status column, a completed date closes the action (issue 10 cause 7)", () => {
    const plan = completionPlan([{ ref: "D3", end: "29/11/2024", completed: "22/11/2024" }], ["Status", "% Complete"]);
    expect(fired(plan).filter((f) => /^(completed-date-but-open|overdue):/.test(f))).toEqual([]);
  });
});
