/**
 * What the Board summary view shows, worked out from the plan core without React: the preview as
 * at a date and its words. What one click of "Create summary sheet" writes is in
 * summary-writer.ts, loaded when it is needed: the preview is the view's first screen, and the
 * sheet's layout and the report behind it are not needed to draw it.
 *
 * Stored snapshots are read exactly as the command line reads them (`src/cli/commands/summary.ts`),
 * so a summary made in the pane and one made with `action-plan summary` compare with each other.
 */
import { formatUk } from "../plan/dates";
import type { IsoDate, Plan } from "../plan/model";
import type { Rating } from "../plan/rag";
import { resolveSettings, type PlanSettings } from "../plan/settings";
import type { WorkbookSnapshot } from "../plan/snapshot";
import { readWorkbookState, type WorkbookState } from "../plan/state";
import { buildSummary, previousSnapshot, type SummaryChanges, type SummaryModel, type SummarySnapshot } from "../plan/summary";
import { storedSummaries } from "../plan/summary-store";

/** The words the pane and the sheet use for each rating. */
export const RATING_WORDS: Record<Rating, string> = { blue: "Blue", green: "Green", amber: "Amber", red: "Red", grey: "Grey" };

/** What a rating means, for a header's accessible name or a tooltip. */
export const RATING_MEANINGS: Record<Rating, string> = {
  blue: "Blue (complete)",
  green: "Green (on track)",
  amber: "Amber (at risk)",
  red: "Red (off track)",
  grey: "Grey (not rated)",
};

/** Ratings in the order the board reads them (the sheet's column order). */
export const RATINGS: readonly Rating[] = ["blue", "green", "amber", "red", "grey"];

/** What a summary is computed from: one read of the workbook. */
export interface SummaryBasis {
  snapshot: WorkbookSnapshot;
  plan: Plan;
  state: WorkbookState;
  settings: PlanSettings;
  stored: SummarySnapshot[];
}

/** The basis of a summary from a snapshot and the plan read from it. */
export function summaryBasis(snapshot: WorkbookSnapshot, plan: Plan): SummaryBasis {
  const { state } = readWorkbookState(snapshot);
  return { snapshot, plan, state, settings: resolveSettings(state.settings), stored: storedSummaries(state) };
}

/** The summary as at `asOf`, compared with the latest stored summary made before that date. */
export function summaryAt(basis: SummaryBasis, asOf: IsoDate): SummaryModel {
  return buildSummary(basis.plan, asOf, basis.settings, previousSnapshot(basis.stored, asOf));
}

/** Who the title block says made the summary: the user's initials, or the add-in. */
export function madeBy(initials: string): string {
  const trimmed = initials.trim();
  return trimmed || "the Action Plan Assistant add-in";
}

/** `1 action`, `12 actions`. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "40 exceptions: 28 Red, 12 Amber." */
export function exceptionsSentence(model: SummaryModel): string {
  const red = model.exceptions.filter((e) => e.rag === "red").length;
  const amber = model.exceptions.length - red;
  if (model.exceptions.length === 0) return "No Red or Amber actions.";
  return `${plural(model.exceptions.length, "exception")}: ${red} Red, ${amber} Amber.`;
}

/** Counts of what moved, in the order the sheet lists them. */
export function changeCounts(changes: SummaryChanges): { label: string; count: number }[] {
  return [
    { label: "newly Red", count: changes.newlyRed.length },
    { label: "newly complete", count: changes.newlyComplete.length },
    { label: changes.endDatesMoved.length === 1 ? "end date moved" : "end dates moved", count: changes.endDatesMoved.length },
    { label: "added", count: changes.added.length },
    { label: "removed", count: changes.removed.length },
  ];
}

/** "2 newly Red, 1 newly complete, 3 end dates moved, 0 added, 0 removed." or why there are none. */
export function changesSentence(changes: SummaryChanges): string {
  if (!changes.since) return "No earlier summary is stored in this workbook: changes will show from the next summary.";
  return `${changeCounts(changes)
    .map((c) => `${c.count} ${c.label}`)
    .join(", ")}.`;
}

/** "Changes since the summary as at 01/06/2015" or, with none stored, "Changes since the last summary". */
export function changesHeading(changes: SummaryChanges): string {
  return changes.since ? `Changes since the summary as at ${formatUk(changes.since)}:` : "Changes since the last summary:";
}
