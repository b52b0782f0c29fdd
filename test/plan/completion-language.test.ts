import { completionClaim } from "../../src/plan/completion-language";

describe("completionClaim", () => {
  it.each([
    ["This has been completed.", "complete"],
    ["This has been completed", "complete"],
    ["Complete. Session held with Team with Connected Person's ATM facilitating reg 24/ SGO aspect.", "complete"],
    ["Appointment of an independent reviewer is being explored. - action complete", "complete"],
    ["Done", "complete"],
    ["Signed off.", "complete"],
    ["All actions completed.", "complete"],
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
  ])("not a claim: %s", (text) => {
    expect(completionClaim(text)).toBe("none");
  });
});
