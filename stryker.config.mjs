/**
 * Mutation testing of the rating, settings, rules, update log and end dates (issue 15). Not in
 * CI. `npm run mutate` (scripts/mutate.js) runs it one part at a time, each part against its own
 * tests (MUTATE_TESTS, read by jest.mutate.config.js); the summary tables are copied into the
 * README's "Testing" section, with each surviving mutant and why it is left.
 *
 * perTest coverage: each mutant runs only the tests that reach it.
 */
const part = process.env.MUTATE_PART ?? "all";
/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "jest",
  jest: { configFile: "jest.mutate.config.js", enableFindRelatedTests: false },
  coverageAnalysis: "perTest",
  // Module-level constants (the update log's and end dates' regexes, the rules' wording) would each need
  // every test run again: about 75 % of the time for 46 % of the mutants. They are left out and
  // counted as ignored; the README says so.
  ignoreStatic: true,
  mutate: [
    "src/plan/rag.ts",
    "src/plan/summary.ts",
    "src/plan/settings.ts",
    "src/plan/rules/*.ts",
    "!src/plan/rules/index.ts",
    "!src/plan/rules/types.ts",
    "src/plan/update-log.ts",
    "src/plan/end-date.ts",
  ],
  ignorePatterns: ["build", "dist", "coverage", "prof", "preview", "docs", "test/e2e", "reports"],
  concurrency: 2,
  timeoutMS: 20000,
  reporters: ["clear-text", "progress", "json"],
  jsonReporter: { fileName: `reports/mutation/${part}.json` },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
