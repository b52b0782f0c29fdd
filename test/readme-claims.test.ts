import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/*
 * The README backs its claims with named tests and files (`test/contract/writes.test.ts`,
 * `src/plan/completion-language.ts` ...). This fails if one it names is gone, so a claim cannot
 * outlive the test that made it true.
 */
const ROOT = join(__dirname, "..");
const readme = readFileSync(join(ROOT, "README.md"), "utf8");
const named = [...new Set([...readme.matchAll(/`((?:src|test|scripts)\/[\w./-]+)`/g)].map((m) => m[1]))];

describe("README claims name files that exist", () => {
  it("names some", () => {
    expect(named.length).toBeGreaterThan(5);
  });
  it.each(named)("%s", (file) => {
    expect(existsSync(join(ROOT, file))).toBe(true);
  });
});
