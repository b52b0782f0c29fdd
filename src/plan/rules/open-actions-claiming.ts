import type { CompletionClaim } from "../completion-language";
import type { Action } from "../model";
import type { RuleContext } from "./types";

/** Open actions whose latest update makes the given completion claim, with that entry's text. */
export function openActionsClaiming(context: RuleContext, claim: CompletionClaim): [Action, string][] {
  const found: [Action, string][] = [];
  const { actions } = context.plan;
  const { latest: latestOf, closed, claim: claimOf } = context.facts;
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i];
    // With no status column there is no status to contradict: the claim closes the action.
    if (!action.cells.status) continue;
    // latestUpdate, isClosed and completionClaim, worked out once per run (action-facts.ts).
    const latest = latestOf[i];
    if (latest && !closed[i] && claimOf[i] === claim) found.push([action, latest.raw]);
  }
  return found;
}
