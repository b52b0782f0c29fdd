import { daysBetween, formatUk } from "./dates";
import type { Action, IsoDate, RagColour } from "./model";
import type { PlanSettings } from "./settings";
import { completionClaim } from "./completion-language";
import { latestUpdate } from "./update-log";

/** A rating, including Grey for "not rated". */
export type Rating = RagColour | "grey";

/** An action's rating with the rule that produced it, in words a board member accepts. */
export interface RagResult {
  rating: Rating;
  /** Rule id, e.g. `past-end-date`. */
  rule: string;
  reason: string;
}

/** True when the action needs no more work. */
export function isClosed(action: Action): boolean {
  if (action.status.canonical === "complete" || action.status.canonical === "cancelled") return true;
  if (action.cells.status) return false;
  return closedWithoutStatus(action) !== null;
}

/**
 * In a plan with no status column (issue 10 cause 7), what says the action is done, in words, or
 * null: a Blue (complete) RAG, 100 % complete, a completed date, or a latest update that says it
 * is complete. Absence of a status is never read as "not complete" on its own.
 */
export function closedWithoutStatus(action: Action): string | null {
  if (action.cells.status) return null;
  if (action.rag === "blue") return "the RAG is Blue";
  if ((action.percentComplete?.value ?? 0) >= 100) return `it is ${action.percentComplete!.value}% complete`;
  if (action.completedDate?.kind === "date") return `it has a completed date, ${action.completedDate.text}`;
  if (completionClaim(latestUpdate(action)?.text ?? "") === "complete") return "the latest update says so";
  return null;
}

/** Days past the end date as at `asOf` (positive when overdue), or null without a real date. */
export function daysOverdue(action: Pick<Action, "endDate">, asOf: IsoDate): number | null {
  return action.endDate.kind === "date" ? daysBetween(action.endDate.date, asOf) : null;
}

/**
 * Derives an action's BRAG rating as at a date. First match wins: Blue complete; Grey
 * cancelled; Red past its end date and not complete, or status overdue/off track; Amber status
 * at risk or paused, not started and due within `dueSoonDays`, or open with no real end date;
 * Green in progress with its end date ahead; otherwise Grey (not rated).
 */
export function deriveRag(action: Action, asOf: IsoDate, settings: PlanSettings): RagResult {
  const status = action.status.canonical;
  const said = action.status.raw ? `status "${action.status.raw}"` : "no status";
  if (status === "complete") return { rating: "blue", rule: "complete", reason: `Complete (${said}).` };
  const closedBy = closedWithoutStatus(action);
  if (closedBy) return { rating: "blue", rule: "complete", reason: `Complete (no status column; ${closedBy}).` };
  if (status === "cancelled") return { rating: "grey", rule: "cancelled", reason: `Not rated: ${said}.` };
  const late = daysOverdue(action, asOf);
  if (late !== null && late > 0) {
    return { rating: "red", rule: "past-end-date", reason: `End date ${formatUk((action.endDate as { date: IsoDate }).date)} passed ${late} day${late === 1 ? "" : "s"} ago and the action is not complete.` };
  }
  if (status === "overdue") return { rating: "red", rule: "status-off-track", reason: `The plan says it is off track (${said}).` };
  if (status === "atRisk") return { rating: "amber", rule: "status-at-risk", reason: `The plan says it is at risk (${said}).` };
  if (status === "paused") return { rating: "amber", rule: "status-paused", reason: `Paused (${said}).` };
  if (late === null) return { rating: "amber", rule: "no-end-date", reason: `Open with no real end date (${action.endDate.kind === "blank" ? "blank" : `"${(action.endDate as { text: string }).text}"`}).` };
  const left = -late;
  if (status === "notStarted" && left <= settings.dueSoonDays) {
    return { rating: "amber", rule: "due-soon-not-started", reason: `Not started and due in ${left} day${left === 1 ? "" : "s"} (within ${settings.dueSoonDays}).` };
  }
  if (status === "inProgress") return { rating: "green", rule: "on-track", reason: `In progress with its end date ${left} day${left === 1 ? "" : "s"} ahead.` };
  return { rating: "grey", rule: "not-rated", reason: `Not rated: ${said} with its end date ahead.` };
}

