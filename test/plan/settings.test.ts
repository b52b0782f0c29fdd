import { readPlanAndSettings } from "../../src/plan/read-plan-and-settings";
import { buildSummary } from "../../src/plan/summary";
import { DEFAULT_SETTINGS, readSettings, resolveSettings } from "../../src/plan/settings";
import { buildSheet, buildWorkbook, type BuiltCell } from "../support/snapshot-builder";

const HEADER = ["Ref No", "Task/Action", "Role", "End Date", "Update on Progress with Actions", "Status"];
const AS_OF = "2015-06-08";

/** A plan whose only workstream is 100 % Red (both actions past their end date), with saved settings. */
function redPlanSaving(settings: unknown) {
  const rows: BuiltCell[][] = [
    HEADER,
    ["1. Workstream", "", "", "", "", ""],
    ["1", "Action 1", "Service Manager", "31/05/2015", "01.06.15 KJ: Started.", "In Progress"],
    ["2", "Action 2", "Service Manager", "31/05/2015", "01.06.15 KJ: Started.", "In Progress"],
  ];
  const state = buildSheet("ActionPlanAssistant", [["Key", "Part", "Value"], ["settings", 1, JSON.stringify(settings)]], { visibility: "VeryHidden" });
  const read = readPlanAndSettings(buildWorkbook(buildSheet("Action Plan", rows, { merged: ["A2:F2"] }), state));
  if (!read.ok) throw new Error(read.message);
  return read;
}

describe("settings: good values are used", () => {
  it("takes every valid saved value, later sources winning", () => {
    const worst = { kind: "worst" } as const;
    expect(readSettings({ staleDays: 14 }, { dueSoonDays: 0, overallRule: worst })).toEqual({
      settings: { staleDays: 14, dueSoonDays: 0, overallRule: worst, ragScale: "brag" },
      problems: [],
    });
  });
  it("keeps only a rule's own keys (a newer copy may have saved more), so what is used is what was checked", () => {
    expect(readSettings({ overallRule: { kind: "worst", redShare: 2 } }).settings.overallRule).toEqual({ kind: "worst" });
    expect(readSettings({ overallRule: { kind: "share", redShare: 0.5, amberShare: 1, note: "board" } }).settings.overallRule).toEqual({ kind: "share", redShare: 0.5, amberShare: 1 });
  });
  it("gives the defaults for nothing saved, and ignores keys it does not know and undefined options", () => {
    expect(readSettings(undefined, null, {}, { staleDays: undefined, confidenceBands: "five" })).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });
  it("takes the board report's scale, brag or ipa, and reports any other", () => {
    expect(readSettings({ ragScale: "ipa" }).settings.ragScale).toBe("ipa");
    const bad = readSettings({ ragScale: "five" });
    expect(bad.settings.ragScale).toBe("brag");
    expect(bad.problems).toEqual([expect.stringContaining('the setting "ragScale" is "five", which is not "brag" or "ipa"; "brag" is used.')]);
  });
});

