/**
 * What one click of "Add update" runs: the core's guarded change set for the entry, the status
 * and the change log, and the change log's time. Loaded on demand by hooks/useAddUpdate.ts: the
 * Add update view's first screen (the selected action and the form) needs none of it.
 */
export { localTimestamp } from "../plan/change-log";
export { prepareUpdate } from "../plan/prepare-update";
