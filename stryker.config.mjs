/**
 * `npm run mutate`: mutation testing of the rating, settings, rules, update log and end dates
 * (issue 15). Not in CI: it takes tens of minutes on two cores. The summary is copied into the
 * README's "Testing" section, with each surviving mutant and why it is equivalent.
 *
 * perTest coverage: each mutant runs only the tests that reach it. The jest config lists only the
 * tests that exercise these files (jest.mutate.config.js).
 */
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
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  clearTextReporter: { allowColor: false, logTests: false, maxTestsToLog: 0 },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
};
