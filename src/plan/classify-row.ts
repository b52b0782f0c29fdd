import type { SheetGrid } from "./grid";
import type { ColumnRole } from "./model";

/** What a row between the header and the end of the plan is. */
export type RowKind = "action" | "workstream" | "priority" | "outcome" | "note" | "blank";

const PRIORITY_HEADING = /^(?:priority\s+)?\d+\.\d+[.):]?\s+\S/i;
const WORKSTREAM_HEADING = /^(?:workstream|work stream|theme|section|strand)?\s*\d+[.):]?\s+\S/i;
const OUTCOME_ROW = /^outcomes?\b/i;
const NOTE_ROW = /^(?:see|note|n\.?b\.?)\b/i;
/** `81`, `81A`, `1.2a`, `LG-3`: short codes, never sentences. */
const REF_LIKE = /^[A-Z]{0,4}[-.]?\d+(?:\.\d+)*[A-Z]{0,3}$/i;

/** True when a cell's text looks like an action reference rather than a heading or a note. */
export function looksLikeRef(text: string): boolean {
  return REF_LIKE.test(text.trim());
}

/**
 * Classifies one row. A heading is a row with a single filled cell (often merged across the
 * row) numbered `1.` (workstream) or `1.1` (priority); unnumbered merged rows are workstream
 * headings. An action needs its ref or task and at least one other mapped field, so totals
 * rows and stray links below the table are not counted as actions.
 */
export function classifyRow(grid: SheetGrid, row: number, columns: Partial<Record<ColumnRole, number>>): RowKind {
  const filled = grid.filledColumns(row);
  if (filled.length === 0) return "blank";
  const mapped = new Set(Object.values(columns));
  const filledMapped = filled.filter((c) => mapped.has(c));
  const identifies =
    (columns.task !== undefined && grid.text(row, columns.task) !== "") ||
    (columns.ref !== undefined && looksLikeRef(grid.text(row, columns.ref)));

  if (filled.length === 1 || (grid.isMergedAcross(row) && filledMapped.length <= 1)) {
    const text = grid.text(row, filled[0]);
    if (OUTCOME_ROW.test(text)) return "outcome";
    if (NOTE_ROW.test(text)) return "note";
    if (PRIORITY_HEADING.test(text)) return "priority";
    if (WORKSTREAM_HEADING.test(text)) return "workstream";
    if (grid.isMergedAcross(row)) return "workstream";
    if (columns.ref === filled[0] && looksLikeRef(text)) return "action";
    return "note";
  }
  return identifies && filledMapped.length >= 2 ? "action" : "note";
}
