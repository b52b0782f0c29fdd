/**
 * End-to-end tests in Chromium (playwright-core + Debian's /usr/bin/chromium): the add-in's
 * dist/ outside Office and the preview without Excel (build/preview/). Build both first:
 *
 *   npm run build && npm run build:preview && jest -c jest.e2e.config.js
 *
 * globalSetup serves both on 127.0.0.1 and launches one Chromium for every file; files run one
 * at a time (two cores, one browser). Screenshots go to test-output/screenshots/. Any page error or
 * console error in a page a test opened fails that test (test/e2e/fail-on-errors.ts).
 */
module.exports = {
  displayName: "e2e",
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  globalSetup: "<rootDir>/test/e2e/global-setup.ts",
  globalTeardown: "<rootDir>/test/e2e/global-teardown.ts",
  // Page errors and console errors fail the test that caused them, in every file.
  setupFilesAfterEnv: ["<rootDir>/test/e2e/fail-on-errors.ts"],
  maxWorkers: 1,
  testTimeout: 60_000,
  verbose: true,
};
