/** Words the board report shares between the sheet and the board paper. */
import type { Band } from "./rag";

/** Best to worst, for the direction of travel. */
const RANK: Band[] = ["complete", "green", "amberGreen", "amber", "amberRed", "red"];

/** Direction of travel from the last board's band to this one's: "↑ better", "↓ worse", "→ same". */
export function trendText(then: Band, now: Band): string {
  const a = RANK.indexOf(then);
  const b = RANK.indexOf(now);
  if (a < 0 || b < 0 || a === b) return "→ same";
  return b < a ? "↑ better" : "↓ worse";
}
