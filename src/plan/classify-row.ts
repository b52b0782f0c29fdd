import type { SheetGrid } from "./grid";
import type { ColumnRole } from "./model";

/** What a row between the header and the end of the plan is. */
export type RowKind = "action" | "workstream" | "priority" | "outcome" | "note" | "blank";

const PRIORITY_HEADING = /^(?:priority\s+)?\d+\.\d+[.):]?\s+\S/i;
const WORKSTREAM_HEADING = /^(?:workstream|work stream|theme|section|strand)?\s*\d+[.):]?\s+\S/i;
const OUTCOME_ROW = /^outcomes?\b/i;
const NOTE_ROW = /^(?:see|note|n\.?b\.?)\b/i;
/** `Theme 2: Leadership`, `Workstream 3 - Finance`: a numbered grouping named in the task cell. */
const NAMED_GROUP = /^(?:theme|workstream|work stream|strand|pillar|priority|section|phase|programme|objective)\s+\d+[a-z]?\s*[:.\-–—]\s*\S/i;
/** A numbered label leading a heading, however long its title: `Area of weakness 1:`, `Priority 2 -`. */
const NUMBERED_LABEL = /^[a-z][a-z ]{0,30}\d+[a-z]?\s*[:.\-–—]\s/i;
/** A sentence: ends with a full stop, or runs to ten words or more, and is not a numbered heading. */
function isSentence(text: string): boolean {
  const t = text.trim();
  return !NUMBERED_LABEL.test(t) && (/[.!?]$/.test(t) || t.split(/\s+/).length >= 10);
}
/** `81`, `81A`, `1.2a`, `LG-3`: short codes, never sentences. */
const REF_LIKE = /^[A-Z]{0,4}[-.]?\d+(?:\.\d+)*[A-Z]{0,3}$/i;

/** True when a cell's text looks like an action reference rather than a heading or a note. */
export function looksLikeRef(text: string): boolean {
  return REF_LIKE.test(text.trim());
}

/**
 * Classifies the rows of one sheet read with one column mapping. A heading is a row with a
 * single filled cell (often merged across the row) numbered `1.` (workstream) or `1.1`
 * (priority); unnumbered merged rows are workstream headings. An action needs its ref or task
 * and at least one other mapped field, so totals rows and stray links below the table are not
 * counted as actions. Which columns are mapped is worked out once, and each row's cells are
 * looked at once, with no list made per row: every row of the plan passes through here.
 */
export function rowClassifier(grid: SheetGrid, columns: Partial<Record<ColumnRole, number>>, lastRow = grid.lastRow): (row: number) => RowKind {
  const width = Math.max(0, grid.lastColumn - grid.firstColumn + 1);
  const mapped = new Uint8Array(width);
  for (const role in columns) {
    const at = columns[role as ColumnRole]! - grid.firstColumn;
    if (at >= 0 && at < width) mapped[at] = 1;
  }
  return (row) => {
    let filledCount = 0;
    let firstFilled = 0;
    let filledMapped = 0;
    for (let c = grid.firstColumn; c <= grid.lastColumn; c++) {
      if (!grid.isFilled(row, c)) continue;
      if (filledCount++ === 0) firstFilled = c;
      filledMapped += mapped[c - grid.firstColumn];
    }
    if (filledCount === 0) return "blank";
    const summary = summaryRow(grid, row, columns, lastRow);
    if (summary) return summary;
    const identifies =
      (columns.task !== undefined && grid.text(row, columns.task) !== "") ||
      (columns.ref !== undefined && looksLikeRef(grid.text(row, columns.ref)));

    if (filledCount === 1 || (grid.isMergedAcross(row) && filledMapped <= 1)) {
      const text = grid.text(row, firstFilled);
      if (OUTCOME_ROW.test(text)) return "outcome";
      if (NOTE_ROW.test(text)) return "note";
      if (PRIORITY_HEADING.test(text)) return "priority";
      if (WORKSTREAM_HEADING.test(text)) return "workstream";
      // A sentence merged across the row is a note to the reader, not a heading (issue 10 cause 14).
      if (grid.isMergedAcross(row)) return isSentence(text) ? "note" : "workstream";
      if (columns.ref === firstFilled && looksLikeRef(text)) return "action";
      return "note";
    }
    return identifies && filledMapped >= 2 ? "action" : "note";
  };
}

/**
 * A summary row of a hierarchical export (Smartsheet, MS Project, Planner; issue 10 cause 5):
 * it carries roll-up dates and % complete but no owner or status, with its tasks grouped one
 * outline level below it, or its task names indented further than its own, or its task cell
 * names a numbered grouping (`Theme 2: ...`). It is a heading, never an action: judging it would
 * report a blank status the plan never had.
 */
function summaryRow(grid: SheetGrid, row: number, columns: Partial<Record<ColumnRole, number>>, lastRow: number): RowKind | null {
  if (columns.task === undefined) return null;
  const task = grid.text(row, columns.task);
  if (!task) return null;
  const blank = (role: ColumnRole) => columns[role] === undefined || grid.text(row, columns[role]!) === "";
  if (!blank("owner") || !blank("status")) return null;
  const level = grid.outlineLevel(row);
  const indent = grid.indentLevel(row, columns.task);
  if (level !== undefined || indent !== undefined) {
    let next = row + 1;
    while (next <= lastRow && grid.firstFilledColumn(next) === undefined) next++;
    if (next <= lastRow) {
      const below = grid.outlineLevel(next);
      if (level !== undefined && below !== undefined && below > level) return level <= 1 ? "workstream" : "priority";
      // Indented task names mirror outline levels: a plan that shows its hierarchy only by
      // indenting the children's names (Increase Indent) has its parents one indent to the left.
      const belowIndent = grid.indentLevel(next, columns.task);
      if (indent !== undefined && belowIndent !== undefined && belowIndent > indent && grid.text(next, columns.task) !== "") {
        return indent <= 1 ? "workstream" : "priority";
      }
    }
  }
  return NAMED_GROUP.test(task) ? "workstream" : null;
}
