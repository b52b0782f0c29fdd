import { listRows } from "./wording";
import type { Rule } from "./types";

export const duplicateRef: Rule = {
  id: "duplicate-ref",
  severity: "error",
  title: "Duplicate ref",
  description:
    "The same ref is used on more than one action row, so updates and board reports can land on the wrong action. One clash is one finding, on the second row using the ref, naming every row.",
  check({ byRef }, report) {
    for (const actions of byRef.values()) {
      if (actions.length < 2) continue;
      // The first row to use a ref keeps it; the finding sits on the first row that repeats it.
      report(
        actions[1],
        // Stryker disable next-line StringLiteral: a finding on a field with no cell falls back to the ref cell, so "" would point at the same cell.
        "ref",
        `Ref ${actions[0].ref} is used on ${listRows(actions)}.`,
      );
    }
  },
};
