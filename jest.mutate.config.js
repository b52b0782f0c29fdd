/**
 * The tests `npm run mutate` runs against each mutant (stryker.config.mjs): only those that
 * exercise the mutated files, so a run fits on two shared cores.
 *
 * Every mutant run loads every test file listed here (the jest runner filters tests by name, not
 * files), and loading one costs about as much as running its tests. So `npm run mutate`
 * (scripts/mutate.js) names each part's own tests in MUTATE_TESTS (comma-separated names under
 * test/plan, without `.test.ts`); with none named, all of ALL are loaded.
 */
const base = require("./jest.config");

const ALL = ["rating", "rating-reasons", "band", "closed", "summary", "settings", "rules", "rule-details", "rule-wording", "update-log", "update-log-entries", "end-date", "end-date-boundaries", "period-end-date", "append-update", "validate-reading", "rules/field-rules", "rules/update-rules", ...["complete-but-update-unfinished", "complete-but-zero-percent", "complete-end-date-tbc", "completed-date-but-open", "late-flag-on-complete", "percent-complete-but-open"].map((n) => `rules/${n}`)];

const chosen = process.env.MUTATE_TESTS ? process.env.MUTATE_TESTS.split(",").map((n) => n.trim()).filter(Boolean) : ALL;

module.exports = {
  ...base,
  // No setup file: it only stubs a browser API for the pane tests, which never run here.
  setupFiles: [],
  testMatch: chosen.map((name) => `<rootDir>/test/plan/${name}.test.ts`),
};
