import { initialsList } from "../update-log";
import type { Rule } from "./types";

export const unknownInitials: Rule = {
  id: "unknown-initials",
  severity: "warning",
  title: "Initials not in the glossary",
  description: "An update entry is initialled by someone the plan's glossary does not list. Only checked when the plan has a glossary.",
  check({ plan, glossaryInitials }, report) {
    if (!glossaryInitials) return;
    for (const action of plan.actions) {
      const written = action.updates.flatMap((u) => (u.initials ? initialsList(u.initials) : []));
      const unknown = [...new Set(written.filter((i) => !glossaryInitials.has(i.toUpperCase())))];
      if (unknown.length) report(action, "update", `Initials ${unknown.join(", ")} ${unknown.length === 1 ? "is" : "are"} not in the glossary.`);
    }
  },
};
