import { completionClaim, type CompletionClaim } from "../completion-language";
import type { Action } from "../model";
import { isClosed } from "../rag";
import type { RuleContext } from "./types";

/** Open actions whose latest update makes the given completion claim, with that entry's text. */
export function openActionsClaiming(context: RuleContext, claim: CompletionClaim): [Action, string][] {
  const found: [Action, string][] = [];
  for (const action of context.plan.actions) {
    const latest = action.updates[action.updates.length - 1];
    if (latest && !isClosed(action) && completionClaim(latest.text) === claim) found.push([action, latest.raw]);
  }
  return found;
}
