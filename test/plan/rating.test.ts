/*
 * The board rating, with every expected value worked out by hand from the rows below (comments
 * show the arithmetic). As-of date: Monday 8 June 2015. June has 30 days, so 30/06/2015 is 22 days
 * ahead and 06/07/2015 is 22 + 6 = 28 days ahead (the default due-soon window).
 *
 * Tests whose names start with "kills:" are the ones that catch the five wrong changes issue 15
 * names (the Red share threshold, the Amber share threshold, Paused rated Green, the due-soon
 * boundary, and a plan due today counted as overdue).
 */
import type { Action, Plan } from "../../src/plan/model";
import { deriveRag } from "../../src/plan/rag";
import { readPlan } from "../../src/plan/read-plan";
import { overdue } from "../../src/plan/rules/overdue";
import { DEFAULT_SETTINGS, type PlanSettings } from "../../src/plan/settings";
import { buildSummary, overallRating, type RagCounts } from "../../src/plan/summary";
import { validatePlan } from "../../src/plan/validate";
import { buildSheet, buildWorkbook, type BuiltCell } from "../support/snapshot-builder";

const AS_OF = "2015-06-08";
const HEADER = ["Ref No", "Task/Action", "Role", "End Date", "Update on Progress with Actions", "Status"];

function readRows(rows: BuiltCell[][]): Plan {
  const merged = rows.map((r, i) => (r.length === 1 ? `A${i + 2}:F${i + 2}` : "")).filter(Boolean);
  const result = readPlan(buildWorkbook(buildSheet("Action Plan", [HEADER, ...rows.map((r) => (r.length === 1 ? [r[0], "", "", "", "", ""] : r))], { merged })));
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

/** One action with this end date and status (and a fresh update, so nothing else is in play). */
function action(end: BuiltCell, status: string): Action {
  return readRows([["1", "Action 1", "Service Manager", end, "01.06.15 KJ: Work under way.", status]]).actions[0];
}

function rate(end: BuiltCell, status: string, settings: PlanSettings = DEFAULT_SETTINGS) {
  const { rating, rule } = deriveRag(action(end, status), AS_OF, settings);
  return `${rating} ${rule}`;
}

const counts = (c: Partial<RagCounts>): RagCounts => ({ blue: 0, green: 0, amber: 0, red: 0, grey: 0, ...c });

describe("deriveRag: one action's rating, first matching rule wins", () => {
  it.each<[string, BuiltCell, string, string]>([
    ["complete, even past its end date", "31/05/2015", "Complete", "blue complete"],
    ["cancelled is not rated", "31/05/2015", "Cancelled", "grey cancelled"],
    // 31/05 to 08/06 is 8 days.
    ["past its end date and not complete", "31/05/2015", "In Progress", "red past-end-date"],
    ["status overdue with the end date ahead", "30/09/2015", "Overdue", "red status-off-track"],
    ["status at risk", "30/09/2015", "At risk", "amber status-at-risk"],
    ["open with a blank end date", "", "In Progress", "amber no-end-date"],
    ["open with end date TBC", "TBC", "In Progress", "amber no-end-date"],
    ["in progress with its end date ahead", "30/09/2015", "In Progress", "green on-track"],
    ["not started and due beyond the window (30/09 is 114 days ahead)", "30/09/2015", "Not Started", "grey not-rated"],
    ["a status the rules do not know", "30/09/2015", "Waiting", "grey not-rated"],
  ])("%s", (_why, end, status, expected) => {
    expect(rate(end, status)).toBe(expected);
  });

  it("says how late an action is, in days (31/05 to 08/06 = 8)", () => {
    expect(deriveRag(action("31/05/2015", "In Progress"), AS_OF, DEFAULT_SETTINGS).reason).toBe("End date 31/05/2015 passed 8 days ago and the action is not complete.");
    expect(deriveRag(action("07/06/2015", "In Progress"), AS_OF, DEFAULT_SETTINGS).reason).toBe("End date 07/06/2015 passed 1 day ago and the action is not complete.");
  });

  it("kills: Paused rated Green — a paused action is Amber, whatever its end date ahead", () => {
    expect(rate("30/09/2015", "Paused")).toBe("amber status-paused");
    expect(rate("30/09/2015", "On hold")).toBe("amber status-paused");
  });

  it("kills: the due-soon boundary — not started and due in exactly dueSoonDays is Amber, one day more is not", () => {
    // 06/07/2015 is 28 days ahead = the default window of 28: Amber. 07/07/2015 is 29: not rated.
    expect(rate("06/07/2015", "Not Started")).toBe("amber due-soon-not-started");
    expect(deriveRag(action("06/07/2015", "Not Started"), AS_OF, DEFAULT_SETTINGS).reason).toBe("Not started and due in 28 days (within 28).");
    expect(rate("07/07/2015", "Not Started")).toBe("grey not-rated");
    // The window is the setting, not a constant: with 10 days, 18/06 (10 ahead) is Amber, 19/06 (11) is not.
    const tenDays = { ...DEFAULT_SETTINGS, dueSoonDays: 10 };
    expect(rate("18/06/2015", "Not Started", tenDays)).toBe("amber due-soon-not-started");
    expect(rate("19/06/2015", "Not Started", tenDays)).toBe("grey not-rated");
    // With a window of 0 a not-started action due today is Amber (0 <= 0), due tomorrow is not.
    const none = { ...DEFAULT_SETTINGS, dueSoonDays: 0 };
    expect(rate("08/06/2015", "Not Started", none)).toBe("amber due-soon-not-started");
    expect(rate("09/06/2015", "Not Started", none)).toBe("grey not-rated");
  });

  it("kills: due today counted as overdue — an action due on the as-of date is not Red", () => {
    // 08/06/2015 - 08/06/2015 = 0 days late: still on track, 0 days ahead.
    expect(rate("08/06/2015", "In Progress")).toBe("green on-track");
    expect(rate("07/06/2015", "In Progress")).toBe("red past-end-date");
  });
});

describe("overdue rule: past the end date, not closed", () => {
  function overdueFindings(end: BuiltCell, status: string): string[] {
    const plan = readRows([["1", "Action 1", "Service Manager", end, "01.06.15 KJ: Work under way.", status]]);
    return validatePlan(plan, AS_OF, DEFAULT_SETTINGS, [overdue]).findings.map((f) => f.message);
  }

  it("kills: due today counted as overdue — an action due on the as-of date is not overdue", () => {
    expect(overdueFindings("08/06/2015", "In Progress")).toEqual([]);
  });

  it("an action due yesterday is overdue by 1 day", () => {
    expect(overdueFindings("07/06/2015", "In Progress")).toEqual(["End date 07/06/2015 passed 1 day before 08/06/2015 and the action is not complete (status is 'In Progress')."]);
  });

  it("closed actions are never overdue", () => {
    expect(overdueFindings("31/05/2015", "Complete")).toEqual([]);
    expect(overdueFindings("31/05/2015", "Cancelled")).toEqual([]);
  });
});

describe("overallRating: a workstream's rating from its counts", () => {
  // Thresholds that differ, so a test can tell the Red threshold from the Amber one.
  const rule = { kind: "share", redShare: 0.2, amberShare: 0.5 } as const;

  it("kills: the Red share threshold — Red from exactly redShare of open actions", () => {
    // open = 1 + 0 + 4 = 5; Red 1/5 = 0.2 >= 0.2: Red.
    expect(overallRating(counts({ red: 1, green: 4 }), rule)).toEqual({ rating: "red", reason: "20% of open rated actions are Red (Red from 20%)." });
    // open = 1 + 0 + 5 = 6; Red 1/6 = 0.17 < 0.2; Red or Amber 1/6 < 0.5: Green.
    expect(overallRating(counts({ red: 1, green: 5 }), rule)).toEqual({ rating: "green", reason: "17% of open rated actions are Red or Amber (under 50%)." });
  });

  it("kills: the Amber share threshold — Amber from exactly amberShare of open actions Red or Amber", () => {
    // open = 1 + 2 + 3 = 6; Red 1/6 = 0.17 < 0.2; Red or Amber 3/6 = 0.5 >= 0.5: Amber.
    expect(overallRating(counts({ red: 1, amber: 2, green: 3 }), rule)).toEqual({ rating: "amber", reason: "50% of open rated actions are Red or Amber (Amber from 50%)." });
    // open = 1 + 3 + 6 = 10; Red 0.1 < 0.2; Red or Amber 0.4 < 0.5: Green. (With the two thresholds
    // swapped, 0.4 >= 0.2 would be Amber.)
    expect(overallRating(counts({ red: 1, amber: 3, green: 6 }), rule).rating).toBe("green");
    // open = 0 + 2 + 3 = 5; Red 0 < 0.2; Red or Amber 2/5 = 0.4 < 0.5: Green.
    expect(overallRating(counts({ amber: 2, green: 3 }), rule).rating).toBe("green");
  });

  it("counts only open rated actions: Blue and Grey are left out of the shares", () => {
    // open = 1 + 0 + 4 = 5 (the 10 Blue and 10 Grey do not count): Red 1/5 = 0.2 >= 0.2: Red.
    expect(overallRating(counts({ red: 1, green: 4, blue: 10, grey: 10 }), rule).rating).toBe("red");
  });

  it("with the default thresholds (25 % and 25 %)", () => {
    const defaults = DEFAULT_SETTINGS.overallRule;
    // Red 1/4 = 25 % >= 25 %: Red. Red 1/5 = 20 %; Red or Amber 1/5 = 20 % < 25 %: Green.
    expect(overallRating(counts({ red: 1, green: 3 }), defaults).rating).toBe("red");
    expect(overallRating(counts({ red: 1, green: 4 }), defaults).rating).toBe("green");
    // Red 0; Red or Amber 1/4 = 25 %: Amber. 1/5 = 20 %: Green.
    expect(overallRating(counts({ amber: 1, green: 3 }), defaults).rating).toBe("amber");
    expect(overallRating(counts({ amber: 1, green: 4 }), defaults).rating).toBe("green");
  });

  it("the worst rule takes the worst open rating", () => {
    const worst = { kind: "worst" } as const;
    expect(overallRating(counts({ red: 1, green: 99 }), worst)).toEqual({ rating: "red", reason: "The worst rating of any open action (red)." });
    expect(overallRating(counts({ amber: 1, green: 99 }), worst).rating).toBe("amber");
    expect(overallRating(counts({ green: 1, blue: 5 }), worst).rating).toBe("green");
  });

  it("nothing open: Blue when something is complete, Grey otherwise", () => {
    expect(overallRating(counts({}), rule)).toEqual({ rating: "grey", reason: "No actions." });
    expect(overallRating(counts({ blue: 2, grey: 1 }), rule)).toEqual({ rating: "blue", reason: "Every rated action is complete." });
    expect(overallRating(counts({ grey: 3 }), rule)).toEqual({ rating: "grey", reason: "No action can be rated." });
    expect(overallRating(counts({ blue: 1 }), { kind: "worst" }).rating).toBe("blue");
  });
});

describe("buildSummary: a two-workstream plan worked by hand", () => {
  const plan = readRows([
    ["1. Safeguarding"],
    ["1", "Audit case files", "Service Manager", "30/09/2015", "01.06.15 KJ: Started.", "In Progress"], // Green: 114 days ahead
    ["2", "Train staff", "Service Manager", "31/05/2015", "01.06.15 KJ: Planned.", "Not Started"], // Red: 8 days late
    ["3", "Write policy", "Service Manager", "30/09/2015", "01.06.15 KJ: This has been completed.", "Complete"], // Blue
    ["4", "Review panel", "Service Manager", "30/09/2015", "01.06.15 KJ: On hold.", "Paused"], // Amber
    ["2. Workforce"],
    ["5", "Old survey", "Service Manager", "30/09/2015", "01.06.15 KJ: Dropped.", "Cancelled"], // Grey
    ["6", "Recruit", "Service Manager", "30/09/2015", "01.06.15 KJ: Few applicants.", "At risk"], // Amber
    ["7", "Induction", "Service Manager", "08/06/2015", "01.06.15 KJ: Nearly there.", "In Progress"], // Green: due today
  ]);
  // Built inside each test, not here: mutation testing's per-test coverage only sees code a test runs.
  const summarise = () => {
    const summary = buildSummary(plan, AS_OF, DEFAULT_SETTINGS, null);
    const [safeguarding, workforce] = summary.workstreams;
    return { summary, safeguarding, workforce };
  };

  it("counts each workstream's ratings", () => {
    const { summary, safeguarding, workforce } = summarise();
    expect(summary.workstreams.map((w) => w.name)).toEqual(["1. Safeguarding", "2. Workforce"]);
    expect(safeguarding.rag).toEqual({ blue: 1, green: 1, amber: 1, red: 1, grey: 0 });
    expect(workforce.rag).toEqual({ blue: 0, green: 1, amber: 1, red: 0, grey: 1 });
    expect(summary.totals.rag).toEqual({ blue: 1, green: 2, amber: 2, red: 1, grey: 1 });
    expect(summary.totals.actions).toBe(7);
  });

  it("rates each workstream by the default share rule", () => {
    const { summary, safeguarding, workforce } = summarise();
    // Safeguarding: open = 1 red + 1 amber + 1 green = 3; Red 1/3 = 33 % >= 25 %: Red.
    expect([safeguarding.overall, safeguarding.overallReason]).toEqual(["red", "33% of open rated actions are Red (Red from 25%)."]);
    // Workforce: open = 0 + 1 + 1 = 2; Red 0; Red or Amber 1/2 = 50 % >= 25 %: Amber.
    expect([workforce.overall, workforce.overallReason]).toEqual(["amber", "50% of open rated actions are Red or Amber (Amber from 25%)."]);
    // All: open = 1 + 2 + 2 = 5; Red 1/5 = 20 % < 25 %; Red or Amber 3/5 = 60 %: Amber.
    expect([summary.totals.overall, summary.totals.overallReason]).toEqual(["amber", "60% of open rated actions are Red or Amber (Amber from 25%)."]);
  });

  it("works out percent complete over actions not cancelled", () => {
    const { summary, safeguarding, workforce } = summarise();
    // Safeguarding 1 of 4 = 25 %; Workforce 0 of 2 (5 is cancelled) = 0 %; all 1 of 6 = 16.7 → 17 %.
    expect([safeguarding.percentComplete, workforce.percentComplete, summary.totals.percentComplete]).toEqual([25, 0, 17]);
  });

  it("counts statuses as written", () => {
    const { safeguarding } = summarise();
    expect(safeguarding.statuses).toEqual({ "In Progress": 1, "Not Started": 1, Complete: 1, Paused: 1 });
  });

  it("lists Red exceptions first (most days late first), then Amber in plan order", () => {
    const { summary } = summarise();
    expect(summary.exceptions.map((e) => [e.ref, e.rag, e.rule, e.daysOverdue])).toEqual([
      ["2", "red", "past-end-date", 8],
      ["4", "amber", "status-paused", null],
      ["6", "amber", "status-at-risk", null],
    ]);
    expect(summary.exceptions[0].latestUpdate).toBe("01.06.15 KJ: Planned.");
  });

  it("keeps a snapshot for the next comparison, with no previous one to compare", () => {
    const { summary } = summarise();
    expect(summary.snapshot.actions.map((a) => `${a.key} ${a.rating}${a.complete ? " complete" : ""}`)).toEqual([
      "ref:1 green",
      "ref:2 red",
      "ref:3 blue complete",
      "ref:4 amber",
      "ref:5 grey",
      "ref:6 amber",
      "ref:7 green",
    ]);
    expect(summary.changes).toEqual({ since: null, newlyRed: [], newlyComplete: [], endDatesMoved: [], added: [], removed: [] });
  });

  it("compares with a previous summary: newly Red, newly complete, end dates moved, added, removed", () => {
    const previous = {
      asOf: "2015-05-01",
      actions: [
        { key: "ref:2", ref: "2", task: "Train staff", rating: "amber" as const, complete: false, endDate: "2015-05-31", endDateText: "31/05/2015" },
        { key: "ref:3", ref: "3", task: "Write policy", rating: "green" as const, complete: false, endDate: "2015-08-31", endDateText: "31/08/2015" },
        { key: "ref:9", ref: "9", task: "Gone", rating: "green" as const, complete: false, endDate: null, endDateText: null },
      ],
    };
    const changes = buildSummary(plan, AS_OF, DEFAULT_SETTINGS, previous).changes;
    expect(changes.since).toBe("2015-05-01");
    expect(changes.newlyRed).toEqual([{ ref: "2", task: "Train staff" }]);
    expect(changes.newlyComplete).toEqual([{ ref: "3", task: "Write policy" }]);
    expect(changes.endDatesMoved).toEqual([{ ref: "3", task: "Write policy", from: "31/08/2015", to: "30/09/2015" }]);
    expect(changes.added.map((a) => a.ref)).toEqual(["1", "4", "5", "6", "7"]);
    expect(changes.removed).toEqual([{ ref: "9", task: "Gone" }]);
  });
});
