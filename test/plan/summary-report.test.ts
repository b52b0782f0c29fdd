/**
 * The board highlight report's page 1, figure by figure, for the Reading plan. Every expected value
 * is worked out here from the plan's transcription (test/fixtures/reading-plan.json: 184 actions,
 * their end dates as written, their statuses), by the rules the report states in words, not
 * copied from the report's output.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { validateSheetSpec } from "../../src/plan/change-set";
import { readPlan } from "../../src/plan/read-plan";
import { buildReport, type BoardReport } from "../../src/plan/report";
import { resolveSettings } from "../../src/plan/settings";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { summarySheetSpec } from "../../src/plan/summary-sheet";
import { XlsxWorkbook } from "../../src/xlsx";
import { buildSheet, buildWorkbook } from "../support/snapshot-builder";

interface Row {
  kind: string;
  ref?: string;
  workstream?: string;
  endDate?: string;
  status?: string;
  role?: string;
}
const fixture = JSON.parse(readFileSync(join(__dirname, "../fixtures/reading-plan.json"), "utf8")) as { title: string; rows: Row[] };
const actions = fixture.rows.filter((r) => r.kind === "action");

/** `30/06/2015` or `31/07/15` → ISO; TBC, "LSCB Chair" → null (not a date). */
function iso(text: string): string | null {
  const m = /^(\d\d)\/(\d\d)\/(\d\d(?:\d\d)?)$/.exec(text.trim());
  if (!m) return null;
  const year = m[3].length === 2 ? `20${m[3]}` : m[3];
  return `${year}-${m[2]}-${m[1]}`;
}
const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;

/** The band each rule in the report's key gives, worked from the transcription's own columns. */
function band(r: Row, asOf: string, completed: Set<string> = new Set()): string {
  const status = completed.has(r.ref!) ? "Complete" : r.status ?? "";
  if (status === "Complete") return "complete";
  const end = iso(r.endDate ?? "");
  if (end && end < asOf) return "red"; // past its end date and not complete
  if (status === "In Progress (Overdue)") return "red"; // the plan says off track
  if (status === "Paused") return "amber";
  if (!end) return "notRated"; // TBC or not a date: a data gap
  if (status === "Not Started") return days(asOf, end) <= 28 ? "amber" : "green";
  if (status === "In Progress (on track)") return "green";
  return "notRated"; // blank status with its end date ahead
}

async function reading(): Promise<WorkbookSnapshot> {
  return (await XlsxWorkbook.fromBytes(readFileSync(join(__dirname, "../fixtures/reading-improvement-plan.xlsx")), "reading.xlsx")).readSnapshot();
}

function reportOf(snapshot: WorkbookSnapshot, asOf: string, previous: BoardReport | null = null, scale: "brag" | "ipa" = "brag"): BoardReport {
  const read = readPlan(snapshot);
  if (!read.ok) throw new Error(read.message);
  return buildReport(read.plan, snapshot, asOf, resolveSettings({ ragScale: scale }), previous?.snapshot ?? null);
}

const count = (rows: Row[], asOf: string, b: string, completed?: Set<string>) => rows.filter((r) => band(r, asOf, completed) === b).length;

