import type { CanonicalStatus } from "../../src/plan/model";
import { normaliseStatus } from "../../src/plan/status";
import { readingPlan } from "./reading-plan";

describe("normaliseStatus", () => {
  test.each<[string, CanonicalStatus]>([
    ["Not Started", "notStarted"],
    ["Not yet started", "notStarted"],
    ["not started", "notStarted"],
    ["NOT-STARTED", "notStarted"],
    ["In Progress (on track)", "inProgress"],
    ["In progress", "inProgress"],
    ["In-Progress", "inProgress"],
    ["On track", "inProgress"],
    ["On Track.", "inProgress"],
    ["Started", "inProgress"],
    ["Ongoing", "inProgress"],
    ["Open", "inProgress"],
    ["Underway", "inProgress"],
    ["At risk", "atRisk"],
    ["Blocked", "atRisk"],
    ["In progress - at risk", "atRisk"],
    ["In Progress (Overdue)", "overdue"],
    ["Overdue", "overdue"],
    ["Off track", "overdue"],
    ["Off-Track", "overdue"],
    ["Delayed", "overdue"],
    ["Behind", "overdue"],
    ["Behind schedule", "overdue"],
    ["In progress (delayed)", "overdue"],
    ["Complete", "complete"],
    ["Completed", "complete"],
    ["COMPLETE", "complete"],
    ["Done", "complete"],
    ["Closed", "complete"],
    ["Achieved", "complete"],
    ["Finished", "complete"],
    ["Paused", "paused"],
    ["On hold", "paused"],
    ["On-Hold", "paused"],
    ["Cancelled", "cancelled"],
    ["Canceled", "cancelled"],
    ["Superseded", "cancelled"],
    ["Withdrawn", "cancelled"],
    ["No longer required", "cancelled"],
    ["", "blank"],
    ["   ", "blank"],
    ["Red", "unknown"],
    ["Green", "unknown"],
    ["Sort of", "unknown"],
    ["In progress (complete)", "unknown"],
    ["Complete?", "complete"],
    // Trailing detail after a dash or bracket does not hide the status (issue 10 cause 12).
    ["Complete - evidence filed", "complete"],
    ["On track (see note)", "inProgress"],
    ["Not started: awaiting funding", "notStarted"],
    ["Not started (complete)", "unknown"],
  ])("%j → %s", (raw, canonical) => {
    expect(normaliseStatus(raw)).toEqual({ raw: raw.trim(), canonical });
  });

  test("keeps the plan's own wording, trimmed", () => {
    expect(normaliseStatus("  In Progress (Overdue) ")).toEqual({ raw: "In Progress (Overdue)", canonical: "overdue" });
  });

  test("every status in the Reading plan", () => {
    const byWording = Object.fromEntries(readingPlan.actions.map((a) => [a.status, normaliseStatus(a.status).canonical]));
    expect(byWording).toEqual({
      "Not Started": "notStarted",
      "In Progress (on track)": "inProgress",
      "In Progress (Overdue)": "overdue",
      Complete: "complete",
      Paused: "paused",
      "": "blank",
    });
  });
});

describe("normaliseStatus: shared readings", () => {
  test("rows with the same status share one frozen reading: no row can change another's status", () => {
    const first = normaliseStatus("On track");
    const second = normaliseStatus(" On track ");
    expect(() => {
      (first as { canonical: CanonicalStatus }).canonical = "complete";
    }).toThrow(TypeError);
    expect(second).toEqual({ raw: "On track", canonical: "inProgress" });
    expect(() => {
      (normaliseStatus("") as { raw: string }).raw = "x";
    }).toThrow(TypeError);
    expect(normaliseStatus("   ")).toEqual({ raw: "", canonical: "blank" });
  });
});
