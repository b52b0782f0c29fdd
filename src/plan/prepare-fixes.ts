import { CHANGE_LOG_ENSURE, changeLogWrite, type ChangeLogEntry } from "./change-log";
import type { ColumnRole, Plan } from "./model";
import type { ChangeSet, RangeWrite } from "./port";
import type { Finding } from "./rules";
import { snapshotCell } from "./snapshot-cell";
import type { WorkbookSnapshot } from "./snapshot";

/** How the change log names each field. */
export const FIELD_WORDS: Record<ColumnRole, string> = {
  ref: "ref",
  task: "action",
  owner: "owner",
  endDate: "end date",
  update: "update",
  successMeasures: "success measures",
  status: "status",
  rag: "rag",
  workstream: "workstream",
  priority: "priority",
  startDate: "start date",
  percentComplete: "% complete",
  completedDate: "completed date",
  lateFlag: "late flag",
};

/** A fix applied or passed over, for the report. */
export interface FixOutcome {
  finding: Finding;
  applied: boolean;
  before: string;
  /** Why a fix was passed over. */
  reason?: string;
}

/** The change set of several findings' fixes, and what became of each. */
export type PreparedFixes = { ok: true; changes: ChangeSet; outcomes: FixOutcome[] } | { ok: false; reason: string; outcomes: FixOutcome[] };

/**
 * Applies the safe fixes of `findings` together: each proposed value is written as text to its
 * cell, guarded by the text the finding was judged on, with one change-log row per cell. Where
 * two findings propose different values for one cell, the first (most severe) wins and the other
 * is passed over with its reason, so no cell is written twice.
 */
export function prepareFixes(plan: Plan, snapshot: WorkbookSnapshot, findings: Finding[], initials: string, timestamp: string): PreparedFixes {
  const outcomes: FixOutcome[] = [];
  const writes: RangeWrite[] = [];
  const entries: ChangeLogEntry[] = [];
  const claimed = new Map<string, string>();
  for (const finding of findings) {
    const fix = finding.fix;
    if (!fix) continue;
    const key = `${finding.sheet}!${fix.cell}`;
    const cell = snapshotCell(snapshot, finding.sheet, fix.cell);
    const before = cell?.text ?? "";
    const pass = (reason: string) => outcomes.push({ finding, applied: false, before, reason });
    if (!cell) pass(`The sheet "${finding.sheet}" is no longer in the workbook.`);
    else if (before === fix.value) pass(`${fix.cell} already reads "${fix.value}".`);
    else if (claimed.has(key)) pass(claimed.get(key) === fix.value ? `Fixed by another finding on ${fix.cell}.` : `${fix.cell} is already being set to "${claimed.get(key)}" by a more severe finding.`);
    else {
      claimed.set(key, fix.value);
      const action = plan.actions.find((a) => a.sheet === finding.sheet && a.row === finding.row);
      const role = action && (Object.keys(action.cells) as ColumnRole[]).find((r) => action.cells[r] === fix.cell);
      writes.push({ sheet: finding.sheet, address: fix.cell, values: [[fix.value]], asText: true, expectedText: [[before]] });
      entries.push({ timestamp, initials: initials.trim(), sheet: finding.sheet, cell: fix.cell, ref: finding.ref, field: role ? FIELD_WORDS[role] : "value", before, after: fix.value });
      outcomes.push({ finding, applied: true, before });
    }
  }
  if (writes.length === 0) return { ok: false, reason: "There is nothing to fix automatically.", outcomes };
  return { ok: true, changes: { ensureSheets: [CHANGE_LOG_ENSURE], writes: [...writes, changeLogWrite(snapshot, entries)] }, outcomes };
}
