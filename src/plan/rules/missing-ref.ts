import type { Rule } from "./types";

export const missingRef: Rule = {
  id: "missing-ref",
  severity: "warning",
  title: "Missing ref",
  description: "An action has no ref, so it cannot be referred to in updates or board papers.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      if (!action.cells.ref || action.ref) continue;
      report(
        action,
        // Stryker disable next-line StringLiteral: a finding on a field with no cell falls back to the ref cell, so "" would point at the same cell.
        "ref",
        `The action "${action.task.slice(0, 60)}" has no ref.`,
      );
    }
  },
};
