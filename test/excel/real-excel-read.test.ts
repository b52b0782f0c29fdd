/**
 * Issue 11, reading as real Excel answers: merged areas past 512 (item 1), payload errors that
 * arrive as a generic error (item 4), the 1904 date system (item 10). Each case is modelled in the
 * double after Microsoft's reference (see test/excel-double) and failed on the adapter before.
 */
import { OfficeWorkbook } from "../../src/excel";
import { readPlan } from "../../src/plan/read-plan";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { createExcelDouble } from "../excel-double";
import { planRows, workbookSnapshot } from "../excel-double/build";

/** Excel on the web's response limit, 5 MB. */
const WEB_LIMIT = 5 * 1024 * 1024;

/** The plan reader's reasons for a snapshot (the plan must be found). */
function reasons(snapshot: WorkbookSnapshot): string[] {
  const result = readPlan(snapshot);
  if (!result.ok) throw new Error(result.message);
  return result.plan.reasons;
}

/** `count` one-row merged heading areas A2:G2, A4:G4, ... (every other row). */
function mergedHeadings(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `A${2 * i + 2}:G${2 * i + 2}`);
}

describe("merged areas past Excel's 512 (issue 11 item 1)", () => {
  it("reads every sheet's cells, keeps the other sheets' merges and says which sheet lost its own", async () => {
    // 600 merged rows on "Big": more than getMergedAreasOrNullObject returns (512).
    const snapshot = workbookSnapshot(
      { name: "Big", rows: planRows(1300), merged: mergedHeadings(600) },
      { name: "Small", rows: planRows(10), merged: ["A2:G2"] },
    );
    const double = createExcelDouble(snapshot);
    const read = await new OfficeWorkbook(double.run, double.supports).readSnapshot();
    expect(read.sheets.map((s) => s.values)).toEqual(snapshot.sheets.map((s) => s.values));
    expect(read.sheets[0].merged).toEqual([]);
    expect(read.sheets[1].merged).toEqual(["A2:G2"]);
    expect(read.notes).toEqual([expect.stringContaining('Sheet "Big": Excel could not list its merged cells')]);
    // The plan reader passes the note on as one of its reasons.
    expect(reasons(read)).toContain(read.notes![0]);
  });

  it("512 merged areas are still read in the normal three round trips", async () => {
    const snapshot = workbookSnapshot({ name: "Plan", rows: planRows(1100), merged: mergedHeadings(512) });
    const double = createExcelDouble(snapshot);
    const read = await new OfficeWorkbook(double.run, double.supports).readSnapshot();
    expect(read.sheets[0].merged).toHaveLength(512);
    expect(read.notes).toBeUndefined();
    expect(double.syncCount).toBe(3);
  });
});

describe("a web payload error that arrives as a generic error (issue 11 item 4)", () => {
  it("never asks for more than one response can carry, so a GeneralException for size cannot happen", async () => {
    // 20,000 actions × 7 cells ≈ 13 MB of JSON (see read-snapshot.ts): over the web's 5 MB.
    const snapshot = workbookSnapshot({ name: "Plan", rows: planRows(20_000) });
    const double = createExcelDouble(snapshot, { responseLimitBytes: WEB_LIMIT, responseLimitCode: "GeneralException" });
    await expect(new OfficeWorkbook(double.run, double.supports).readSnapshot()).resolves.toEqual(snapshot);
    expect(Math.max(...double.responseBytesPerSync)).toBeLessThanOrEqual(WEB_LIMIT);
  });
});

describe("the 1904 date system (issue 11 item 10)", () => {
  it("is detected through the workbook's own DATE(2000,1,1) and reported in the snapshot and the reasons", async () => {
    const snapshot = workbookSnapshot({ name: "Plan", rows: planRows(5) });
    const mac = createExcelDouble({ ...snapshot, dateSystem: 1904 });
    const read = await new OfficeWorkbook(mac.run, mac.supports).readSnapshot();
    expect(read.dateSystem).toBe(1904);
    expect(reasons(read).some((r) => r.includes("1904 date system"))).toBe(true);
    // The usual 1900 system is not mentioned at all (snapshots stay as the file adapter gives them).
    const usual = createExcelDouble(snapshot);
    expect((await new OfficeWorkbook(usual.run, usual.supports).readSnapshot()).dateSystem).toBeUndefined();
    expect(mac.syncCount).toBe(3);
  });
});
