import type { ColumnRole } from "./model";

/**
 * Header wordings seen in real plans and project-tool exports, by meaning (domain.md). Matching
 * is on normalised text (lower case, punctuation and extra spaces removed).
 */
export const COLUMN_NAMES: Record<ColumnRole, string[]> = {
  ref: ["ref no", "ref", "ref number", "reference", "action no", "action number", "action ref", "no", "id", "item", "task id"],
  task: [
    "task action",
    "action",
    "actions",
    "task",
    "task name",
    "recommendation",
    "what we will do",
    "action description",
    "activity",
    "title",
    "description",
  ],
  owner: [
    "role",
    "lead",
    "lead officer",
    "owner",
    "action owner",
    "responsible officer",
    "responsible",
    "who",
    "assigned to",
    "accountable officer",
  ],
  endDate: [
    "end date",
    "target date",
    "due date",
    "deadline",
    "by when",
    "timescale",
    "timescales",
    "completion date",
    "target completion date",
    "due",
    "finish",
    "finish date",
    "end",
  ],
  update: [
    "update on progress with actions",
    "update on progress",
    "progress update",
    "progress updates",
    "update",
    "updates",
    "commentary",
    "status update",
    "progress to date",
    "progress",
    "latest update",
    "comments",
    "notes",
  ],
  successMeasures: [
    "success measures",
    "success measure",
    "success criteria",
    "outcome",
    "outcomes",
    "evidence",
    "how will we know",
    "measures of success",
  ],
  status: ["status", "progress status", "current status", "action status"],
  rag: ["rag", "rag status", "rag rating", "brag", "brag status", "health", "rating"],
  workstream: ["workstream", "work stream", "theme", "bucket", "bucket name", "strand", "section", "area"],
  priority: ["priority", "priority area", "sub theme", "objective"],
};

/**
 * Headers that look like a role's name but mean something else, so they must not be mapped
 * (`Completed Date` is when it finished, not when it is due; `Start` is not an end date).
 */
export const NOT_A_PLAN_COLUMN = ["completed date", "date completed", "actual completion date", "start", "start date", "created", "created date", "percent complete", "complete"];
