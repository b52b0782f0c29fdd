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

const rules = (...names) => names.map((n) => `src/plan/rules/${n}.ts`);
const STATUS_RULES = rules("overdue", "overdue-status-not-due", "status-*");
/** The rules that read % complete, the completed date and the late flag; each has its own test under test/plan/rules. */
const COMPLETION_RULES = ["complete-but-update-unfinished", "complete-but-zero-percent", "complete-end-date-tbc", "completed-date-but-open", "late-flag-on-complete", "percent-complete-but-open"];
/** The rules that read the update log. */
const UPDATE_RULES = rules("open-actions-claiming", "update-*", "unknown-initials", "updates-out-of-order", "not-started-with-progress");

/** Each part: the files Stryker mutates and the test files (under test/plan) run against them. */
const PARTS = {
  summary: { mutate: ["src/plan/summary.ts"], tests: ["rating", "summary", "settings"] },
  rag: { mutate: ["src/plan/rag.ts"], tests: ["rating", "rating-reasons", "band", "closed", "rules"] },
  settings: { mutate: ["src/plan/settings.ts"], tests: ["settings"] },
  // The overdue and status rules apart from the rest, as they run first.
  "rules-status": { mutate: STATUS_RULES, tests: ["rule-details", "rules", "rating"] },
  // The phrases the rules share: each is tested on its own and through the rules that use it.
  "rules-wording": { mutate: rules("wording"), tests: ["rule-wording", "rule-details", "rules/field-rules", "rules/update-rules", ...COMPLETION_RULES.map((n) => `rules/${n}`)] },
  // The other rules in three small parts, so that each run loads only the tests that reach it.
  "rules-completion": { mutate: rules(...COMPLETION_RULES, "open-status"), tests: ["rules", ...COMPLETION_RULES.map((n) => `rules/${n}`)] },
  "rules-updates": { mutate: UPDATE_RULES, tests: ["rules", "rules/update-rules"] },
  "rules-fields": {
    mutate: ["src/plan/rules/*.ts", "!src/plan/rules/index.ts", "!src/plan/rules/types.ts", ...[...STATUS_RULES, ...rules("wording", "open-status", ...COMPLETION_RULES), ...UPDATE_RULES].map((f) => `!${f}`)],
    tests: ["rules", "rules/field-rules"],
  },
  // Not update-log-property: its 2,000 generated cells reach every mutant and made this part take
  // most of an hour; update-log-entries names each behaviour those cells would catch.
  "update-log": { mutate: ["src/plan/update-log.ts"], tests: ["update-log", "update-log-entries", "append-update"] },
  "end-date": { mutate: ["src/plan/end-date.ts"], tests: ["end-date", "end-date-boundaries", "period-end-date"] },
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
