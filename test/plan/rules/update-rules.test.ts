/*
 * The rules that read the update log, one by one: when each fires, when it does not, and its
 * message in the row's own words, worked out by hand. As-of date: Monday 8 June 2015. Columns
 * A-G: ref, action, owner (Role), end date 30/09/2015 (ahead), update, status, RAG; the header is
 * row 1, so the first action is row 2. A "board" plan keeps one update column per month instead,
 * so an entry there is dated by its column's heading (the month's last day).
 */
import type { Plan } from "../../../src/plan/model";
import { readPlan } from "../../../src/plan/read-plan";
import type { Rule } from "../../../src/plan/rules";
import { notStartedWithProgress } from "../../../src/plan/rules/not-started-with-progress";
import { unknownInitials } from "../../../src/plan/rules/unknown-initials";
import { updateInFuture } from "../../../src/plan/rules/update-in-future";
import { updateMaySayComplete } from "../../../src/plan/rules/update-may-say-complete";
import { updateNoInitials } from "../../../src/plan/rules/update-no-initials";
import { updateSaysComplete } from "../../../src/plan/rules/update-says-complete";
import { updateStale } from "../../../src/plan/rules/update-stale";
import { updateUndated } from "../../../src/plan/rules/update-undated";
import { updatesOutOfOrder } from "../../../src/plan/rules/updates-out-of-order";
import type { PlanSettings } from "../../../src/plan/settings";
import { validatePlan } from "../../../src/plan/validate";
import { buildSheet, buildWorkbook, type BuiltCell } from "../../support/snapshot-builder";

const AS_OF = "2015-06-08";
const HEADER = ["Ref No", "Task/Action", "Role", "End Date", "Update on Progress with Actions", "Status", "RAG"];

/** One row per [update, status]; RAG left blank (rag-disagrees is not under test here). */
function plan(rows: [string, string][], options: { glossary?: string[]; noStatus?: boolean } = {}): Plan {
  const header = options.noStatus ? HEADER.filter((h) => h !== "Status") : HEADER;
  const cells = rows.map(([update, status], i): BuiltCell[] => {
    const row = [`${i + 1}`, `Action ${i + 1}`, "Service Manager", "30/09/2015", update, status, ""];
    return options.noStatus ? row.filter((_, c) => c !== 5) : row;
  });
  const sheets = [buildSheet("Action Plan", [header, ...cells])];
  if (options.glossary) sheets.push(buildSheet("Glossary", [["Initials", "Full Name", "Role"], ...options.glossary.map((g) => [g, `Person ${g}`, "Officer"])]));
  return read(sheets);
}

/** A board table with one update column per named month (two at least, or they are not read as a history), in the order given. */
function board(months: string[], rows: string[][]): Plan {
  return read([buildSheet("Board", [["Ref", "Action", "Lead", "Due", "Status", ...months], ...rows.map((cells, i) => [`B${i + 1}`, `Action B${i + 1}`, "CPM", "30/09/2015", "In progress", ...cells])])]);
}

