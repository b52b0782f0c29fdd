/**
 * Appending to one row never changes how any other row is read, and what is appended is what
 * the validator expects (initials upper case; no entry dated after the as-of date).
 *
 * The sample (Reading, June 2015) has 69H on row 49 whose only update is `03.06 SS: ...` with no
 * year and an end date "tbc": its year comes from the rest of the plan (2015, all of its dated
 * entries are from 2015). Adding an entry dated 2 December 2026 to 81A (row 10) used to move the
 * plan's latest entry to 2026 and so re-date 69H's entry to June 2026/2027.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { prepareUpdate } from "../../src/plan/prepare-update";
import { readPlan } from "../../src/plan/read-plan";
import type { Plan } from "../../src/plan/model";
import { XlsxWorkbook } from "../../src/xlsx";
import { SnapshotPort } from "../taskpane/snapshot-port";

const SAMPLE = path.join(__dirname, "../../samples/reading-improvement-plan.xlsx");

async function sample() {
  return (await XlsxWorkbook.fromBytes(readFileSync(SAMPLE))).readSnapshot();
}

function read(snapshot: Parameters<typeof readPlan>[0]): Plan {
  const result = readPlan(snapshot);
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

const byRow = (plan: Plan) => new Map(plan.actions.map((a) => [`${a.sheet}!${a.row}`, a.updates]));

describe("appending an update", () => {
  test("leaves every other row's parsed entries unchanged (year inference is stable)", async () => {
    const snapshot = await sample();
    const before = read(snapshot);
    const port = new SnapshotPort(snapshot);
    const prepared = prepareUpdate(before, snapshot, {
      target: { ref: "81A" },
      initials: "kj",
      text: "Terms of reference agreed",
      date: "2026-12-02",
      asOf: "2026-12-02",
      timestamp: "2026-12-02 10:00",
    });
    if (!prepared.ok) throw new Error(prepared.reason);
    await port.apply(prepared.changes);
    const after = read(port.snapshot);

    const target = `${prepared.action.sheet}!${prepared.action.row}`;
    const was = byRow(before);
    const now = byRow(after);
    expect([...now.keys()]).toEqual([...was.keys()]);
    for (const [row, updates] of now) if (row !== target) expect({ row, updates }).toEqual({ row, updates: was.get(row) });

    // 69H's lone year-less entry still reads as 3 June 2015, its year inferred.
    const h = after.actions.find((a) => a.ref === "69H")!;
    expect(h.updates.map((u) => [u.date, u.yearInferred])).toEqual([["2015-06-03", true]]);
    // The new entry is signed KJ (typed `kj`), in the cell and in the change log.
    expect(prepared.entry).toMatch(/ KJ: Terms of reference agreed$/);
    const logWrite = prepared.changes.writes.find((w) => w.sheet === "Plan change log")!;
    expect(logWrite.values[0]).toContain("KJ");
    expect(after.actions.find((a) => a.ref === "81A")!.updates.at(-1)?.initials).toBe("KJ");
  });

  test("refuses an entry dated after the as-of date, as the pane does", async () => {
    const snapshot = await sample();
    const result = prepareUpdate(read(snapshot), snapshot, {
      target: { ref: "81A" },
      initials: "KJ",
      text: "Written ahead",
      date: "2029-01-01",
      asOf: "2026-12-02",
      timestamp: "2026-12-02 10:00",
    });
    expect(result).toEqual({ ok: false, reason: "The entry date 01/01/2029 is after 02/12/2026; an update records what has happened." });
  });
});
