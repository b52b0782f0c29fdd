/**
 * What Validate runs only when asked: the rules (validating the plan), one-click fixes and their
 * undo, and the change log's times and rows. Loaded on demand by hooks/useValidation.ts, in the
 * same chunk as the findings' display (components/ValidateReport.tsx): the view's first screen
 * is the Validate button and the last stamp, and needs none of it.
 */
export { localTimestamp, nextChangeLogRow } from "../plan/change-log";
export { prepareFixes } from "../plan/prepare-fixes";
export { prepareUndos } from "../plan/undo";
export { validatePlan } from "../plan/validate";
export { prepareFix } from "./validate-model";
