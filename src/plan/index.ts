/** The plan core: pure TypeScript, no Office.js, React or file access. */
export * from "./model";
export * from "./snapshot";
export * from "./port";
export * from "./cells";
export { readPlan, type ReadPlanOptions, type PlanReadResult } from "./read-plan";
export { readWorkbookState, saveWorkbookState, stateRowCount, type WorkbookState } from "./state";
export { STATE_SHEET, CHANGE_LOG_SHEET, isOwnSheet } from "./own-sheets";
export { planOverview, NO_WORKSTREAM, type PlanOverview } from "./plan-overview";
export { validatePlan, actionsByRef, type ValidationReport } from "./validate";
export { RULES, type Finding, type Fix, type Rule, type Severity } from "./rules";
export { deriveRag, daysOverdue, isClosed, type Rating, type RagResult } from "./rag";
export { DEFAULT_SETTINGS, resolveSettings, type PlanSettings } from "./settings";
export { appendUpdate, styleForAction, detectUpdateStyle, formatEntryDate, CELL_CHARACTER_LIMIT, type UpdateStyle, type AppendResult } from "./append-update";
export { prepareUpdate, findAction, type UpdateRequest, type PreparedUpdate } from "./prepare-update";
export { CHANGE_LOG_HEADER, changeLogWrite, localTimestamp, type ChangeLogEntry } from "./change-log";
export { chaseList, NO_OWNER, type ChaseGroup, type ChaseItem } from "./chase";
export { isStale, lastEntryDate } from "./staleness";
export { buildSummary, previousSnapshot, overallRating, type SummaryModel, type SummarySnapshot, type WorkstreamSummary, type SummaryException, type SummaryChanges, type RagCounts } from "./summary";
