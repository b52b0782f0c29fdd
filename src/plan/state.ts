import { SheetGrid } from "./grid";
import type { ColumnRole } from "./model";
import { STATE_SHEET } from "./own-sheets";
import type { ChangeSet } from "./port";
import type { WorkbookSnapshot } from "./snapshot";

/**
 * What the add-in keeps in the workbook so every copy (pane or CLI) behaves alike.
 *
 * Format: a very hidden worksheet `ActionPlanAssistant` with the header `Key | Part | Value`
 * and one row per key (more when a value is longer than a cell may hold): Value is JSON text,
 * split into parts of at most `PART_LENGTH` characters, joined in Part order. A very hidden
 * sheet is chosen over Office document settings because settings live in the add-in's
 * web-extension part, which the file adapter would have to parse and rewrite itself, while a
 * sheet is read and written by both adapters through the same cells.
 */
export interface WorkbookState {
  /** Column corrections made by the user, per plan sheet, as column letters. */
  columns?: Record<string, Partial<Record<ColumnRole, string>>>;
  [key: string]: unknown;
}

/** Each cell stays well under Excel's 32,767-character limit. */
export const PART_LENGTH = 30000;
export const STATE_HEADER = ["Key", "Part", "Value"];

/** Reads the saved state; a missing or damaged sheet gives an empty state and the reasons. */
export function readWorkbookState(snapshot: WorkbookSnapshot): { state: WorkbookState; problems: string[] } {
  const sheet = snapshot.sheets.find((s) => s.name === STATE_SHEET);
  const state: WorkbookState = {};
  const problems: string[] = [];
  if (!sheet) return { state, problems };
  const grid = new SheetGrid(sheet);
  const parts = new Map<string, { part: number; text: string }[]>();
  for (let row = 2; row <= grid.lastRow; row++) {
    const key = grid.text(row, 1);
    if (!key) continue;
    const list = parts.get(key) ?? [];
    list.push({ part: Number(grid.value(row, 2)) || 0, text: grid.rawText(row, 3) });
    parts.set(key, list);
  }
  for (const [key, list] of parts) {
    const json = list
      .sort((a, b) => a.part - b.part)
      .map((p) => p.text)
      .join("");
    try {
      state[key] = JSON.parse(json);
    } catch {
      problems.push(`${STATE_SHEET}: the saved value "${key}" is damaged and was ignored.`);
    }
  }
  return { state, problems };
}

/**
 * The change set that saves `state`, replacing what was saved before (`previousRows` is the
 * number of rows the old state used, so stale rows are blanked rather than left behind).
 */
export function saveWorkbookState(state: WorkbookState, previousRows: number): ChangeSet {
  const rows: (string | number)[][] = [];
  for (const key of Object.keys(state).sort()) {
    if (state[key] === undefined) continue;
    const json = JSON.stringify(state[key]);
    for (let part = 0, i = 0; i < json.length || part === 0; part++, i += PART_LENGTH) {
      rows.push([key, part, json.slice(i, i + PART_LENGTH)]);
    }
  }
  while (rows.length < previousRows) rows.push(["", "", ""]);
  return {
    ensureSheets: [{ name: STATE_SHEET, visibility: "VeryHidden", header: STATE_HEADER }],
    writes: rows.length ? [{ sheet: STATE_SHEET, address: "A2", values: rows, asText: true }] : [],
  };
}

/** Rows the saved state occupies below its header. */
export function stateRowCount(snapshot: WorkbookSnapshot): number {
  const sheet = snapshot.sheets.find((s) => s.name === STATE_SHEET);
  return sheet ? Math.max(0, new SheetGrid(sheet).lastRow - 1) : 0;
}
