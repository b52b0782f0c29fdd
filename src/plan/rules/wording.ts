import type { Action } from "../model";

/** `1 day`, `8 days`. */
export function days(n: number): string {
  return `${n} day${n === 1 ? "" : "s"}`;
}

/** The end date as the cell shows it. */
export function endDateText(action: Action): string {
  if (action.endDate.kind === "date" && action.endDate.period) return `${action.endDate.text} (${action.endDate.period})`;
  return action.endDate.kind === "blank" ? "(blank)" : action.endDate.text;
}

/** `status is 'Not Started'` or `status is blank`. */
export function statusText(action: Action): string {
  return action.status.raw ? `status is '${action.status.raw}'` : "status is blank";
}

/** An entry quoted briefly. */
export function quote(text: string, max = 80): string {
  const t = text.replace(/\s+/g, " ").trim();
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
}

/** `rows 6 and 7`, `rows 10, 11 and 12`, `Plan row 4 and Finance row 9` (sheet named when they differ). */
export function listRows(actions: Action[]): string {
  const oneSheet = actions.every((a) => a.sheet === actions[0].sheet);
  const rows = actions.map((a) => (oneSheet ? `${a.row}` : `${a.sheet} row ${a.row}`));
  const list = rows.length > 1 ? `${rows.slice(0, -1).join(", ")} and ${rows[rows.length - 1]}` : rows[0];
  return oneSheet ? `rows ${list}` : list;
}
