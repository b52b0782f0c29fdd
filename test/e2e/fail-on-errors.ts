/**
 * Every e2e test fails on an uncaught exception or a console error in any page or frame it
 * opened (issue 12: "console errors during e2e fail the test"), whether or not the test itself
 * looks. Registered for every e2e file by jest.e2e.config.js (setupFilesAfterEnv), so it shares
 * the test file's harness module and sees each session the test opened. A test that expects a
 * console error says so with `session.expectConsoleError(pattern)`.
 */
import { takeOpenedSessions } from "./harness";

afterEach(() => {
  const problems = takeOpenedSessions().flatMap((session) => session.unexpectedErrors());
  if (problems.length > 0) {
    throw new Error(`The pages this test opened reported errors:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }
});
