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

/** One saved key's rows on the state sheet, in Part order. */
interface SavedKey {
  rows: number[];
  json: string;
}

/** The saved keys and their rows, and the rows free for reuse (no key), from a snapshot. */
function savedRows(snapshot: WorkbookSnapshot): { keys: Map<string, SavedKey>; free: number[]; lastRow: number; text: (row: number, column: number) => string } {
  const sheet = snapshot.sheets.find((s) => s.name === STATE_SHEET);
  const keys = new Map<string, SavedKey>();
  const free: number[] = [];
  if (!sheet) return { keys, free, lastRow: 1, text: () => "" };
  const grid = new SheetGrid(sheet);
  // Exactly what the adapter read, untrimmed: the guard compares it with what Excel shows now.
  const text = (row: number, column: number) => sheet.text[row - grid.firstRow]?.[column - grid.firstColumn] ?? "";
  const parts = new Map<string, { row: number; part: number; text: string }[]>();
  for (let row = 2; row <= grid.lastRow; row++) {
    const key = grid.text(row, 1);
    if (!key) {
      free.push(row);
      continue;
    }
    const list = parts.get(key) ?? [];
    list.push({ row, part: Number(grid.value(row, 2)) || 0, text: grid.rawText(row, 3) });
    parts.set(key, list);
  }
  for (const [key, list] of parts) {
    list.sort((x, y) => x.part - y.part);
    keys.set(key, { rows: list.map((p) => p.row), json: list.map((p) => p.text).join("") });
  }
  return { keys, free, lastRow: Math.max(1, grid.lastRow), text };
}

/** A value's JSON cut into parts of at most `PART_LENGTH` characters (at least one part). */
function parts(json: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < json.length || out.length === 0; i += PART_LENGTH) out.push(json.slice(i, i + PART_LENGTH));
  return out;
}

/**
 * The change set that saves `state`.
 *
 * Given the snapshot the state was read from, the save is merged, not a rewrite: only the rows of
 * keys whose value changed are written (a key that grew takes free rows, then rows below the
 * last; one that shrank or was removed blanks its spare rows), and every written row is guarded
 * by the text it had in that snapshot, like any other cell the add-in writes. So two people
 * saving at once either touch different keys (both kept) or the second is refused with a
 * `ConflictError` and writes nothing: the sheet is never left with a mix of both.
 *
 * Given a row count instead (older callers), the whole state is written from A2, unguarded, and
 * rows past it blanked.
 */
export function saveWorkbookState(state: WorkbookState, basis: number | WorkbookSnapshot): ChangeSet {
  const ensureSheets = [{ name: STATE_SHEET, visibility: "VeryHidden" as const, header: STATE_HEADER }];
  if (typeof basis === "number") return { ensureSheets, writes: wholeStateWrites(state, basis) };
  const { keys, free, lastRow, text } = savedRows(basis);
  let next = lastRow + 1;
  const take = (): number => (free.length > 0 ? free.shift()! : next++);
  const rows = new Map<number, (string | number)[]>();
  const names = new Set([...Object.keys(state), ...keys.keys()]);
  for (const key of [...names].sort()) {
    const saved = keys.get(key);
    const json = state[key] === undefined ? undefined : JSON.stringify(state[key]);
    if (json === saved?.json) continue;
    const wanted = json === undefined ? [] : parts(json);
    const own = [...(saved?.rows ?? [])];
    wanted.forEach((value, part) => rows.set(own.length > 0 ? own.shift()! : take(), [key, part, value]));
    for (const spare of own) rows.set(spare, ["", "", ""]);
  }
  const writes = [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([row, values]) => ({
      sheet: STATE_SHEET,
      address: `A${row}`,
      values: [values],
      asText: true,
      expectedText: [[text(row, 1), text(row, 2), text(row, 3)]],
    }));
  return { ensureSheets, writes };
}

/** The whole state from A2, rows past it up to `previousRows` blanked. */
function wholeStateWrites(state: WorkbookState, previousRows: number): ChangeSet["writes"] {
  const rows: (string | number)[][] = [];
  for (const key of Object.keys(state).sort()) {
    if (state[key] === undefined) continue;
    parts(JSON.stringify(state[key])).forEach((value, part) => rows.push([key, part, value]));
  }
  while (rows.length < previousRows) rows.push(["", "", ""]);
  return rows.length ? [{ sheet: STATE_SHEET, address: "A2", values: rows, asText: true }] : [];
}

/** Rows the saved state occupies below its header. */
export function stateRowCount(snapshot: WorkbookSnapshot): number {
  const sheet = snapshot.sheets.find((s) => s.name === STATE_SHEET);
  return sheet ? Math.max(0, new SheetGrid(sheet).lastRow - 1) : 0;
}
