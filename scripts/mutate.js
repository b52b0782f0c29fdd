/**
 * `npm run mutate [part ...]`: mutation testing (StrykerJS, stryker.config.mjs), one part of the
 * plan core at a time, each against only the tests that exercise it. Every mutant run loads every
 * test file jest is given (the jest runner filters tests by name, not by file), so loading the
 * whole set for each of ~1,700 mutants took hours on two cores; one part's own tests take minutes.
 *
 * With no part named, every part runs in turn. Each part keeps its own incremental file
 * (reports/incremental/<part>.json, git-ignored): a rerun retests only mutants whose code or
 * covering tests changed. Its clear-text table is what the README's "Testing" section quotes.
 */
const { spawnSync } = require("node:child_process");

const STATUS_RULES = ["src/plan/rules/overdue.ts", "src/plan/rules/overdue-status-not-due.ts", "src/plan/rules/status-*.ts", "src/plan/rules/wording.ts"];

/** Each part: the files Stryker mutates and the test files (under test/plan) run against them. */
const PARTS = {
  summary: { mutate: ["src/plan/summary.ts"], tests: ["rating", "summary", "settings"] },
  rag: { mutate: ["src/plan/rag.ts"], tests: ["rating", "rating-reasons", "band", "closed", "rules"] },
  settings: { mutate: ["src/plan/settings.ts"], tests: ["settings"] },
  // The overdue and status rules (and the wording they share) apart from the rest, as they run first.
  "rules-status": { mutate: STATUS_RULES, tests: ["rule-details", "rule-wording", "rules", "rating"] },
  rules: { mutate: ["src/plan/rules/*.ts", "!src/plan/rules/index.ts", "!src/plan/rules/types.ts", ...STATUS_RULES.map((f) => `!${f}`)], tests: ["rules", "rule-details"] },
  "update-log": { mutate: ["src/plan/update-log.ts"], tests: ["update-log", "append-update"] },
  "end-date": { mutate: ["src/plan/end-date.ts"], tests: ["end-date", "period-end-date"] },
};

const asked = process.argv.slice(2);
const unknown = asked.filter((p) => !(p in PARTS));
if (unknown.length) {
  console.error(`Unknown part ${unknown.join(", ")}; the parts are ${Object.keys(PARTS).join(", ")}.`);
  process.exit(2);
}

let failed = false;
for (const part of asked.length ? asked : Object.keys(PARTS)) {
  const { mutate, tests } = PARTS[part];
  console.log(`\n== ${part}: ${mutate.join(" ")} against test/plan/{${tests.join(",")}}.test.ts`);
  const run = spawnSync("npx", ["stryker", "run", "--mutate", mutate.join(","), "--incremental", "--incrementalFile", `reports/incremental/${part}.json`], {
    stdio: "inherit",
    env: { ...process.env, MUTATE_TESTS: tests.join(","), MUTATE_PART: part },
  });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
