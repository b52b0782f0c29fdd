/**
 * Where the user says the plan is (sheet, header row, each meaning's column), saved in the
 * workbook's state (key `reading`) so every view, every copy of the pane and the command line
 * read the plan the same way. Saved only when the user asks, through the merged, guarded state
 * save every other setting uses.
 */
import type { ColumnRole } from "./model";
import type { ChangeSet } from "./port";
import { readPlan, type PlanReadResult, type ReadPlanOptions } from "./read-plan";
import type { WorkbookSnapshot } from "./snapshot";
import { readWorkbookState, saveWorkbookState, type WorkbookState } from "./state";

export const READING_KEY = "reading";

/** The user's choice of where the plan is; every part optional (absent = detect it). */
export interface ReadingChoice {
  sheet?: string;
  headerRow?: number;
  columns?: Partial<Record<ColumnRole, string>>;
}

/** The saved choice, checked: anything malformed is left out. */
export function savedReading(state: WorkbookState): ReadingChoice {
  const saved = state[READING_KEY] as ReadingChoice | null | undefined;
  if (!saved || typeof saved !== "object") return {};
  const choice: ReadingChoice = {};
  if (typeof saved.sheet === "string" && saved.sheet) choice.sheet = saved.sheet;
  if (Number.isInteger(saved.headerRow) && saved.headerRow! >= 1) choice.headerRow = saved.headerRow;
  if (saved.columns && typeof saved.columns === "object") {
    const columns: Partial<Record<ColumnRole, string>> = {};
    for (const [role, letter] of Object.entries(saved.columns)) if (typeof letter === "string" && /^[A-Z]{0,3}$/.test(letter)) columns[role as ColumnRole] = letter;
    if (Object.keys(columns).length > 0) choice.columns = columns;
  }
  return choice;
}

/** True when the choice says nothing (the reader detects everything). */
export function isEmptyChoice(choice: ReadingChoice): boolean {
  return choice.sheet === undefined && choice.headerRow === undefined && choice.columns === undefined;
}

/** The saved choice as reader options; a saved sheet that is gone (renamed, deleted) is ignored. */
export function savedReadOptions(snapshot: WorkbookSnapshot): ReadPlanOptions {
  const choice = savedReading(readWorkbookState(snapshot).state);
  if (choice.sheet !== undefined && !snapshot.sheets.some((s) => s.name === choice.sheet)) return choice.columns ? { columns: choice.columns } : {};
  return choice;
}

/** Reads the plan as the workbook's saved choice says, `options` (the command line's) on top. */
export function readPlanAsChosen(snapshot: WorkbookSnapshot, options: ReadPlanOptions = {}): PlanReadResult {
  const explicit = options.sheet !== undefined || options.headerRow !== undefined || options.columns !== undefined;
  return readPlan(snapshot, explicit ? options : savedReadOptions(snapshot));
}

/** The change set that saves `choice` (or forgets it, with null) in the workbook read as `snapshot`. */
export function saveReading(snapshot: WorkbookSnapshot, choice: ReadingChoice | null): ChangeSet {
  const { state } = readWorkbookState(snapshot);
  const next: WorkbookState = { ...state, [READING_KEY]: choice && !isEmptyChoice(choice) ? choice : undefined };
  return saveWorkbookState(next, snapshot);
}
