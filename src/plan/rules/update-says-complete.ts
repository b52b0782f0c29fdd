import { completionClaim, type CompletionClaim } from "../completion-language";
import type { Action } from "../model";
import { isClosed } from "../rag";
import type { Rule, RuleContext } from "./types";
import { quote, statusText } from "./wording";

function openActionsClaiming(context: RuleContext, claim: CompletionClaim): [Action, string][] {
  const found: [Action, string][] = [];
  for (const action of context.plan.actions) {
    const latest = action.updates[action.updates.length - 1];
    if (latest && !isClosed(action) && completionClaim(latest.text) === claim) found.push([action, latest.raw]);
  }
  return found;
}

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
