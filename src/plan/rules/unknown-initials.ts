import { memoByText } from "../memo";
import { initialsList } from "../update-log";
import type { Rule } from "./types";

export const unknownInitials: Rule = {
  id: "unknown-initials",
  severity: "warning",
  title: "Initials not in the glossary",
  description: "An update entry is initialled by someone the plan's glossary does not list. Only checked when the plan has a glossary.",
  check({ plan, glossaryInitials }, report) {
    if (!glossaryInitials) return;
    // The few initials a plan's entries carry, each looked up in the glossary once this run.
    const notInGlossary = memoByText((initials: string) => initialsList(initials).filter((one) => !glossaryInitials.has(one.toUpperCase())));
    for (const action of plan.actions) {
      // In the order written, each once; no list is built for the (usual) row with none unknown.
      let unknown: string[] | undefined;
      for (const u of action.updates) {
        if (!u.initials) continue;
        for (const one of notInGlossary(u.initials)) {
          unknown ??= [];
          if (!unknown.includes(one)) unknown.push(one);
        }
      }
      if (unknown) report(action, "update", `Initials ${unknown.join(", ")} ${unknown.length === 1 ? "is" : "are"} not in the glossary.`);
    }
  },
};
