/**
 * Does an update entry say the action itself is finished?
 *
 * Only a sentence that is *about the action as a whole* counts: "This has been completed.",
 * "Complete.", "Action complete", "Done", "Signed off", and for a published progress table's
 * recommendation "This recommendation has been fully met and closed by the board.". A sentence
 * that completes part of the work ("first session complete", "2 completed and 1 more to do",
 * "Final draft completed and is being checked") or puts completion in the future or under a
 * condition ("to be completed", "once ... is completed", "when all work is completed") does not. Where a sentence names
 * completion with some other subject, the answer is `possible`, which rules report as a
 * warning rather than an error: a wrong error would teach users to ignore the tool.
 */
import { memoByText } from "./memo";
export type CompletionClaim = "complete" | "possible" | "none";

const DONE_WORD = /\b(complete|completed|completion|done|finished|signed[- ]off|achieved|closed)\b/i;
/** The whole sentence is the claim, optionally with a neutral subject and verb. */
const WHOLE_CLAIM =
  /^(?:(?:this|this action|the action|action|this task|the task|task|this recommendation|the recommendation|recommendation|it|all|all actions|all tasks|work)\s+)?(?:(?:has|have)\s+(?:now\s+)?been|is\s+(?:now\s+)?|was|now)?\s*(?:fully\s+|now\s+)?(?:met\s+and\s+)?(?:complete|completed|done|finished|signed[- ]off|achieved|closed)(?:\s+(?:now|in full|by the (?:board|improvement board|panel|committee)))?$/i;
/** A trailing "- action complete" after other words. */
const TRAILING_CLAIM = /(?:^|[-–:;,]\s*)(?:this\s+)?(?:action|task)\s+(?:is\s+|now\s+)?(?:complete|completed|closed|done)$/i;
/** Words that make a completion partial, future or conditional. */
const HEDGE =
  /\b(to be|will be|would be|once|when|until|after|if|not|no|first|second|third|partially|part|partly|some|more to do|remaining|still|yet|being|awaiting|due to be|expected|planned|draft|phase|stage|\d+\s+(?:of|out of)\b|\d+\s+(?:completed|complete|done))/i;

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.trim().replace(/[.!?]+$/, "").trim())
    .filter(Boolean);
}

/**
 * Judges one entry's text. Several rules and the summary ask about the same latest entry, and
 * plans repeat entry texts, so each text is judged once (the answer depends on the text alone).
 */
export function completionClaim(entryText: string): CompletionClaim {
  return judgeOnce(entryText);
}

function judge(entryText: string): CompletionClaim {
  let claim: CompletionClaim = "none";
  for (const sentence of sentences(entryText)) {
    if (!DONE_WORD.test(sentence)) continue;
    if (WHOLE_CLAIM.test(sentence) || TRAILING_CLAIM.test(sentence)) return "complete";
    if (!HEDGE.test(sentence) && /^(?:this|the action|action|task|it)\b/i.test(sentence)) claim = "possible";
  }
  return claim;
}

const judgeOnce = memoByText(judge, 100_000);

/** Plain statements that the work is unfinished (see unfinishedWork). */
const UNFINISHED =
  /\b(?:still\s+(?:awaiting|waiting|pending|to\s+(?:be|do|complete|finish|agree)|being|in\s+progress|under\s*way|outstanding|needs?|requires?|with\b)|not\s+yet\s+(?:been\s+)?(?:complete|completed|finished|done|signed|agreed|approved|started|in\s+place|implemented|published|launched|finalised|finalized|delivered)|yet\s+to\s+(?:be\s+\w+|start|begin|complete|finish|agree|sign)|(?:is|are|remains?)\s+(?:still\s+)?(?:in\s+progress|under\s*way|outstanding)|awaiting\s+(?:final\s+)?(?:sign[- ]off|approval|agreement|ratification|confirmation))\b[^.;]*/i;

/**
 * Words saying the work is still under way: "still awaiting sign-off", "still waiting for the
 * terms of reference", "not yet agreed", "yet to be signed", "remains in progress". Returns the
 * words found, or null. Only plain statements of unfinished work count: a passing "ongoing" or
 * "monitoring continues" is not one (a finished action often hands over to routine monitoring),
 * nor is a draft written in the past tense ("Framework drafted").
 */
export function unfinishedWork(entryText: string): string | null {
  const m = UNFINISHED.exec(entryText);
  return m ? m[0].trim() : null;
}
