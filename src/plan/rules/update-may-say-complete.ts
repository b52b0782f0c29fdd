import { openActionsClaiming } from "./open-actions-claiming";
import type { Rule } from "./types";
import { quote, statusText } from "./wording";

export const updateMaySayComplete: Rule = {
  id: "update-may-say-complete",
  severity: "warning",
  title: "Update may say complete",
  description: "The latest update entry speaks of completion about the action in a way that is not clear-cut; a person should check whether the whole action is complete.",
  check(context, report) {
    for (const [action, raw] of openActionsClaiming(context, "possible")) {
      report(action, "status", `The latest update ${quote(raw)} speaks of completion, but ${statusText(action)}. Check whether the whole action is complete.`);
    }
  },
};
