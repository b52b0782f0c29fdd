import { completionClaim, unfinishedWork } from "../../src/plan/completion-language";

describe("completionClaim", () => {
  it.each([
    ["This has been completed.", "complete"],
    ["This has been completed", "complete"],
    ["Complete. Session held with Team with Connected Person's ATM facilitating reg 24/ SGO aspect.", "complete"],
    ["Appointment of an independent reviewer is being explored. - action complete", "complete"],
    ["Done", "complete"],
    ["Signed off.", "complete"],
    ["All actions completed.", "complete"],
    // A published progress table's recommendation (gallery 04, September 2024 column).
    ["Timeliness at 88% for the quarter. This recommendation has been fully met and closed by the board.", "complete"],
  ])("%s → %s", (text, expected) => {
    expect(completionClaim(text)).toBe(expected);
  });

  it.each([
    // Real phrases from the Reading plan that are not completion of the action.
    "Needs to be undertaken when all redesign work in MASH/A&A is completed, tested and signed off.",
    "Survey of other LA's completed. Staff focus groups currently underway, 2 completed and 1 more to do.",
    "Final draft completed and is being checked. JA is writing the Committee report.",
    "First session complete, second planned for July.",
    "This will be completed by the end of June.",
    "Work has started with existing ATMs.",
    "A new version will be available for sign-off by end of May",
    "This recommendation will be met and closed by the board in March.",
  ])("not a claim: %s", (text) => {
    expect(completionClaim(text)).toBe("none");
  });
});

describe("unfinishedWork", () => {
  it.each([
    // The gallery's complete actions whose latest entry says the work goes on (12 row 9, 18 row 11).
    ["Framework drafted; still awaiting sign-off by the Licensing Committee in March.", "still awaiting sign-off by the Licensing Committee in March"],
    ["First forum held; still waiting for the young people's terms of reference to be agreed.", "still waiting for the young people's terms of reference to be agreed"],
    ["Policy not yet signed off by Cabinet.", "not yet signed off by Cabinet"],
    ["Terms of reference yet to be agreed.", "yet to be agreed"],
    ["Recruitment remains in progress", "remains in progress"],
    ["Report written. Awaiting approval at the March board.", "Awaiting approval at the March board"],
  ])("%s → %s", (text, words) => {
    expect(unfinishedWork(text)).toBe(words);
  });

  it.each([
    // Finished work, handed over to routine monitoring or written in the past tense.
    "Closed; signage in place.",
    "Framework drafted and adopted by Cabinet.",
    "Complete. Monitoring is ongoing through the QA framework.",
    "Audit complete; 85% good.",
    "Published after Cabinet.",
  ])("finished: %s", (text) => {
    expect(unfinishedWork(text)).toBeNull();
  });
});
