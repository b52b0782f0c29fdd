import { deriveRag } from "../rag";
import type { Rule } from "./types";

const NAME = { red: "Red", amber: "Amber", green: "Green", blue: "Blue", grey: "Grey" } as const;

export const ragDisagrees: Rule = {
  id: "rag-disagrees",
  severity: "warning",
  title: "RAG column disagrees with the rules",
  description: "The plan's own RAG rating differs from the rating the plan's RAG rules give for its dates and status.",
  check({ plan, asOf, settings }, report) {
    for (const action of plan.actions) {
      if (!action.rag) continue;
      const derived = deriveRag(action, asOf, settings);
      if (derived.rating === "grey" || derived.rating === action.rag) continue;
      // Propose the fix in the column's own style: a letter where the plan writes R/A/G/B.
      const fix = action.ragText.length === 1 ? NAME[derived.rating][0] : NAME[derived.rating];
      report(action, "rag", `RAG is ${NAME[action.rag]} but the rules give ${NAME[derived.rating]}: ${derived.reason}`, fix);
    }
  },
};
