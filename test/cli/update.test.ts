import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { run } from "../../src/cli/main";
import type { Output } from "../../src/cli/output";
import { readPlan } from "../../src/plan/read-plan";
import { CHANGE_LOG_SHEET } from "../../src/plan/own-sheets";
import { fixtureSnapshot, READING } from "../support/fixtures";

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out: Output = { stdout: (t) => (stdout += `${t}\n`), stderr: (t) => (stderr += `${t}\n`) };
  return { code: await run(["node", "action-plan", ...args], out), stdout, stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), "apa-update-"));

describe("action-plan update", () => {
  it("refuses an entry dated after the as-of date and writes nothing", async () => {
    // As of 8 June 2015 (the board date), an entry dated 10 June would record what has not happened yet.
    const out = path.join(dir, "future.xlsx");
    const { code, stderr } = await cli("update", READING, "--ref", "69E", "--initials", "KJ", "--text", "Ahead", "--date", "2015-06-10", "--as-of", "2015-06-08", "--out", out);
    expect(code).not.toBe(0);
    expect(stderr).toContain("The entry date 10/06/2015 is after 08/06/2015");
    expect(() => readFileSync(out)).toThrow();
  });

  it("appends to 69E in its own style, keeps its old text, and logs the change", async () => {
    const out = path.join(dir, "out.xlsx");
    const before = await fixtureSnapshot(READING);
    const oldText = before.sheets[0].values[45][4] as string;
    const { code, stdout } = await cli("update", READING, "--ref", "69E", "--initials", "KJ", "--text", "Thresholds workshop held", "--date", "2015-06-10", "--out", out);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Added to 69E at Action Plan!E46: 10\.06\.15 KJ: Thresholds workshop held/);

    const after = await fixtureSnapshot(out);
    const plan = readPlan(after);
    if (!plan.ok) throw new Error(plan.message);
    const a69e = plan.plan.actions.find((a) => a.ref === "69E")!;
    expect(a69e.updateText).toBe(`${oldText} 10.06.15 KJ: Thresholds workshop held`);
    expect(a69e.updates.at(-1)).toMatchObject({ date: "2015-06-10", initials: "KJ", text: "Thresholds workshop held" });
    expect(plan.plan.actions).toHaveLength(184);

    const log = after.sheets.find((s) => s.name === CHANGE_LOG_SHEET)!;
    expect(log.values[0]).toEqual(["Timestamp", "Initials", "Sheet", "Cell", "Ref", "Field", "Before", "After", "Format before"]);
    expect(log.values[1].slice(1)).toEqual(["KJ", "Action Plan", "E46", "69E", "update", oldText, a69e.updateText, "General"]);
    expect(log.tables).toEqual([expect.objectContaining({ name: "PlanChangeLog", address: "A1:I2" })]);

    // The input file was not touched.
    expect((await fixtureSnapshot(READING)).sheets[0].values[45][4]).toBe(oldText);
    const { code: validateCode } = await cli("validate", out, "--as-of", "2015-06-10", "--json");
    expect(validateCode).toBe(1);
  });

  it("refuses a ref used twice, naming both rows, and writes nothing", async () => {
    const out = path.join(dir, "never.xlsx");
    const { code, stderr } = await cli("update", READING, "--ref", "69G", "--initials", "KJ", "--text", "x", "--out", out);
    expect(code).toBe(2);
    expect(stderr).toMatch(/"69G" is used on 2 rows: Action Plan!A48 \(row 48.*Action Plan!A50 \(row 50/);
    expect(() => readFileSync(out)).toThrow();
  });

  it("refuses a status outside the plan's vocabulary, listing the plan's statuses", async () => {
    const { code, stderr } = await cli("update", READING, "--ref", "69E", "--initials", "KJ", "--text", "x", "--status", "Done", "--out", path.join(dir, "x.xlsx"));
    expect(code).toBe(2);
    expect(stderr).toMatch(/"Done" is not one of the plan's statuses: "In Progress \(on track\)", "Not Started", "Complete", "In Progress \(Overdue\)", "Paused"/);
  });

  it("stores formula-like text as text, and changes the status in the plan's wording", async () => {
    const out = path.join(dir, "formula.xlsx");
    const { code } = await cli("update", READING, "--ref", "69A", "--initials", "KJ", "--text", "=1+1", "--status", "complete", "--date", "2015-06-10", "--out", out);
    expect(code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const e43 = /<c r="E43"[^>]*>.*?<\/c>/s.exec(sheet)![0];
    expect(e43).toContain('t="inlineStr"');
    expect(e43).not.toContain("<f>");
    expect(e43).toContain("10.06.15 KJ: =1+1");
    const after = await fixtureSnapshot(out);
    expect(after.sheets[0].values[42][6]).toBe("Complete");
    expect(after.sheets[0].numberFormat[42][4]).toBe("@");
  });

  it("insists on --out or --in-place", async () => {
    const { code, stderr } = await cli("update", READING, "--ref", "69E", "--initials", "KJ", "--text", "x");
    expect(code).toBe(2);
    expect(stderr).toMatch(/--out OUT\.xlsx, or --in-place/);
  });
});
