import { readPlan } from "../../src/plan/read-plan";
import { buildSheet, buildWorkbook } from "../support/snapshot-builder";

describe("a register is not an action plan (issue 10 cause 15)", () => {
  const risks = buildSheet("Risks", [
    ["Risk ID", "Risk description", "Cause", "Likelihood", "Impact", "Risk score", "Risk owner", "Review date", "Status"],
    ["CS01", "Too few social workers", "Recruitment", "4", "5", "20", "DCS", "31/03/2025", "Open"],
  ]);

  it("refuses a risk register and says which columns show it", () => {
    const result = readPlan(buildWorkbook(risks));
    expect(result.ok).toBe(false);
    // Risk ID names the items, and Cause, Likelihood, Impact, Risk score are a risk register's columns.
    expect(!result.ok && result.message).toMatch(/"Risks" \(a risk register, not an action plan: its header row 1 has .*"Likelihood", "Impact"/);
  });

  it("reads it when the user says the sheet is the plan", () => {
    expect(readPlan(buildWorkbook(risks), { sheet: "Risks" }).ok).toBe(true);
  });

  it("keeps a plan that has an Impact column of its own", () => {
    const plan = buildSheet("Plan", [["Ref", "Action", "Owner", "End date", "Impact", "Status"], ["1", "Do x", "HoS", "31/03/2025", "Fewer referrals", "On track"]]);
    expect(readPlan(buildWorkbook(plan)).ok).toBe(true);
  });
});
