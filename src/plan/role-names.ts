import type { ColumnRole } from "./model";

/**
 * Each column meaning in the words a programme manager uses, never the reader's internal id
 * (`endDate`): what the pane and the reader's reasons call a column when the plan's own header
 * does not name it. Capitalised as a label; `roleWords` gives the lower-case form for sentences.
 */
export const ROLE_NAMES: Readonly<Record<ColumnRole, string>> = {
  ref: "Reference",
  task: "Action",
  owner: "Owner",
  endDate: "End date",
  update: "Update on progress",
  status: "Status",
  rag: "RAG",
  successMeasures: "Success measures",
  workstream: "Workstream",
  priority: "Priority",
  startDate: "Start date",
  percentComplete: "% complete",
  completedDate: "Completed date",
  lateFlag: "Late flag",
};

/** The meaning in a sentence: `end date`, `RAG` (an acronym stays as it is). */
export function roleWords(role: ColumnRole): string {
  const name = ROLE_NAMES[role];
  return name === name.toUpperCase() ? name : name.charAt(0).toLowerCase() + name.slice(1);
}
