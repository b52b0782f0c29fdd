/** What the column pickers offer: the plan sheet's columns with their header text. */
import { columnLetter, parseRange } from "../plan/cells";
import type { ColumnRole, Plan, PlanSheet } from "../plan/model";
import { ROLE_NAMES } from "../plan/role-names";
import type { WorkbookSnapshot } from "../plan/snapshot";

export interface ColumnChoice {
  /** `D` */
  letter: string;
  /** The header cell's text on the plan's header row; `""` when blank. */
  header: string;
}

/** Meanings the pane always lists, in the order a plan manager reads a row. */
const CORE_ROLES: readonly ColumnRole[] = ["ref", "task", "owner", "endDate", "update", "status", "rag", "successMeasures", "workstream", "priority"];
/** Completion fields project tools export: listed only when the plan has them (they are optional). */
const OPTIONAL_ROLES: readonly ColumnRole[] = ["startDate", "percentComplete", "completedDate", "lateFlag"];

/** Roles in the order the pane lists them, with the names a plan manager would use. */
export const ROLE_LABELS: ReadonlyArray<readonly [ColumnRole, string]> = CORE_ROLES.map((r) => [r, ROLE_NAMES[r]] as const);

/** The meanings to list for a plan sheet: the core ones, and the optional ones it has. */
export function roleLabels(planSheet: PlanSheet): ReadonlyArray<readonly [ColumnRole, string]> {
  return [...ROLE_LABELS, ...OPTIONAL_ROLES.filter((r) => planSheet.columns[r] !== undefined).map((r) => [r, ROLE_NAMES[r]] as const)];
}

/** Wider sheets list only their first columns (and any mapped column beyond them). */
const MAX_CHOICES = 104;

/** The sheet's used columns, A to its last, with the header text of each. */
export function columnChoices(snapshot: WorkbookSnapshot, planSheet: PlanSheet): ColumnChoice[] {
  const sheet = snapshot.sheets.find((s) => s.name === planSheet.sheet);
  if (!sheet || !sheet.address) return [];
  const bounds = parseRange(sheet.address);
  const headerCells = sheet.text[planSheet.headerRow - bounds.firstRow] ?? [];
  const mapped = Object.values(planSheet.columns);
  const last = Math.max(Math.min(bounds.lastColumn, MAX_CHOICES), ...mapped);
  const choices: ColumnChoice[] = [];
  for (let column = 1; column <= last; column++) {
    const header = column >= bounds.firstColumn ? (headerCells[column - bounds.firstColumn] ?? "") : "";
    choices.push({ letter: columnLetter(column), header: header.replace(/\s+/g, " ").trim() });
  }
  return choices;
}

/** `D · Lead Officer`, or `D (no header)`. */
export function choiceText(choice: ColumnChoice): string {
  return choice.header ? `${choice.letter} · ${choice.header}` : `${choice.letter} (no header)`;
}

/**
 * The full mapping as letters after the user moves `role` to `letter` (`""` = not used). Every
 * role is spelled out, so saved corrections are not lost, and a role that held the same column
 * gives it up.
 */
export function correctedColumns(
  planSheet: PlanSheet,
  role: ColumnRole,
  letter: string,
): Partial<Record<ColumnRole, string>> {
  const columns: Partial<Record<ColumnRole, string>> = {};
  for (const [r, column] of Object.entries(planSheet.columns) as [ColumnRole, number][]) {
    columns[r] = columnLetter(column);
  }
  if (letter) {
    for (const r of Object.keys(columns) as ColumnRole[]) if (columns[r] === letter) columns[r] = "";
  }
  columns[role] = letter;
  return columns;
}

/**
 * What an unmapped field shows: workstreams and priorities often come from heading rows (or,
 * in a plan of one sheet per workstream, from sheet names) rather than from a column.
 */
export function unmappedLabel(plan: Plan, role: ColumnRole): string {
  if (role === "workstream" || role === "priority") {
    if (plan.headings.some((h) => h.level === role)) return "From heading rows";
    if (role === "workstream" && plan.sheets.length > 1 && plan.workstreams.length > 0) return "From sheet names";
  }
  return "Not used";
}
