import { openActionsClaiming } from "./open-actions-claiming";
import type { Rule } from "./types";
import { quote, statusText } from "./wording";

export const updateSaysComplete: Rule = {
  id: "update-says-complete",
  severity: "error",
  title: "Update says complete, status does not",
  description:
    "The latest update entry says the action is complete (\"This has been completed.\", \"Complete.\", \"- action complete\") but the status is not. Partial or conditional completion (\"first session complete\", \"2 completed and 1 more to do\", \"once ... is completed\") is not completion (see completion-language.ts).",
  check(context, report) {
    for (const [action, raw] of openActionsClaiming(context, "complete")) {
      report(action, "status", `The latest update ${quote(raw)} says the action is complete, but ${statusText(action)}.`, context.wording.complete);
    }
  },
};