describe("settings: a bad saved value is reported and its default used", () => {
  it.each<[string, unknown, string]>([
    ["a share rule with no numbers", { overallRule: { kind: "share" } }, "overallRule"],
    ["a share of 0 (every workstream would be Red)", { overallRule: { kind: "share", redShare: 0, amberShare: 0.25 } }, "overallRule"],
    ["a share above 1", { overallRule: { kind: "share", redShare: 25, amberShare: 0.25 } }, "overallRule"],
    ["a share written as text", { overallRule: { kind: "share", redShare: "0.25", amberShare: 0.25 } }, "overallRule"],
    ["a rule kind it does not know", { overallRule: { kind: "median" } }, "overallRule"],
    ["0 stale days", { staleDays: 0 }, "staleDays"],
    ["fractional stale days", { staleDays: 2.5 }, "staleDays"],
    ["stale days as text", { staleDays: "30" }, "staleDays"],
    ["negative due-soon days", { dueSoonDays: -1 }, "dueSoonDays"],
    ["due-soon days as null", { dueSoonDays: null }, "dueSoonDays"],
    ["infinite stale days", { staleDays: Number.POSITIVE_INFINITY }, "staleDays"],
    ["a rule written as a list", { overallRule: ["worst"] }, "overallRule"],
  ])("%s", (_why, saved, key) => {
    const { settings, problems } = readSettings(saved);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^ActionPlanAssistant: the setting "${key}" is .*; .* is used\\.$`));
  });

  it("names a value JSON cannot write (a function passed in code) by its text", () => {
    // readSettings takes options from code too (the CLI's, a test's); JSON.stringify gives
    // undefined for a function, so the problem shows String(value) instead: "() => 14".
    const { settings, problems } = readSettings({ staleDays: () => 14 });
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(problems).toEqual(['ActionPlanAssistant: the setting "staleDays" is () => 14, which is not a whole number of days, 1 or more; 30 is used.']);
  });

  it("keeps the good values beside a bad one", () => {
    const { settings, problems } = readSettings({ staleDays: 14, overallRule: { kind: "share" } });
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, staleDays: 14 });
    expect(problems).toEqual([
      `ActionPlanAssistant: the setting "overallRule" is {"kind":"share"}, which is not {"kind":"worst"} or {"kind":"share","redShare":r,"amberShare":a} with r and a above 0 and at most 1; {"kind":"share","redShare":0.25,"amberShare":0.25} is used.`,
    ]);
  });

  it("reports saved settings that are not an object at all", () => {
    expect(readSettings("strict")).toEqual({ settings: DEFAULT_SETTINGS, problems: ['ActionPlanAssistant: the saved settings "strict" are not a set of named values; the defaults are used.'] });
    expect(readSettings([1, 2]).problems).toHaveLength(1);
  });

  it("a bad override leaves the earlier value standing, not the default", () => {
    expect(resolveSettings({ staleDays: 14 }, { staleDays: -3 }).staleDays).toBe(14);
  });
});

describe("settings: a bad saved rule never rates a Red workstream Green", () => {
  it("reads the plan's saved {kind:'share'} as the default rule, and says so in the plan's reasons", () => {
    const read = redPlanSaving({ overallRule: { kind: "share" } });
    expect(read.settings.overallRule).toEqual(DEFAULT_SETTINGS.overallRule);
    expect(read.plan.reasons.some((r) => r.includes('the setting "overallRule" is {"kind":"share"}'))).toBe(true);
    // Both actions are past their end date (31/05/2015 before 08/06/2015), so both are Red:
    // Red share 2/2 = 100 % >= the default 25 %, so the workstream is Red, with no NaN in the reason.
    const summary = buildSummary(read.plan, AS_OF, read.settings, null);
    expect(summary.workstreams.map((w) => [w.name, w.overall])).toEqual([["1. Workstream", "red"]]);
    expect(summary.workstreams[0].overallReason).toBe("100% of open rated actions are Red (Red from 25%).");
  });

  it("uses a valid saved rule as saved", () => {
    // {kind:"worst"}: the worst open rating is Red.
    const read = redPlanSaving({ overallRule: { kind: "worst" }, staleDays: 10 });
    expect(read.settings).toEqual({ ...DEFAULT_SETTINGS, overallRule: { kind: "worst" }, staleDays: 10 });
    expect(read.plan.reasons.filter((r) => r.includes("setting"))).toEqual([]);
  });
});

describe("settings: how a rejected value is shown in the message", () => {
  it("cuts a value longer than 80 characters to 79 and an ellipsis", () => {
    // JSON of 100 x's is 102 characters with its quotes: shown as the opening quote, 78 x's and "…".
    const { problems } = readSettings({ ragScale: "x".repeat(100) });
    expect(problems).toEqual([`ActionPlanAssistant: the setting "ragScale" is "${"x".repeat(78)}…, which is not "brag" or "ipa"; "brag" is used.`]);
  });

  it("shows a value of exactly 80 characters whole", () => {
    // 78 x's and two quotes: 80 characters, not cut.
    const { problems } = readSettings({ ragScale: "x".repeat(78) });
    expect(problems[0]).toContain(`is "${"x".repeat(78)}", which`);
  });
});

describe("settings: each check accepts exactly its valid values", () => {
  it("takes the default scale, brag, when saved, with no problem reported", () => {
    expect(readSettings({ ragScale: "brag" })).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it("reports an overall rule saved as null, and uses the default rule", () => {
    const { settings, problems } = readSettings({ overallRule: null });
    expect(settings.overallRule).toEqual(DEFAULT_SETTINGS.overallRule);
    expect(problems).toEqual([expect.stringContaining('the setting "overallRule" is null, which is not')]);
  });

  it("reports a rule kind it does not know even when its shares are valid numbers", () => {
    const { settings, problems } = readSettings({ overallRule: { kind: "median", redShare: 0.2, amberShare: 0.3 } });
    expect(settings.overallRule).toEqual(DEFAULT_SETTINGS.overallRule);
    expect(problems).toHaveLength(1);
  });
});
