import { mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { readFileSync } from "node:fs";
import { run } from "../../src/cli/main";
import type { Output } from "../../src/cli/output";
import { CHANGE_LOG_SHEET } from "../../src/plan/own-sheets";
import { readPlan } from "../../src/plan/read-plan";
import { fixtureSnapshot, PACKAGE_FEATURES, READING } from "../support/fixtures";

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out: Output = { stdout: (t) => (stdout += `${t}\n`), stderr: (t) => (stderr += `${t}\n`) };
  return { code: await run(["node", "action-plan", ...args], out), stdout, stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), "apa-fix-"));

describe("action-plan fix", () => {
  it("applies the proposed status fixes on the Reading plan, each logged, one write per cell", async () => {
    const out = path.join(dir, "fixed.xlsx");
    const { code, stdout } = await cli("fix", READING, "--initials", "PM", "--as-of", "2015-06-08", "--out", out);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Fixed Action Plan!G43 69A: 'In Progress \(on track\)' → 'Complete' \[update-says-complete\]/);
    expect(stdout).toMatch(/Fixed Action Plan!G19 48: 'In Progress \(on track\)' → 'In Progress \(Overdue\)' \[status-past-end-date\]/);
    const after = await fixtureSnapshot(out);
    const plan = readPlan(after);
    if (!plan.ok) throw new Error(plan.message);
    expect(plan.plan.actions.find((a) => a.ref === "69A")!.status.raw).toBe("Complete");
    const log = after.sheets.find((s) => s.name === CHANGE_LOG_SHEET)!;
    const applied = (stdout.match(/^Fixed /gm) ?? []).length;
    expect(log.values.length - 1).toBe(applied);
    // Validating the fixed copy finds none of the fixed contradictions again.
    const again = JSON.parse((await cli("validate", out, "--as-of", "2015-06-08", "--json")).stdout);
    expect(again.findings.filter((f: { fix?: unknown; rule: string }) => f.rule === "update-says-complete")).toEqual([]);
  });

  it("applies only the rules asked for", async () => {
    const out = path.join(dir, "one-rule.xlsx");
    const { stdout } = await cli("fix", READING, "--initials", "PM", "--as-of", "2015-06-08", "--rule", "update-says-complete", "--out", out);
    expect((stdout.match(/^Fixed /gm) ?? []).length).toBe(2);
  });

  const features = readdirSync(PACKAGE_FEATURES).filter((f) => f.endsWith(".xlsx"));
  it.each(features)("on %s, where no fix is safe (no overdue wording), writes nothing and says so", async (name) => {
    const out = path.join(dir, `fixed-${name}`);
    const { code, stdout } = await cli("fix", path.join(PACKAGE_FEATURES, name), "--initials", "PM", "--as-of", "2024-08-01", "--out", out);
    expect(code).toBe(0);
    expect(stdout).toMatch(/There is nothing to fix automatically\.\nNothing was written\./);
    expect(() => readFileSync(out)).toThrow();
  });
});
