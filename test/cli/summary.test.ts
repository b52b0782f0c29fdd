/**
 * The board summary through the CLI, round trip: a summary as at 8 June 2015, an update that
 * completes 47B, and a summary as at 29 June 2015 that reports what changed in between, each
 * written to a new copy by the package writer.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { run } from "../../src/cli/main";
import type { Output } from "../../src/cli/output";
import { CHANGE_LOG_SHEET, STATE_SHEET } from "../../src/plan/own-sheets";
import { readPlan } from "../../src/plan/read-plan";
import type { SummaryChanges } from "../../src/plan/summary";
import { fixtureSnapshot, READING } from "../support/fixtures";

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out: Output = { stdout: (t) => (stdout += `${t}\n`), stderr: (t) => (stderr += `${t}\n`) };
  return { code: await run(["node", "action-plan", ...args], out), stdout, stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), "apa-summary-"));
const A = path.join(dir, "A.xlsx");
const B = path.join(dir, "B.xlsx");
const C = path.join(dir, "C.xlsx");

describe("action-plan summary, twice, around an update", () => {
  let changes: SummaryChanges;
  let source: Buffer;

  beforeAll(async () => {
    source = readFileSync(READING);
    const first = await cli("summary", READING, "--as-of", "2015-06-08", "--out", A);
    expect(first).toMatchObject({ code: 0, stderr: "" });
    expect(first.stdout).toContain(`Added sheet "RAG 2015-06-08" to ${A}.`);
    const update = await cli("update", A, "--ref", "47B", "--initials", "DO", "--text", "Report published", "--status", "Complete", "--date", "2015-06-20", "--out", B);
    expect(update).toMatchObject({ code: 0, stderr: "" });
    const second = await cli("summary", B, "--as-of", "2015-06-29", "--out", C, "--json");
    expect(second).toMatchObject({ code: 0, stderr: "" });
    changes = JSON.parse(second.stdout).changes;
    // Three whole CLI runs (read, write, verify each): allow for a busy machine.
  }, 60_000);

  it("reports 47B as newly complete, and actions whose end dates fell between the summaries as newly red", async () => {
    expect(changes.since).toBe("2015-06-08");
    expect(changes.newlyComplete.map((a) => a.ref)).toEqual(["47B"]);
    const red = changes.newlyRed.map((a) => a.ref);
    expect(red).toContain("81");
    const plan = readPlan(await fixtureSnapshot(C));
    if (!plan.ok) throw new Error(plan.message);
    for (const ref of red) {
      const action = plan.plan.actions.find((a) => a.ref === ref)!;
      expect([ref, action.endDate.kind]).toEqual([ref, "date"]);
      const date = (action.endDate as { date: string }).date;
      expect([ref, date >= "2015-06-08" && date < "2015-06-29"]).toEqual([ref, true]);
    }
    expect(plan.plan.actions.find((a) => a.ref === "81")!.endDate).toMatchObject({ date: "2015-06-15" });
    expect(changes.endDatesMoved).toEqual([]);
  });

  it("keeps both summary sheets, in the order they were made, with what changed on the second", async () => {
    const snapshot = await fixtureSnapshot(C);
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Action Plan", "Glossary", STATE_SHEET, "RAG 2015-06-08", CHANGE_LOG_SHEET, "RAG 2015-06-29"]);
    const second = snapshot.sheets.find((s) => s.name === "RAG 2015-06-29")!;
    const rows = second.values.map((row) => row.slice(0, 3));
    // The title is the plan's own (its title block, row 1 of "Action Plan"), not the file's name.
    expect(rows[0][0]).toBe("Children's Services Improvement Plan: board highlight report");
    expect(rows).toContainEqual(["What moved since the last board (08/06/2015)", "", ""]);
    // 47B was marked Complete between the boards; 81 (end date 15/06/2015) passed its end date.
    expect(rows).toContainEqual(["Completed this period: 1", "", "47B"]);
    expect(rows.find((r) => String(r[0]).startsWith("Newly Red:"))![2]).toMatch(/(^|, )81(,|$)/);
    expect(second.tables.map((t) => t.name)).toEqual(["RAG_20150629_Workstreams"]);
    const first = snapshot.sheets.find((s) => s.name === "RAG 2015-06-08")!;
    expect(first.values.map((row) => row[2])).toContain("Baseline report: movement is shown from the next board.");
    // The source file was never written; the copies hold the plan with the update.
    expect(readFileSync(READING).equals(source)).toBe(true);
    const plan = readPlan(snapshot);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.plan.actions).toHaveLength(184);
    expect(plan.plan.actions.find((a) => a.ref === "47B")!.status.raw).toBe("Complete");
  });

  it("adds a second summary of the same date beside the first, with tables of its own", async () => {
    const D = path.join(dir, "D.xlsx");
    const again = await cli("summary", C, "--as-of", "2015-06-29", "--out", D);
    expect(again).toMatchObject({ code: 0, stderr: "" });
    const snapshot = await fixtureSnapshot(D);
    expect(snapshot.sheets.map((s) => s.name).slice(-2)).toEqual(["RAG 2015-06-29", "RAG 2015-06-29 (2)"]);
    expect(snapshot.sheets.at(-1)!.tables.map((t) => t.name)).toEqual(["RAG_20150629_2_Workstreams"]);
  });
});
