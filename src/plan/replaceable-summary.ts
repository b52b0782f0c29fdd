/**
 * Which existing board summary a new one as at the same date may replace: a sheet the add-in
 * recorded drawing for that date, still in the workbook, still exactly as drawn (its fingerprint
 * matches). A user's sheet, or our sheet someone has typed on, is never offered.
 */
import { snapshotFingerprint } from "./sheet-fingerprint";
import type { WorkbookSnapshot } from "./snapshot";
import type { WorkbookState } from "./state";
import { writtenSummarySheets, type WrittenSummarySheet } from "./summary-store";

/** The latest untouched summary sheet the add-in drew as at `asOf`, or null. */
export function replaceableSummary(state: WorkbookState, snapshot: WorkbookSnapshot, asOf: string): WrittenSummarySheet | null {
  const candidates = writtenSummarySheets(state).filter((w) => w.asOf === asOf);
  for (const written of candidates.reverse()) {
    const sheet = snapshot.sheets.find((s) => s.name.toLowerCase() === written.name.toLowerCase());
    if (sheet && snapshotFingerprint(sheet) === written.fingerprint) return { ...written, name: sheet.name };
  }
  return null;
}
