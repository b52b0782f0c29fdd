/** A workstream's (or the plan's) overall rating on the report's scale, with its rule in words. */
import type { Band, RagScale } from "./rag";
import { BAND_WORDS } from "./rag";
import type { OverallRule } from "./settings";

/** Actions by band. */
export type BandCounts = Record<Band, number>;

/** Worst first on each scale, for the `worst` rule. */
const WORST: Record<RagScale, Band[]> = { brag: ["red", "amber", "green"], ipa: ["red", "amberRed", "amber", "amberGreen", "green"] };

const pct = (n: number, of: number) => `${Math.round((n / of) * 100)}%`;

/**
 * The overall rating of a set of counts. Only open actions with a real end date are rated
 * (`rated`); none open and some complete is Complete. `worst`: the worst band of any of them.
 * `share` on BRAG: Red when Red actions reach `redShare` of the rated ones, Amber when Red and
 * Amber together reach `amberShare`, else Green. On the IPA scale the same shares step down one
 * band at a time: Red (Red alone reaches `redShare`), Amber/Red (Red with Amber/Red), Amber (with
 * Amber too, from `amberShare`), Amber/Green (any band below Green, from `amberShare`), else Green.
 */
export function overallBand(c: BandCounts, rule: OverallRule, scale: RagScale): { band: Band; rule: string } {
  const w = BAND_WORDS[scale];
  const rated = c.green + c.amberGreen + c.amber + c.amberRed + c.red;
  if (rated === 0) {
    return c.complete > 0
      ? { band: "complete", rule: "Every action that can be rated is complete." }
      : { band: "notRated", rule: "No open action has a real end date to rate it by." };
  }
  const of = `of the ${rated} open action${rated === 1 ? "" : "s"} with a real end date`;
  if (rule.kind === "worst") {
    const band = WORST[scale].find((b) => c[b] > 0) ?? "green";
    return { band, rule: `${w[band]}: the worst rating of any open action with a real end date (the rule is "worst").` };
  }
  const red = c.red + (scale === "brag" ? c.amberRed : 0);
  const steps: { band: Band; n: number; share: number; what: string }[] =
    scale === "brag"
      ? [
          { band: "red", n: red, share: rule.redShare, what: "Red" },
          { band: "amber", n: red + c.amber + c.amberGreen, share: rule.amberShare, what: "Red or Amber" },
        ]
      : [
          { band: "red", n: c.red, share: rule.redShare, what: "Red" },
          { band: "amberRed", n: c.red + c.amberRed, share: rule.redShare, what: "Red or Amber/Red" },
          { band: "amber", n: c.red + c.amberRed + c.amber, share: rule.amberShare, what: "Red, Amber/Red or Amber" },
          { band: "amberGreen", n: rated - c.green, share: rule.amberShare, what: "below Green" },
        ];
  for (const s of steps) {
    if (s.n / rated >= s.share) {
      return { band: s.band, rule: `${w[s.band]} because ${s.n} ${of} (${pct(s.n, rated)}) are ${s.what}; the rule is ${w[s.band]} from ${Math.round(s.share * 100)}%.` };
    }
  }
  const last = steps[steps.length - 1];
  return { band: "green", rule: `Green because ${last.n} ${of} (${pct(last.n, rated)}) are ${last.what}, under ${Math.round(last.share * 100)}%.` };
}
