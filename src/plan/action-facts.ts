/**
 * What several validation rules ask of every action (is it late, is it closed, its latest entry
 * and what that entry claims), worked out once per validation run instead of once per rule.
 * Kept side by side with the plan's actions: `late[i]` is of `actions[i]`. Arrays, not an object
 * per action, so a plan of tens of thousands of actions gains no objects for them.
 */
import { completionClaim, type CompletionClaim } from "./completion-language";
import type { Action, EndDate, IsoDate, UpdateEntry } from "./model";
import { perReading } from "./per-reading";
import { daysOverdue, isClosed } from "./rag";
import { latestUpdate } from "./update-log";

export interface ActionFacts {
  /** daysOverdue: days past the end date as at the run's date (positive when late), null without a real date. */
  late: (number | null)[];
  /** isClosed: the action needs no more work. */
  closed: boolean[];
  /** latestUpdate: the latest entry of the update log, if any. */
  latest: (UpdateEntry | undefined)[];
  /** completionClaim of the latest entry's text (of "" when there is none). */
  claim: CompletionClaim[];
}

/** The facts of every action of `actions` as at `asOf`. */
export function actionFacts(actions: readonly Action[], asOf: IsoDate): ActionFacts {
  const facts: ActionFacts = { late: [], closed: [], latest: [], claim: [] };
  // Lateness follows from the end date's reading, the latest entry and its claim from the
  // update log's: worked out once for each reading that rows share.
  const lateness = perReading((endDate: EndDate) => daysOverdue({ endDate }, asOf));
  const entryFacts = perReading((updates: UpdateEntry[]) => {
    const latest = latestUpdate({ updates });
    return { latest, claim: completionClaim(latest?.text ?? "") };
  });
  for (const action of actions) {
    const entry = entryFacts(action.updates);
    facts.late.push(lateness(action.endDate));
    facts.closed.push(isClosed(action));
    facts.latest.push(entry.latest);
    facts.claim.push(entry.claim);
  }
  return facts;
}
