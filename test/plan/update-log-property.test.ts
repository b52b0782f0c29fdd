/**
 * The update log's property test, apart from update-log.test.ts so that `npm run mutate --
 * update-log` can leave it out: its 2,000 generated cells reach every mutant, and running them
 * for each of ~450 mutants took most of an hour on the shared two cores. The mutants it would
 * kill are killed there by tests that name the behaviour (see README, "Testing").
 */
import fc from "fast-check";
import { parseUpdateLog } from "../../src/plan/update-log";
import { expectNothingLost } from "./entries-cover-cell";

describe("parseUpdateLog: no text is ever lost (property)", () => {
  const fragment = fc.constantFrom(
    "27.05.15", "03.06.2015", "03.06.", "03.06", "9.06.2015", "2015-06-03", "31.02.15", "15/16", "14-15", "1.2.3",
    "KJ", "KJ:", "SS", "KMc:", "EB/CP", "AMD", "Tom", "Work", "-", " - ", ":", ".", ". ", "! ", "? ", "\"", ")",
    "on", "held on", "by", "from", "planned", "e.g.", " ", "  ", "\n", "\r\n", "\t", "• ", "text", "Complete.",
  );
  const cell = fc.oneof(
    fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join(" ")),
    fc.array(fragment, { maxLength: 30 }).map((parts) => parts.join("")),
    fc.string({ maxLength: 80 }),
  );

  test("entries are exact, ordered substrings with only whitespace between them", () => {
    fc.assert(
      fc.property(cell, fc.constantFrom<"dmy" | "mdy">("dmy", "mdy"), (text, order) => {
        expectNothingLost(text, parseUpdateLog(text, { order }));
      }),
      { numRuns: 2000 },
    );
  });
});
