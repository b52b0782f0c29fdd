import { columnLetter } from "./cells";
import { COLUMN_NAMES, NOT_A_PLAN_COLUMN, SUPERSEDED_WORDS } from "./column-names";
import type { SheetGrid } from "./grid";
import type { ColumnRole, UpdateColumn } from "./model";
import { ROLE_NAMES, roleWords } from "./role-names";
import { normaliseHeader } from "./text";

/** How far down a sheet the header row may sit (title blocks, export details). */
export const HEADER_SEARCH_ROWS = 30;

/** A header row and the meaning of each of its columns. */
export interface HeaderMatch {
  row: number;
  columns: Partial<Record<ColumnRole, number>>;
  headers: Partial<Record<ColumnRole, string>>;
  /** Higher is better; comparable between rows and sheets. */
  score: number;
  /** Roles whose header matched a known name exactly. */
  exact: ColumnRole[];
  /** Period columns holding one update history, oldest first; `columns.update` is the latest. */
  updateColumns?: UpdateColumn[];
}

interface Candidate {
  role: ColumnRole;
  column: number;
  score: number;
  exact: boolean;
}

const ALL_ROLES = Object.keys(COLUMN_NAMES) as ColumnRole[];

/**
 * Scores one header cell against every role. An exact name beats any name the header only
 * contains; among exact names the more specific one (earlier in its list) wins, among contained
 * names the longest. A superseded (`Original deadline`) or hidden column scores below every
 * other match, so it is used only when nothing else names that meaning.
 */
function scoreHeader(header: string, column: number, demoted: boolean): Candidate[] {
  const norm = normaliseHeader(header);
  if (!norm || NOT_A_PLAN_COLUMN.includes(norm) || norm.length > 80) return [];
  const padded = ` ${norm} `;
  const found: Candidate[] = [];
  const superseded = demoted || SUPERSEDED_WORDS.test(norm);
  for (const role of ALL_ROLES) {
    let best = 0;
    let exact = false;
    const names = COLUMN_NAMES[role];
    for (const [index, name] of names.entries()) {
      if (norm === name) {
        best = 100 + (names.length - index);
        exact = true;
        break;
      }
      if (padded.includes(` ${name} `)) best = Math.max(best, name.length);
    }
    if (best > 0) found.push({ role, column, score: superseded ? best / 1000 : best, exact });
  }
  return found;
}

/** Maps the cells of one row to roles, each role and column used once, best matches first. */
export function matchHeaderRow(grid: SheetGrid, row: number): HeaderMatch {
  const candidates: Candidate[] = [];
  const hidden = new Set(grid.sheet.hiddenColumns ?? []);
  for (let c = grid.firstColumn; c <= grid.lastColumn; c++) {
    const text = grid.text(row, c);
    if (text && typeof grid.value(row, c) === "string") candidates.push(...scoreHeader(text, c, hidden.has(c)));
  }
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const columns: Partial<Record<ColumnRole, number>> = {};
  const headers: Partial<Record<ColumnRole, string>> = {};
  const usedColumns = new Set<number>();
  const exact: ColumnRole[] = [];
  let score = 0;
  for (const cand of candidates) {
    if (columns[cand.role] !== undefined || usedColumns.has(cand.column)) continue;
    columns[cand.role] = cand.column;
    headers[cand.role] = grid.text(row, cand.column);
    usedColumns.add(cand.column);
    if (cand.exact) exact.push(cand.role);
    score += cand.exact ? 3 : 2;
  }
  return { row, columns, headers, score, exact };
}

/** A header row must name the action (or its ref) and at least two other plan fields. */
export function isPlausibleHeader(match: HeaderMatch): boolean {
  const roles = Object.keys(match.columns) as ColumnRole[];
  const names = match.columns.task !== undefined || match.columns.ref !== undefined;
  const tracks = ["status", "endDate", "owner", "update", "rag"].some((r) => roles.includes(r as ColumnRole));
  return names && tracks && roles.length >= 3;
}

/** The best header row in the first rows of a sheet (or at a known row), if any. */
export function findHeaderRow(grid: SheetGrid, knownRow?: number): HeaderMatch | null {
  if (grid.isEmpty) return null;
  const rows =
    knownRow !== undefined
      ? [knownRow]
      : Array.from({ length: Math.min(HEADER_SEARCH_ROWS, grid.lastRow - grid.firstRow + 1) }, (_, i) => grid.firstRow + i);
  let best: HeaderMatch | null = null;
  for (const row of rows) {
    const match = matchHeaderRow(grid, row);
    if (!isPlausibleHeader(match)) continue;
    if (!best || match.score > best.score) best = match;
  }
  return best;
}

/** Describes a mapping in words, e.g. `Ref No → A, Task/Action → B`. */
export function describeColumns(match: Pick<HeaderMatch, "columns" | "headers">): string {
  return (Object.keys(match.columns) as ColumnRole[])
    .sort((a, b) => (match.columns[a] ?? 0) - (match.columns[b] ?? 0))
    .map((role) => {
      const header = match.headers[role];
      const letter = columnLetter(match.columns[role] ?? 0);
      // The plan's own header names the column; the meaning is added only when the header differs from it.
      return header && normaliseHeader(header) !== normaliseHeader(ROLE_NAMES[role]) ? `${header} → ${letter} (${roleWords(role)})` : `${header || ROLE_NAMES[role]} → ${letter}`;
    })
    .join(", ");
}
