/** Sheets the add-in itself writes; the plan reader never mistakes them for the plan. */

/** Very hidden sheet holding the workbook's saved settings (see state.ts). */
export const STATE_SHEET = "ActionPlanAssistant";
/** Audit trail of every change the add-in made. */
export const CHANGE_LOG_SHEET = "Plan change log";
/** Board summary sheets are named `RAG YYYY-MM-DD` (a suffix is added when the name is taken). */
export const SUMMARY_SHEET_PATTERN = /^RAG \d{4}-\d{2}-\d{2}/;

/** True for a sheet the add-in wrote. */
export function isOwnSheet(name: string): boolean {
  return name === STATE_SHEET || name === CHANGE_LOG_SHEET || SUMMARY_SHEET_PATTERN.test(name);
}

/** Sheet names that say the sheet is not the plan itself (cover, summary, glossary...). */
export const NOT_PLAN_SHEET = /^(cover|front ?page|contents|index|instructions|read ?me|guidance|glossary|key|lookups?|lists?|summary|dashboard|people|contacts)\b/i;