function read(sheets: ReturnType<typeof buildSheet>[]): Plan {
  const result = readPlan(buildWorkbook(...sheets));
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

/** One rule's findings: row, cell, message and proposed value. */
function findings(rule: Rule, p: Plan, settings: Partial<PlanSettings> = {}) {
  return validatePlan(p, AS_OF, settings, [rule]).findings.map((f) => ({ row: f.row, cell: f.cell, message: f.message, fix: f.fix?.value }));
}

const messages = (rule: Rule, p: Plan, settings: Partial<PlanSettings> = {}) => findings(rule, p, settings).map((f) => f.message);

describe("not-started-with-progress", () => {
  it("counts one dated entry and quotes it, on the status cell", () => {
    expect(findings(notStartedWithProgress, plan([["01.06.15 KJ: Workshop held.", "Not Started"]]))).toEqual([
      { row: 2, cell: "F2", message: "Status is 'Not Started' but the update log has 1 dated entry, latest \"01.06.15 KJ: Workshop held.\". Check whether work has started.", fix: undefined },
    ]);
  });

  it("counts only dated entries that report work, and quotes the latest of them", () => {
    // "Planning begun." has no date; "No further update." is not progress: 2 entries are left (20.05 and 01.06).
    const update = "Planning begun. 20.05.15 KJ: Scoping done. 01.06.15 KJ: Workshop held. 05.06.15 KJ: No further update.";
    expect(messages(notStartedWithProgress, plan([[update, "Not Started"]]))).toEqual([
      "Status is 'Not Started' but the update log has 2 dated entries, latest \"01.06.15 KJ: Workshop held.\". Check whether work has started.",
    ]);
  });

  it("leaves entries that say work will start later, and any other status, alone", () => {
    expect(findings(notStartedWithProgress, plan([["01.06.15 KJ: Will commence in July.", "Not Started"], ["Planning begun.", "Not Started"], ["01.06.15 KJ: Workshop held.", "In Progress"]]))).toEqual([]);
  });
});

describe("update-says-complete", () => {
  it("quotes the latest entry and proposes the plan's own word for complete", () => {
    // Row 3 teaches the plan's word for complete ("Completed"); it is closed, so it is not flagged.
    const p = plan([["27.05.15 KJ: This has been completed.", "In Progress"], ["01.06.15 KJ: This has been completed.", "Completed"]]);
    expect(findings(updateSaysComplete, p)).toEqual([
      { row: 2, cell: "F2", message: "The latest update \"27.05.15 KJ: This has been completed.\" says the action is complete, but status is 'In Progress'.", fix: "Completed" },
    ]);
  });

  it("proposes no status when the plan has no word for complete", () => {
    expect(findings(updateSaysComplete, plan([["27.05.15 KJ: This has been completed.", "In Progress"]])).map((f) => f.fix)).toEqual([undefined]);
  });

  it("reads only the latest entry, and leaves closed actions, blank logs and plans with no status column alone", () => {
    const p = plan([
      ["27.05.15 KJ: This has been completed. 01.06.15 KJ: Reopened after the audit.", "In Progress"],
      ["27.05.15 KJ: This has been completed.", "Cancelled"],
      ["", "In Progress"],
    ]);
    expect(findings(updateSaysComplete, p)).toEqual([]);
    expect(findings(updateSaysComplete, plan([["27.05.15 KJ: This has been completed.", ""]], { noStatus: true }))).toEqual([]);
  });
});

describe("update-may-say-complete", () => {
  it("asks a person to check an entry that speaks of completion without saying the action is complete", () => {
    // "This was completed by the working group": completed, but not as a whole-action claim; no hedge word.
    expect(findings(updateMaySayComplete, plan([["01.06.15 KJ: This was completed by the working group.", "In Progress"], ["01.06.15 KJ: This has been completed.", "In Progress"]]))).toEqual([
      { row: 2, cell: "F2", message: "The latest update \"01.06.15 KJ: This was completed by the working group.\" speaks of completion, but status is 'In Progress'. Check whether the whole action is complete.", fix: undefined },
    ]);
  });

  it("has no status to contradict in a plan with no status column", () => {
    expect(findings(updateMaySayComplete, plan([["01.06.15 KJ: This was completed by the working group.", ""]], { noStatus: true }))).toEqual([]);
  });
});

describe("update-no-initials", () => {
  it("reports one dated entry without initials, quoting it, on the update cell", () => {
    expect(findings(updateNoInitials, plan([["01.06.2015 - Tasks are on track", "In Progress"]]))).toEqual([
      { row: 2, cell: "E2", message: 'An update entry has no initials: "01.06.2015 - Tasks are on track".', fix: undefined },
    ]);
  });

  it("counts several and quotes the first; entries with initials or no date are not counted", () => {
    // Undated lead-in, then 01.06 (none), 03.06 (KJ), 05.06 (none): 2 without initials, the first is 01.06.
    const update = "Recruiting. 01.06.2015 - On track. 03.06.2015 KJ: Interviews held. 05.06.2015 - Posts offered.";
    expect(messages(updateNoInitials, plan([[update, "In Progress"], ["01.06.15 KJ: Workshop held.", "In Progress"]]))).toEqual(['2 update entries have no initials: "01.06.2015 - On track.".']);
  });

  it("expects no initials of an entry dated only by its period column", () => {
    expect(findings(updateNoInitials, board(["April 2015", "May 2015"], [["Average caseload 21.", "Average caseload 20."]]))).toEqual([]);
  });
});

describe("update-undated", () => {
  it("reports an entry with no date, quoting it", () => {
    expect(findings(updateUndated, plan([["TVP are currently recruiting x2 posts. 01.06.15 KJ: Interviews held.", "In Progress"]]))).toEqual([
      { row: 2, cell: "E2", message: 'An update entry has no usable date: "TVP are currently recruiting x2 posts.".', fix: undefined },
    ]);
  });

  it("says why a written date is not usable", () => {
    // 31.02.15: February has no 31st.
    expect(messages(updateUndated, plan([["31.02.15 KJ: Typed in haste.", "In Progress"]]))).toEqual(['An update entry has no usable date: "31.02.15 KJ: Typed in haste." (31.02.15 is not a real date).']);
  });

  it("counts several and quotes the first; dated entries are not counted", () => {
    // "Recruiting." (no date), 01.06.15 (dated), 31.02.15 (impossible): 2 unusable, the first has no date written at all.
    expect(messages(updateUndated, plan([["Recruiting. 01.06.15 KJ: Interviews held. 31.02.15 KJ: Typed in haste.", "In Progress"], ["01.06.15 KJ: Workshop held.", "In Progress"]]))).toEqual([
      '2 update entries have no usable date: "Recruiting.".',
    ]);
  });
});

describe("unknown-initials", () => {
  it("lists each unknown set of initials once, in the order written", () => {
    // KJ is in the glossary; ZZ is written twice and YY once (with KJ).
    const p = plan([["01.06.15 ZZ: Started. 03.06.15 KJ/YY: Met. 05.06.15 ZZ: Reported.", "In Progress"]], { glossary: ["KJ"] });
    expect(findings(unknownInitials, p)).toEqual([{ row: 2, cell: "E2", message: "Initials ZZ, YY are not in the glossary.", fix: undefined }]);
  });

  it("says 'is' for one, and compares initials without regard to case", () => {
    // The glossary lists KMc and KJ; the entries' "KMc" and "KMC" both match KMc, so only ZZ is unknown.
    const p = plan([["01.06.15 ZZ: Started. 02.06.15 KMc: Met.", "In Progress"], ["Undated note. 03.06.15 KMC: Met.", "In Progress"]], { glossary: ["KMc", "KJ"] });
    expect(messages(unknownInitials, p)).toEqual(["Initials ZZ is not in the glossary."]);
  });
});

describe("update-in-future", () => {
  it("quotes the first entry dated after the as-of date", () => {
    // 08.06.15 is the as-of date itself, not after it; 12.06 and 15.06 are; the first is reported.
    const p = plan([["01.06.15 KJ: Held. 08.06.15 KJ: Today. 12.06.15 KJ: Typed ahead. 15.06.15 KJ: Later.", "In Progress"], ["08.06.15 KJ: Today.", "In Progress"]]);
    expect(findings(updateInFuture, p)).toEqual([{ row: 2, cell: "E2", message: 'The entry "12.06.15 KJ: Typed ahead." is dated 12/06/2015, after 08/06/2015.', fix: undefined }]);
  });

  it("counts an entry in a period column as dated when the period has begun, not when it ends", () => {
    // June 2015 runs 01/06-30/06 and has begun by 08/06: written by now. July 2015 has not begun.
    expect(messages(updateInFuture, board(["May 2015", "June 2015"], [["Average caseload 21.", "Average caseload 20."]]))).toEqual([]);
    expect(messages(updateInFuture, board(["June 2015", "July 2015"], [["Average caseload 21.", "Average caseload 20."]]))).toEqual(['The entry "Average caseload 20." is dated 31/07/2015, after 08/06/2015.']);
  });
});

describe("updates-out-of-order", () => {
  it("reports the first dated entry earlier than the one before it, once", () => {
    // 03.06 then 01.06 (earlier: reported); 02.06 then 01.05 would be a second slip, but one finding is enough.
    const p = plan([["03.06.15 KJ: Second. 01.06.15 KJ: First. 02.06.15 KJ: Third. 01.05.15 KJ: Fourth.", "In Progress"]]);
    expect(findings(updatesOutOfOrder, p)).toEqual([{ row: 2, cell: "E2", message: "The entry dated 01.06.15 comes after one dated 03.06.15.", fix: undefined }]);
  });

  it("compares each dated entry with the dated one before it, passing over an entry with no usable date", () => {
    // 31.02.15 has no date, so 01.06.15 is compared with 03.06.15.
    expect(messages(updatesOutOfOrder, plan([["03.06.15 KJ: Second. 31.02.15 KJ: Typo. 01.06.15 KJ: First.", "In Progress"]]))).toEqual(["The entry dated 01.06.15 comes after one dated 03.06.15."]);
  });

  it("allows two entries on the same day and entries in order", () => {
    expect(findings(updatesOutOfOrder, plan([["01.06.15 KJ: Morning. 01.06.15 KJ: Afternoon.", "In Progress"], ["01.05.15 KJ: First. 01.06.15 KJ: Second.", "In Progress"]]))).toEqual([]);
  });
});

describe("update-stale", () => {
  it("gives the latest dated entry and how long ago it was, against the limit", () => {
    // 01/04/2015 to 08/06/2015: 30 (April) + 31 (May) + 7 = 68 days; the limit is 30 unless set.
    expect(findings(updateStale, plan([["01.03.15 KJ: Older. 01.04.15 KJ: Old news.", "In Progress"]]))).toEqual([
      { row: 2, cell: "E2", message: "The latest dated update is 01/04/2015, 68 days before 08/06/2015 (limit 30).", fix: undefined },
    ]);
  });

  it("uses the plan's own limit", () => {
    // 01/05/2015 is 31 (May) + 7 = 38 days back: stale with the default 30, not with 60.
    const p = plan([["01.05.15 KJ: News.", "In Progress"], ["01.04.15 KJ: Old news.", "In Progress"]]);
    expect(messages(updateStale, p, { staleDays: 60 })).toEqual(["The latest dated update is 01/04/2015, 68 days before 08/06/2015 (limit 60)."]);
    expect(messages(updateStale, p).length).toBe(2);
  });

  it("says when the log has no dated entry, or no entry at all", () => {
    expect(messages(updateStale, plan([["Recruiting staff.", "In Progress"], ["", "In Progress"], ["", "Complete"]]))).toEqual([
      "The update log has no dated entry, so nothing shows an update in the last 30 days.",
      "No update has been entered (limit 30 days).",
    ]);
  });

  it("names the period of an entry dated by its column", () => {
    // March 2015 ends 31/03/2015: 30 (April) + 31 (May) + 8 = 69 days before 08/06/2015.
    expect(messages(updateStale, board(["February 2015", "March 2015"], [["Drafted.", "Agreed."]]))).toEqual(['The latest update is in "March 2015" (to 31/03/2015), 69 days before 08/06/2015 (limit 30).']);
  });

  it("names no period when the latest entry carries its own date", () => {
    // March's cell is dated by its heading (31/03); April's entry by its own 15.04.15, the later: 15 + 31 + 8 = 54 days.
    expect(messages(updateStale, board(["March 2015", "April 2015"], [["Drafted.", "15.04.15 KJ: Agreed."]]))).toEqual(["The latest dated update is 15/04/2015, 54 days before 08/06/2015 (limit 30)."]);
  });
});
