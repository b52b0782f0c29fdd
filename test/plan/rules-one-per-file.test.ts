import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { RULES } from "../../src/plan/rules";

/*
 * README: "Validation rules live one per file in src/plan/rules/". This fails if a file gains a
 * second rule, a rule's id stops matching its file name, or a rule file is left out of RULES.
 */
const DIR = join(__dirname, "../../src/plan/rules");
/** Files in the folder that are not rules: the list, the shared types and three shared helpers. */
const NOT_RULES = new Set(["index.ts", "types.ts", "wording.ts", "open-actions-claiming.ts", "open-status.ts"]);

const ruleFiles = readdirSync(DIR).filter((f) => f.endsWith(".ts") && !NOT_RULES.has(f));

describe("rules live one per file", () => {
  it.each(ruleFiles)("%s declares exactly one rule, whose id is its file name", (file) => {
    const text = readFileSync(join(DIR, file), "utf8");
    const ids = [...text.matchAll(/^\s*id: "([^"]+)"/gm)].map((m) => m[1]);
    expect(ids).toEqual([file.replace(/\.ts$/, "")]);
  });

  it("RULES holds one rule per rule file, and nothing else", () => {
    expect(RULES.map((r) => `${r.id}.ts`).sort()).toEqual([...ruleFiles].sort());
  });

  it("no two rules share an id", () => {
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });
});

describe("the README's list of rules", () => {
  const readme = readFileSync(join(__dirname, "../../README.md"), "utf8");
  const block = readme.slice(readme.indexOf("<!-- rules:start -->"), readme.indexOf("<!-- rules:end -->"));
  const listed = (label: string) => [...(block.split("\n").find((l) => l.startsWith(`- **${label}**`)) ?? "").matchAll(/`([^`]+)`/g)].map((m) => m[1]);

  it.each([
    ["Errors", "error"],
    ["Warnings", "warning"],
    ["Notes", "info"],
  ] as const)("lists every %s rule, in catalogue order, and no other", (label, severity) => {
    expect(listed(label)).toEqual(RULES.filter((r) => r.severity === severity).map((r) => r.id));
  });
});
