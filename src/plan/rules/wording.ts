import type { Action } from "../model";

/** `1 day`, `8 days`. */
export function days(n: number): string {
  return `${n} day${n === 1 ? "" : "s"}`;
}

/** The end date as the cell shows it. */
export function endDateText(action: Action): string {
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
