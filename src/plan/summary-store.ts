import type { Rating } from "./rag";
import type { WorkbookState } from "./state";
import type { ActionSnapshot, SummarySnapshot } from "./summary";

/**
 * Where the board summaries' snapshots live in the workbook state (key `summaries`), and how.
 * Only the latest few are kept, column by column and without task text, because the state sheet
 * is read with the plan on every open: 20,000 actions take about 0.8 MB a snapshot this way
 * instead of 3 MB, which keeps the read under Excel on the web's 5 MB limit.
 */
export const SUMMARIES_KEY = "summaries";
/** The comparison needs only the previous summary; a few more allow re-running an earlier date. */
export const KEPT_SUMMARIES = 3;

/** A stored snapshot: parallel columns, one entry per action. */
interface StoredSummary {
  asOf: string;
  /** Identity keys (`ref:81A`, numbered when a ref repeats). */
  k: string[];
  /** One letter per action: b g a r x (grey). */
  r: string;
  /** One digit per action: 1 when complete. */
  c: string;
  /** End dates (`YYYY-MM-DD`) or null. */
  e: (string | null)[];
  /** End dates as the cell showed them, or null. */
  t: (string | null)[];
}

const LETTER: Record<Rating, string> = { blue: "b", green: "g", amber: "a", red: "r", grey: "x" };
const RATING: Record<string, Rating> = { b: "blue", g: "green", a: "amber", r: "red", x: "grey" };

function encode(s: SummarySnapshot): StoredSummary {
  return {
    asOf: s.asOf,
    k: s.actions.map((a) => a.key),
    r: s.actions.map((a) => LETTER[a.rating]).join(""),
    c: s.actions.map((a) => (a.complete ? "1" : "0")).join(""),
    e: s.actions.map((a) => a.endDate),
    t: s.actions.map((a) => a.endDateText),
  };
}

function decode(s: StoredSummary): SummarySnapshot | null {
  const n = s.k.length;
  if (s.r.length !== n || s.c.length !== n || s.e.length !== n || s.t.length !== n) return null;
  const actions: ActionSnapshot[] = s.k.map((key, i) => ({
    key,
    ref: key.startsWith("ref:") ? key.slice(4).replace(/#\d+$/, "") : null,
    task: "",
    rating: RATING[s.r[i]] ?? "grey",
    complete: s.c[i] === "1",
    endDate: s.e[i],
    endDateText: s.t[i],
  }));
  return { asOf: s.asOf, actions };
}

function isStored(x: unknown): x is StoredSummary {
  const s = x as StoredSummary;
  return typeof s === "object" && s !== null && typeof s.asOf === "string" && Array.isArray(s.k) && typeof s.r === "string" && typeof s.c === "string" && Array.isArray(s.e) && Array.isArray(s.t);
}

/** The stored summary snapshots, oldest first; anything damaged is left out. */
export function storedSummaries(state: WorkbookState): SummarySnapshot[] {
  const saved = state[SUMMARIES_KEY];
  if (!Array.isArray(saved)) return [];
  return saved.filter(isStored).map(decode).filter((s): s is SummarySnapshot => s !== null);
}

/** The state with `snapshot` stored: a same-date one replaced, sorted by date, the latest kept. */
export function withSummary(state: WorkbookState, snapshot: SummarySnapshot): WorkbookState {
  const kept = [...storedSummaries(state).filter((s) => s.asOf !== snapshot.asOf), snapshot]
    .sort((a, b) => (a.asOf < b.asOf ? -1 : 1))
    .slice(-KEPT_SUMMARIES);
  return { ...state, [SUMMARIES_KEY]: kept.map(encode) };
}

/**
 * The board summary sheets the add-in drew (key `summarySheets`), each with the fingerprint of
 * what it wrote (see sheet-fingerprint.ts), so re-creating a summary can offer to replace the
 * add-in's own sheet, and only while that sheet is exactly as the add-in left it.
 */
export const SUMMARY_SHEETS_KEY = "summarySheets";
/** Enough for a year of monthly boards; older sheets are kept in the workbook, only forgotten here. */
export const KEPT_SUMMARY_SHEETS = 12;

/** A summary sheet the add-in drew. */
export interface WrittenSummarySheet {
  name: string;
  asOf: string;
  /** `specFingerprint` of the sheet as drawn. */
  fingerprint: string;
}

function isWritten(x: unknown): x is WrittenSummarySheet {
  const s = x as WrittenSummarySheet;
  return typeof s === "object" && s !== null && typeof s.name === "string" && typeof s.asOf === "string" && typeof s.fingerprint === "string";
}

/** The summary sheets the add-in recorded drawing, oldest first; anything damaged is left out. */
export function writtenSummarySheets(state: WorkbookState): WrittenSummarySheet[] {
  const saved = state[SUMMARY_SHEETS_KEY];
  return Array.isArray(saved) ? saved.filter(isWritten) : [];
}

/** The state with `sheet` recorded (a record of the same name replaced), the latest kept. */
export function withSummarySheet(state: WorkbookState, sheet: WrittenSummarySheet): WorkbookState {
  const kept = [...writtenSummarySheets(state).filter((s) => s.name.toLowerCase() !== sheet.name.toLowerCase()), sheet].slice(-KEPT_SUMMARY_SHEETS);
  return { ...state, [SUMMARY_SHEETS_KEY]: kept };
}
