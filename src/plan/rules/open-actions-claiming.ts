import { completionClaim, type CompletionClaim } from "../completion-language";
import type { Action } from "../model";
import { isClosed } from "../rag";
import type { RuleContext } from "./types";
import { latestUpdate } from "../update-log";

/** Open actions whose latest update makes the given completion claim, with that entry's text. */
export function openActionsClaiming(context: RuleContext, claim: CompletionClaim): [Action, string][] {
  const found: [Action, string][] = [];
  for (const action of context.plan.actions) {
    // With no status column there is no status to contradict: the claim closes the action.
    if (!action.cells.status) continue;
    const latest = latestUpdate(action);
    if (latest && !isClosed(action) && completionClaim(latest.text) === claim) found.push([action, latest.raw]);
  }
  return found;
}
