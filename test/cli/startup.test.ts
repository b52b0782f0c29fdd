/**
 * `action-plan --help` must not load the plan core or the .xlsx adapter: each command's action
 * imports them when it runs (src/cli/main.ts). If a command file imports them at the top again,
 * the mocks below throw while `--help` builds the program and this test fails. (The start-up
 * time itself is measured by `npm run bench`, not asserted here.)
 */
import type { Output } from "../../src/cli/output";

const HEAVY = ["../../src/plan", "../../src/plan/state", "../../src/cli/load-plan", "../../src/cli/write-plan", "../../src/xlsx/file", "../../src/xlsx/xlsx-workbook"];

describe("action-plan --help", () => {
  it("lists every command without loading the core or the file adapter", async () => {
    let stdout = "";
    const out: Output = { stdout: (t) => (stdout += t), stderr: (t) => (stdout += t) };
    let code: number | undefined;
    await jest.isolateModulesAsync(async () => {
      for (const m of HEAVY) {
        jest.doMock(m, () => {
          throw new Error(`${m} was loaded by --help`);
        });
      }
      const { run } = await import("../../src/cli/main");
      code = await run(["node", "action-plan", "--help"], out);
    });
    expect(code).toBe(0);
    for (const command of ["inspect", "validate", "chase", "update", "undo", "summary", "settings", "fix"]) expect(stdout).toMatch(new RegExp(`^\\s+${command}\\b`, "m"));
  });
});
