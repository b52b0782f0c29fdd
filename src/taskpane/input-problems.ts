/**
 * Why what the user typed in a view's fields cannot be used yet: the pane's As at date and the
 * initials that sign a change. In a file of their own (no rules, no writers) because the Validate
 * and Board summary views check their fields on the first render, before anything is asked.
 */
import { parseIsoDate } from "../plan/dates";

/** Why an as-of date cannot be used, or null when it is a real `YYYY-MM-DD` date. */
export function asOfProblem(text: string): string | null {
  if (!text.trim()) return "Enter the As at date to judge the plan at.";
  return parseIsoDate(text.trim()) ? null : "Enter a real As at date (dd/mm/yyyy).";
}

/** Why initials cannot sign a change, or null: 1 to 4 letters, as update entries are signed. */
export function initialsProblem(text: string): string | null {
  return /^[A-Za-z]{1,4}$/.test(text.trim()) ? null : "Enter 1 to 4 letters, e.g. KJ.";
}
