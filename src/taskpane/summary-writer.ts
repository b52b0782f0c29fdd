/**
 * What one click of "Create summary sheet" writes, worked out from the plan core without React:
 * the one change set that adds the summary sheet and keeps its snapshot for the next comparison.
 * The ratings and the sheet's layout stay in the core (`src/plan/summary.ts`,
 * `src/plan/summary-sheet.ts`). Loaded on demand (hooks/useBoardSummary.ts): the view's preview
 * (summary-model.ts) does not need it.
 *
 * Stored snapshots are handled exactly as the command line does (`src/cli/commands/summary.ts`),
 * so a summary made in the pane and one made with `action-plan summary` compare with each other:
 * the workbook-state key `summaries`, one snapshot per as-of date (a new one replaces an older one
 * of the same date), sorted by as-of date, the latest 12 kept.
 */
import type { IsoDate } from "../plan/model";
import type { ChangeSet } from "../plan/port";
import { buildReport } from "../plan/report";
import { replaceableSummary } from "../plan/replaceable-summary";
import { specFingerprint } from "../plan/sheet-fingerprint";
import type { SheetSpec } from "../plan/sheet-spec";
import { saveWorkbookState } from "../plan/state";
import { previousSnapshot, type SummaryModel, type SummarySnapshot } from "../plan/summary";
import { summarySheetName, summarySheetSpec } from "../plan/summary-sheet";
import { storedSummaries, withSummary, withSummarySheet, type WrittenSummarySheet } from "../plan/summary-store";
import { summaryAt, type SummaryBasis } from "./summary-model";

export { localTimestamp } from "../plan/change-log";

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

