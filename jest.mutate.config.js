/**
 * The tests `npm run mutate` runs against each mutant (stryker.config.mjs): only those that
 * exercise the mutated files, so a run fits on two shared cores.
 */
const base = require("./jest.config");

module.exports = {
  ...base,
  testMatch: [
    "<rootDir>/test/plan/rating.test.ts",
    "<rootDir>/test/plan/settings.test.ts",
    "<rootDir>/test/plan/rules.test.ts",
    "<rootDir>/test/plan/update-log.test.ts",
    "<rootDir>/test/plan/end-date.test.ts",
    "<rootDir>/test/plan/period-end-date.test.ts",
    "<rootDir>/test/plan/append-update.test.ts",
    "<rootDir>/test/plan/validate-reading.test.ts",
  ],
};