describe("board report for the Reading plan as at 08/06/2015 (page 1)", () => {
  let report: BoardReport;
  beforeAll(async () => {
    report = reportOf(await reading(), "2015-06-08");
  });

  it("is titled with the plan's own title block, not the file's name", () => {
    expect(fixture.title).toBe("Children's Services Improvement Plan");
    expect(report.title).toBe(fixture.title);
  });

  it("says it is a baseline, and the next board is 28 days on (no cadence yet)", () => {
    expect(report.since).toBeNull();
    expect(report.period).toMatch(/^Baseline/);
    // 8 June + 28 days = 6 July 2015.
    expect(report.nextBoard.date).toBe("2015-07-06");
  });

  it("counts every workstream's actions by band as the key's rules give them", () => {
    const names = [...new Set(actions.map((a) => a.workstream!))];
    expect(report.workstreams.map((w) => w.name)).toEqual(names);
    for (const w of report.workstreams) {
      const rows = actions.filter((a) => a.workstream === w.name);
      expect([w.name, w.actions]).toEqual([w.name, rows.length]);
      for (const b of ["complete", "green", "amber", "red", "notRated"] as const) expect([w.name, b, w.counts[b]]).toEqual([w.name, b, count(rows, "2015-06-08", b)]);
    }
    expect(report.totals.actions).toBe(184);
  });

  it("headline: Red, with how many are past their end date and how many the plan calls off track", () => {
    const pastEnd = actions.filter((a) => a.status !== "Complete" && iso(a.endDate ?? "") !== null && iso(a.endDate!)! < "2015-06-08").length;
    const offTrack = actions.filter((a) => a.status === "In Progress (Overdue)" && !(iso(a.endDate ?? "") && iso(a.endDate!)! < "2015-06-08")).length;
    expect(report.headline).toBe(`Red: ${pastEnd} of 184 actions are past their end date and not complete; ${offTrack} more are reported off track by their owners.`);
    // The share rule (Red from 25%): Red actions over the open actions with a real end date.
    const red = count(actions, "2015-06-08", "red");
    const rated = red + count(actions, "2015-06-08", "amber") + count(actions, "2015-06-08", "green");
    expect(red / rated).toBeGreaterThanOrEqual(0.25);
    expect(report.overall).toMatchObject({ band: "red", word: "Red" });
    expect(report.overall.rule).toBe(`Red because ${red} of the ${rated} open actions with a real end date (${Math.round((red / rated) * 100)}%) are Red; the rule is Red from 25%.`);
  });

  it("keeps TBC and non-date end dates out of the exceptions and counts them as data gaps", () => {
    const gaps = actions.filter((a) => a.status !== "Complete" && iso(a.endDate ?? "") === null);
    expect(report.dataGaps[0].items.map((i) => i.ref).sort()).toEqual(gaps.map((g) => g.ref).sort());
    expect(report.exceptions.some((e) => iso(e.endDate ?? "") === null)).toBe(false);
    expect(report.exceptions).toHaveLength(count(actions, "2015-06-08", "red") + count(actions, "2015-06-08", "amber"));
  });

  it("lists what is due before the next board: open actions ending after 08/06 and by 06/07/2015", () => {
    const due = actions.filter((a) => a.status !== "Complete" && iso(a.endDate ?? "") !== null && iso(a.endDate!)! > "2015-06-08" && iso(a.endDate!)! <= "2015-07-06");
    expect(report.dueNextPeriod.map((d) => d.ref).sort()).toEqual(due.map((d) => d.ref).sort());
  });

  it("lays out a sheet both adapters accept, with page 1 ending before the exceptions", () => {
    const spec = summarySheetSpec(report, { madeBy: "PM", madeAt: "2015-06-08 09:00" }, "RAG 2015-06-08");
    expect(() => validateSheetSpec(spec)).not.toThrow();
    const exceptionsHeading = spec.rows.findIndex((r) => String(r.values[0]).startsWith("Exceptions: ") && r.styles?.[0] === "section") + 1;
    expect(spec.print.rowBreaks).toEqual([exceptionsHeading - 1]);
    expect(spec.print.repeatRows).toBe("1:2");
  });
});

describe("board report as at 29/06/2015, after 47B was marked complete", () => {
  let first: BoardReport;
  let second: BoardReport;
  beforeAll(async () => {
    const snapshot = await reading();
    first = reportOf(snapshot, "2015-06-08");
    // 47B's status cell set to Complete, as `action-plan update --ref 47B --status Complete` does.
    const read = readPlan(snapshot);
    if (!read.ok) throw new Error(read.message);
    const a47b = read.plan.actions.find((a) => a.ref === "47B")!;
    const sheet = snapshot.sheets.find((s) => s.name === a47b.sheet)!;
    const [column, row] = [a47b.cells.status!.replace(/\d+/g, ""), Number(a47b.cells.status!.replace(/\D+/g, ""))];
    const top = Number(sheet.address!.split(":")[0].replace(/\D+/g, ""));
    const c = column.charCodeAt(0) - 65;
    sheet.values[row - top][c] = "Complete";
    sheet.text[row - top][c] = "Complete";
    second = reportOf(snapshot, "2015-06-29", first);
  });

  it("covers 09/06 to 29/06 and sets the next board as far on as the last was behind (21 days)", () => {
    expect(second.period).toBe("09/06/2015 to 29/06/2015");
    expect(second.nextBoard.date).toBe("2015-07-20");
  });

  it("completed this period: 47B; newly Red: the actions whose end date passed between the boards", () => {
    expect(second.moved.completed.map((i) => i.ref)).toEqual(["47B"]);
    const done = new Set(["47B"]);
    const newlyRed = actions.filter((a) => band(a, "2015-06-29", done) === "red" && band(a, "2015-06-08") !== "red").map((a) => a.ref);
    expect(second.moved.newlyRed.map((i) => i.ref)).toEqual(newlyRed);
    expect(second.moved.slipped).toEqual([]);
  });

  it("trend: the last board's Red and complete counts beside this one's", () => {
    const done = new Set(["47B"]);
    expect(second.totals.previous).toMatchObject({ red: count(actions, "2015-06-08", "red"), complete: count(actions, "2015-06-08", "complete") });
    expect(second.totals.counts.red).toBe(count(actions, "2015-06-29", "red", done));
    expect(second.totals.counts.complete).toBe(count(actions, "2015-06-08", "complete") + 1);
    expect(second.previousOverall).toMatchObject({ band: "red" });
  });
});

