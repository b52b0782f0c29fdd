import { completionPlan, findingsOf } from "./completion-plan";

describe("complete-but-update-unfinished", () => {
  it("warns when the status is complete but the latest entry says the work goes on, on the status cell", () => {
    // Row 2: status in H2, update in I2. The plan's word for in progress is D2's 'In progress'.
    const plan = completionPlan([
      { ref: "5", status: "Complete - published", update: "12/02/25 RS: Framework drafted; still awaiting sign-off by the Licensing Committee in March." },
      { ref: "6", status: "In progress" },
    ]);
    expect(findingsOf(plan, "complete-but-update-unfinished")).toEqual([
      expect.objectContaining({
        severity: "warning",
        cell: "H2",
        ref: "5",
        message:
          "Action 5 has status 'Complete - published' (H2), but its latest update (I2) says the work goes on: \"still awaiting sign-off by the Licensing Committee in March\". Check whether it is finished; if not, set the status back to 'In progress'.",
      }),
    ]);
  });

  it("reads only the latest entry, and takes an entry that also says complete at its word", () => {
    const plan = completionPlan([
      // The unfinished words are in the older entry: the latest says it was signed off.
      { ref: "1", status: "Complete", update: "20/01/25 RS: Still awaiting sign-off. 03/02/25 RS: Signed off by Cabinet." },
      // Reading's 57: work "being explored" but the entry ends "- action complete".
      { ref: "2", status: "Complete", update: "03/02/25 RS: Policy not yet signed off by Cabinet. - action complete" },
      { ref: "3", status: "Complete", update: "03/02/25 RS: Closed; monitoring is ongoing." },
      { ref: "4", status: "In progress", update: "03/02/25 RS: Still awaiting sign-off." },
    ]);
    expect(findingsOf(plan, "complete-but-update-unfinished")).toEqual([]);
  });

  it("says 'in progress' when no row teaches the plan's own word for it", () => {
    // The only row is complete, so the plan has no in-progress wording to propose.
    const plan = completionPlan([{ ref: "5", status: "Complete", update: "03/02/25 RS: Still awaiting sign-off." }]);
    expect(findingsOf(plan, "complete-but-update-unfinished").map((f) => f.message)).toEqual([
      "Action 5 has status 'Complete' (H2), but its latest update (I2) says the work goes on: \"Still awaiting sign-off\". Check whether it is finished; if not, set the status back to in progress.",
    ]);
  });

  it("has no status to contradict in a plan without a status column", () => {
    const plan = completionPlan([{ ref: "1", update: "03/02/25 RS: Still awaiting sign-off." }], ["Status"]);
    expect(findingsOf(plan, "complete-but-update-unfinished")).toEqual([]);
  });
});
