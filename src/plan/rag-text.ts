/** RAG cells as written by people: colour words, letters, and mixed ratings such as `Amber/Red`. */
import { memoByText } from "./memo";
import type { RagColour } from "./model";

/** Best to worst: a mixed rating takes the worst colour it names. */
const SEVERITY: readonly RagColour[] = ["blue", "green", "amber", "red"];

const WORDS: Record<string, RagColour> = {
  red: "red",
  r: "red",
  amber: "amber",
  a: "amber",
  // Smartsheet's RYG symbols say Yellow where UK plans say Amber.
  yellow: "amber",
  y: "amber",
  green: "green",
  g: "green",
  blue: "blue",
  b: "blue",
  "🔴": "red",
  "🟠": "amber",
  "🟡": "amber",
  "🟢": "green",
  "🔵": "blue",
};

/**
 * The colour a RAG cell names: `Red`/`R`, `Amber`/`A` (also `Yellow`), `Green`/`G`,
 * `Blue`/`B` (complete, in BRAG), in any case. A mixed rating (`Amber/Red`, `Green-Amber`,
 * `A/R`) gives the worse colour. Anything else (`Complete`, `N/A`, blank, `Red text`) → null.
 */
export function parseRag(text: string): RagColour | null {
  return text === "" ? null : colourOf(text);
}

const colourOf = memoByText((text: string): RagColour | null => {
  const parts = text
    .trim()
    .toLowerCase()
    .split(/\s*(?:[/\\,&+-]|\bor\b|\bto\b)\s*|\s+/u)
    .filter((p) => p !== "");
  if (parts.length === 0) return null;
  let worst = -1;
  for (const part of parts) {
    const colour = WORDS[part];
    if (!colour) return null;
    worst = Math.max(worst, SEVERITY.indexOf(colour));
  }
  return SEVERITY[worst];
});