/**
 * The scale a board report rates on. `brag`: Blue (complete), Green, Amber, Red. `ipa`: the
 * Infrastructure and Projects Authority's five-point delivery confidence scale (Green,
 * Amber/Green, Amber, Amber/Red, Red), with complete actions counted apart as Complete.
 */
export type RagScale = "brag" | "ipa";

/** A rating on either scale; `notRated` covers cancelled actions and data gaps (no real end date). */
export type Band = "complete" | "green" | "amberGreen" | "amber" | "amberRed" | "red" | "notRated";

/** Worst first, as a board reads exceptions. */
export const BANDS_WORST_FIRST: readonly Band[] = ["red", "amberRed", "amber", "amberGreen", "green", "complete", "notRated"];

/** The bands each scale uses, in the order a board table shows them. */
export const SCALE_BANDS: Record<RagScale, readonly Band[]> = {
  brag: ["complete", "green", "amber", "red", "notRated"],
  ipa: ["complete", "green", "amberGreen", "amber", "amberRed", "red", "notRated"],
};

/** A band's word on a scale: what the board sees in the cell. */
export const BAND_WORDS: Record<RagScale, Record<Band, string>> = {
  brag: { complete: "Blue", green: "Green", amberGreen: "Amber", amber: "Amber", amberRed: "Red", red: "Red", notRated: "Not rated" },
  ipa: { complete: "Complete", green: "Green", amberGreen: "Amber/Green", amber: "Amber", amberRed: "Amber/Red", red: "Red", notRated: "Not rated" },
};

/** Fill and text colour of each band (`#RRGGBB`), the colours UK boards print RAG in. */
export const BAND_COLOURS: Record<Band, { fill: string; font: string }> = {
  complete: { fill: "#2F5597", font: "#FFFFFF" },
  green: { fill: "#00B050", font: "#000000" },
  amberGreen: { fill: "#C4D79B", font: "#000000" },
  amber: { fill: "#FFC000", font: "#000000" },
  amberRed: { fill: "#F79646", font: "#000000" },
  red: { fill: "#C00000", font: "#FFFFFF" },
  notRated: { fill: "#D9D9D9", font: "#000000" },
};

/** Days late up to which the IPA scale says Amber/Red rather than Red: about a month behind. */
export const IPA_RED_AFTER_DAYS = 28;

/** An action's band with the rule that put it there, in words. */
export interface BandResult {
  band: Band;
  rule: string;
  reason: string;
  /** True when the action cannot be rated because its end date is missing or not a date. */
  dataGap: boolean;
}

/**
 * An action's band on `scale` as at `asOf`, from its BRAG rating (`deriveRag`). An open action
 * with no real end date (TBC, blank, junk) is not rated on either scale: nobody can say whether it
 * is late, so the board sees it as a data-quality gap to fix, not as an Amber delivery risk. On the
 * IPA scale, an action past its end date by up to IPA_RED_AFTER_DAYS is Amber/Red (Red beyond),
 * and a not-started action merely due soon is Amber/Green.
 */
export function bandFor(action: Action, asOf: IsoDate, settings: PlanSettings, scale: RagScale): BandResult {
  const r = deriveRag(action, asOf, settings);
  const result = (band: Band, reason = r.reason, dataGap = false): BandResult => ({ band, rule: r.rule, reason, dataGap });
  if (r.rule === "no-end-date") return result("notRated", `Not rated: ${r.reason.replace(/^Open/, "open")} Fix the end date to rate it.`, true);
  if (r.rating === "blue") return result("complete");
  // Not started with its end date beyond the due-soon window: on plan, so Green (said so in words).
  if (r.rule === "not-rated" && action.status.canonical === "notStarted") return result("green", `Not started, and not due for ${-(daysOverdue(action, asOf) ?? 0)} days (beyond the ${settings.dueSoonDays}-day due-soon window).`);
  if (r.rating === "grey") return result("notRated");
  if (r.rating === "green") return result("green");
  if (scale === "brag") return result(r.rating);
  if (r.rule === "past-end-date") {
    const late = daysOverdue(action, asOf) ?? 0;
    return late <= IPA_RED_AFTER_DAYS
      ? result("amberRed", `${r.reason} Amber/Red: up to ${IPA_RED_AFTER_DAYS} days late.`)
      : result("red", `${r.reason} Red: more than ${IPA_RED_AFTER_DAYS} days late.`);
  }
  if (r.rule === "due-soon-not-started") return result("amberGreen");
  return result(r.rating);
}
