/**
 * What the Board summary view shows and writes, worked out from the plan core without React:
 * the preview as at a date, and the one change set that adds the summary sheet and keeps its
 * snapshot for the next comparison. The ratings and the sheet's layout stay in the core
 * (`src/plan/summary.ts`, `src/plan/summary-sheet.ts`).
 *
 * Stored snapshots are handled exactly as the command line does (`src/cli/commands/summary.ts`),
 * so a summary made in the pane and one made with `action-plan summary` compare with each other:
 * the workbook-state key `summaries`, one snapshot per as-of date (a new one replaces an older one
 * of the same date), sorted by as-of date, the latest 12 kept.
 */
import { formatUk } from "../plan/dates";
import type { IsoDate, Plan } from "../plan/model";
import type { ChangeSet } from "../plan/port";
import type { Rating } from "../plan/rag";
import { resolveSettings, type PlanSettings } from "../plan/settings";
import type { SheetSpec } from "../plan/sheet-spec";
import type { WorkbookSnapshot } from "../plan/snapshot";
import { readWorkbookState, saveWorkbookState, type WorkbookState } from "../plan/state";
import { buildSummary, previousSnapshot, type SummaryChanges, type SummaryModel, type SummarySnapshot } from "../plan/summary";
import { buildReport } from "../plan/report";
import { planTitle as corePlanTitle } from "../plan/report-title";
import { summarySheetName, summarySheetSpec } from "../plan/summary-sheet";
import { storedSummaries, withSummary, withSummarySheet, type WrittenSummarySheet } from "../plan/summary-store";
import { replaceableSummary } from "../plan/replaceable-summary";
import { specFingerprint } from "../plan/sheet-fingerprint";

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

/**
 * The plan's name for the sheet's title block: the first text above the header row of the plan's
 * first sheet (its title block), else the sheet's name. The command line uses the file's name,
 * which the pane cannot know.
 */
export function planTitle(plan: Plan, snapshot: WorkbookSnapshot): string {
  return corePlanTitle(plan, snapshot);
}

/** Who the title block says made the summary: the user's initials, or the add-in. */
export function madeBy(initials: string): string {
  const trimmed = initials.trim();
  return trimmed || "the Action Plan Assistant add-in";
}

/** A summary sheet ready to add, with everything it was made from. */
export interface PreparedSummary {
  model: SummaryModel;
  /** The new sheet's name: free in the workbook read (ignoring case), or the replaced sheet's. */
  name: string;
  /** True when the new sheet replaces the add-in's own earlier summary of that date. */
  replaces: boolean;
  spec: SheetSpec;
  /** The stored snapshots after this summary, as the change set saves them. */
  summaries: SummarySnapshot[];
  /** ONE change set: the workbook state (with this summary's snapshot) and the new sheet. */
  changes: ChangeSet;
}

/** What to do when the add-in already made a summary as at the same date. */
export type ExistingSummaryChoice = "replace" | "keep-both";

/**
 * The summary sheet the add-in made earlier as at `asOf`, still exactly as it made it, which a
 * new summary may replace; null when there is none (then a new summary is simply added).
 */
export function existingSummary(basis: SummaryBasis, asOf: IsoDate): WrittenSummarySheet | null {
  return replaceableSummary(basis.state, basis.snapshot, asOf);
}

/** The name a new summary as at `asOf` gets beside the existing ones ("Keep both"). */
export function newSummaryName(basis: SummaryBasis, asOf: IsoDate): string {
  return summarySheetName(asOf, [...basis.snapshot.sheets.map((s) => s.name), ...basis.snapshot.chartSheets]);
}

/**
 * Everything one click of "Create summary sheet" writes, from one read of the workbook: the
 * summary as at `asOf`, the sheet drawn from it under a free name (or, with "replace", in place of
 * the add-in's own untouched summary of that date), and the state with the new snapshot and the
 * sheet's fingerprint kept, in one change set (so the sheet and its snapshot are saved together
 * or not at all). Returns null when "replace" was asked but there is no such sheet any more.
 *
 * Replacing keeps the comparison: the snapshot of the same date is replaced, and "what moved" is
 * measured from the latest summary stored *before* `asOf`, which replacing never touches.
 */
export function prepareSummarySheet(
  basis: SummaryBasis,
  asOf: IsoDate,
  by: { madeBy: string; madeAt: string },
  choice: ExistingSummaryChoice = "keep-both",
): PreparedSummary | null {
  const model = summaryAt(basis, asOf);
  const replaced = choice === "replace" ? existingSummary(basis, asOf) : null;
  if (choice === "replace" && !replaced) return null;
  const name = replaced ? replaced.name : newSummaryName(basis, asOf);
  const report = buildReport(basis.plan, basis.snapshot, asOf, basis.settings, previousSnapshot(basis.stored, asOf));
  const spec = summarySheetSpec(report, { madeBy: by.madeBy, madeAt: by.madeAt }, name);
  const kept = withSummarySheet(withSummary(basis.state, model.snapshot), { name, asOf, fingerprint: specFingerprint(spec) });
  const summaries = storedSummaries(kept);
  const state = saveWorkbookState(kept, basis.snapshot);
  const changes: ChangeSet = { ...state, addSheets: [spec], ...(replaced ? { replaceSheets: [{ name, fingerprint: replaced.fingerprint }] } : {}) };
  return { model, name, replaces: replaced !== null, spec, summaries, changes };
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
