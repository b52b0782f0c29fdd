import { isClosed } from "../rag";
import { parentOf } from "../refs";
import type { Rule } from "./types";

export const parentCompleteChildrenOpen: Rule = {
  id: "parent-complete-children-open",
  severity: "error",
  title: "Parent complete, sub-actions open",
  description: "An action is complete while some of its sub-actions (81 → 81A, 81B ...) are still open.",
  check({ plan, subActions, byRef }, report) {
    for (const parent of plan.actions) {
      if (parent.status.canonical !== "complete" || !parent.ref) continue;
      const open = (subActions.get(parent.ref.toUpperCase()) ?? []).filter((a) => parentOf(a, byRef) === parent && !isClosed(a));
      if (open.length === 0) continue;
      report(parent, "status", `Status is '${parent.status.raw}' but sub-action${open.length === 1 ? "" : "s"} ${open.map((a) => `${a.ref} ('${a.status.raw || "blank"}')`).join(", ")} ${open.length === 1 ? "is" : "are"} still open.`);
    }
  },
};