describe("IPA delivery confidence scale", () => {
  it("splits late actions into Amber/Red (up to 28 days) and Red (more), and names the rule", async () => {
    const report = reportOf(await reading(), "2015-06-08", null, "ipa");
    const late = actions.filter((a) => a.status !== "Complete" && iso(a.endDate ?? "") && iso(a.endDate!)! < "2015-06-08");
    const amberRed = late.filter((a) => days(iso(a.endDate!)!, "2015-06-08") <= 28).length;
    expect(report.totals.counts.amberRed).toBe(amberRed);
    expect(report.bands).toEqual(["complete", "green", "amberGreen", "amber", "amberRed", "red", "notRated"]);
    expect(report.key.join(" ")).toMatch(/Amber\/Red: past its end date by up to 28 days\./);
  });
});

describe("plans with no workstream headings or a single workstream (issue 15)", () => {
  const plan = (withWorkstream: boolean) =>
    buildWorkbook(
      buildSheet("Plan", [
        ["Ref", "Action", "Owner", "End Date", "Status", ...(withWorkstream ? ["Workstream"] : [])],
        ["1", "Appoint chair", "CE", "30/06/2015", "In progress", ...(withWorkstream ? ["Governance"] : [])],
        ["2", "Publish terms", "HG", "01/05/2015", "Not started", ...(withWorkstream ? ["Governance"] : [])],
      ]),
    );
  it.each([false, true])("writes a valid sheet and chart (workstream column: %s)", (withWorkstream) => {
    const report = reportOf(plan(withWorkstream), "2015-06-08");
    // One line: "All actions" without headings, else the one workstream.
    expect(report.workstreams.map((w) => w.name)).toEqual([withWorkstream ? "Governance" : "All actions"]);
    const spec = summarySheetSpec(report, { madeBy: "PM", madeAt: "2015-06-08 09:00" }, "RAG 2015-06-08");
    expect(() => validateSheetSpec(spec)).not.toThrow();
    const [from, to] = spec.chart!.source.split(":").map((a) => Number(a.replace(/^[A-Z]+/, "")));
    expect(to - from).toBe(1); // a header row and one data row
  });
});

describe("a large plan's summary sheet fits Excel's cells (the bench's 20,000-action plan had a 32,768+ character gap list)", () => {
  // 1,000 open actions whose end date is TBC: each is a data gap (not rated), none an exception.
  const rows: (string | number)[][] = [["Ref", "Action", "Owner", "End Date", "Status"]];
  for (let i = 1; i <= 1000; i++) rows.push([`G${i}`, `Gap action ${i}`, "HG", "TBC", "In progress"]);
  rows.push(["L1", "Late action", "CE", "01/05/2015", "In progress"]);
  const report = reportOf(buildWorkbook(buildSheet("Plan", rows)), "2015-06-08");
  const cellsOf = (r: BoardReport) =>
    summarySheetSpec(r, { madeBy: "PM", madeAt: "2015-06-08 09:00" }, "RAG 2015-06-08")
      .rows.flatMap((row) => row.values)
      .filter((v): v is string => typeof v === "string");

  test("the sheet is valid, and the gap line names the first 40 gaps and counts the other 960", () => {
    expect(() => validateSheetSpec(summarySheetSpec(report, { madeBy: "PM", madeAt: "2015-06-08 09:00" }, "RAG 2015-06-08"))).not.toThrow();
    const gapLine = cellsOf(report).find((c) => c.includes("G1 (TBC)"));
    expect(gapLine).toContain("G40 (TBC)");
    expect(gapLine).not.toContain("G41 (TBC)");
    expect(gapLine!.endsWith("and 960 more")).toBe(true);
  });

  test("any text too long for a cell is cut to fit, and says so", () => {
    // The report shortens management actions itself; the sheet still never writes an over-long cell.
    const [late] = report.exceptions;
    const long = { ...report, exceptions: [{ ...late, managementAction: "x".repeat(40_000) }] };
    const cell = cellsOf(long).find((c) => c.startsWith("Latest: xxx"));
    expect(cell).toHaveLength(32_767);
    expect(cell!.endsWith("… (shortened here: the plan holds the whole text)")).toBe(true);
  });
});
