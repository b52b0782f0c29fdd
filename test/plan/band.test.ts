/*
 * An action's band on the board report's two scales (bandFor), worked out by hand. As-of date:
 * Monday 8 June 2015. 30/09/2015 is 22 (rest of June) + 31 + 31 + 30 = 114 days ahead; 11/05/2015
 * is 20 (rest of May) + 8 = 28 days behind, 10/05/2015 is 29 behind.
 */
import type { Action } from "../../src/plan/model";
import { bandFor, IPA_RED_AFTER_DAYS, type RagScale } from "../../src/plan/rag";
import { readPlan } from "../../src/plan/read-plan";
import { DEFAULT_SETTINGS } from "../../src/plan/settings";
import { buildSheet, buildWorkbook } from "../support/snapshot-builder";

const AS_OF = "2015-06-08";
const HEADER = ["Ref No", "Task/Action", "Role", "End Date", "Update on Progress with Actions", "Status"];

function action(end: string, status: string): Action {
  const result = readPlan(buildWorkbook(buildSheet("Action Plan", [HEADER, ["1", "Action 1", "Service Manager", end, "01.06.15 KJ: Work under way.", status]])));
  if (!result.ok) throw new Error(result.message);
  return result.plan.actions[0];
}

const band = (end: string, status: string, scale: RagScale) => bandFor(action(end, status), AS_OF, DEFAULT_SETTINGS, scale);

describe("bandFor: the same on both scales", () => {
  it.each<RagScale>(["brag", "ipa"])("an open action with no end date is a data gap, not rated (%s)", (scale) => {
    expect(band("", "In Progress", scale)).toEqual({
      band: "notRated",
      rule: "no-end-date",
      reason: "Not rated: open with no real end date (blank). Fix the end date to rate it.",
      dataGap: true,
    });
    expect(band("TBC", "In Progress", scale).reason).toBe('Not rated: open with no real end date ("TBC"). Fix the end date to rate it.');
  });

  it.each<RagScale>(["brag", "ipa"])("a complete action is Complete, not a data gap (%s)", (scale) => {
    expect(band("31/05/2015", "Complete", scale)).toEqual({ band: "complete", rule: "complete", reason: 'Complete (status "Complete").', dataGap: false });
  });

  it.each<RagScale>(["brag", "ipa"])("not started and due beyond the due-soon window is Green, with the days in words (%s)", (scale) => {
    // 114 days ahead > 28: on plan.
    expect(band("30/09/2015", "Not Started", scale)).toEqual({
      band: "green",
      rule: "not-rated",
      reason: "Not started, and not due for 114 days (beyond the 28-day due-soon window).",
      dataGap: false,
    });
  });

  it.each<RagScale>(["brag", "ipa"])("cancelled and unknown statuses are not rated, and not data gaps (%s)", (scale) => {
    expect(band("30/09/2015", "Cancelled", scale)).toEqual({ band: "notRated", rule: "cancelled", reason: 'Not rated: status "Cancelled".', dataGap: false });
    expect(band("30/09/2015", "Waiting", scale)).toMatchObject({ band: "notRated", rule: "not-rated", dataGap: false });
  });

  it.each<RagScale>(["brag", "ipa"])("in progress with its end date ahead is Green (%s)", (scale) => {
    expect(band("30/09/2015", "In Progress", scale)).toEqual({ band: "green", rule: "on-track", reason: "In progress with its end date 114 days ahead.", dataGap: false });
  });
});

describe("bandFor: BRAG keeps deriveRag's rating", () => {
  it("past its end date is Red however few days late", () => {
    // 07/06 is 1 day behind 08/06.
    expect(band("07/06/2015", "In Progress", "brag")).toEqual({
      band: "red",
      rule: "past-end-date",
      reason: "End date 07/06/2015 passed 1 day ago and the action is not complete.",
      dataGap: false,
    });
  });

  it("at risk, paused and not started due soon are Amber", () => {
    expect(band("30/09/2015", "At risk", "brag").band).toBe("amber");
    expect(band("30/09/2015", "Paused", "brag").band).toBe("amber");
    // 18/06 is 10 days ahead, within 28.
    expect(band("18/06/2015", "Not Started", "brag")).toMatchObject({ band: "amber", rule: "due-soon-not-started" });
  });
});

describe("bandFor: the IPA five-point scale", () => {
  it("is Amber/Red up to IPA_RED_AFTER_DAYS (28) late, with the reason saying so", () => {
    expect(IPA_RED_AFTER_DAYS).toBe(28);
    expect(band("11/05/2015", "In Progress", "ipa")).toEqual({
      band: "amberRed",
      rule: "past-end-date",
      reason: "End date 11/05/2015 passed 28 days ago and the action is not complete. Amber/Red: up to 28 days late.",
      dataGap: false,
    });
  });

  it("is Red from the 29th day late", () => {
    expect(band("10/05/2015", "In Progress", "ipa")).toEqual({
      band: "red",
      rule: "past-end-date",
      reason: "End date 10/05/2015 passed 29 days ago and the action is not complete. Red: more than 28 days late.",
      dataGap: false,
    });
  });

  it("rates not started and merely due soon Amber/Green", () => {
    // 18/06 is 10 days ahead, within the 28-day window.
    expect(band("18/06/2015", "Not Started", "ipa")).toEqual({
      band: "amberGreen",
      rule: "due-soon-not-started",
      reason: "Not started and due in 10 days (within 28).",
      dataGap: false,
    });
  });

  it("keeps Red for a status that says off track, and Amber for at risk and paused", () => {
    expect(band("30/09/2015", "Overdue", "ipa")).toMatchObject({ band: "red", rule: "status-off-track" });
    expect(band("30/09/2015", "At risk", "ipa")).toMatchObject({ band: "amber", rule: "status-at-risk" });
    expect(band("30/09/2015", "Paused", "ipa")).toMatchObject({ band: "amber", rule: "status-paused" });
  });
});
