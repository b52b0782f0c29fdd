import type { ColumnRole } from "./model";

/**
 * Header wordings seen in real plans and project-tool exports, by meaning (domain.md). Matching
 * is on normalised text (lower case, punctuation and extra spaces removed). Within a meaning the
 * names run from the most specific to the most generic: when two columns both name the task
 * exactly, `Task Name` or `Action` beats `Recommendation` or `Description`, which plans and
 * tools also use for the finding being answered or for free notes (issue 10 cause 1).
 */
export const COLUMN_NAMES: Record<ColumnRole, string[]> = {
  ref: ["ref no", "ref", "ref number", "reference", "action no", "action number", "action ref", "no", "id", "item", "task id"],
  task: [
    "task action",
    "task name",
    "action",
    "actions",
    "task",
    "action description",
    "what we will do",
    "activity",
    "title",
    "name",
    "recommendation",
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
    "resource names",
    "assignee",
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
    // Smartsheet and similar tools export the latest note as `Latest Comment`.
    "latest comment",
    "latest comments",
    "comments",
    "comment",
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
  workstream: ["workstream", "work stream", "theme", "bucket", "bucket name", "strand", "pillar", "section", "area"],
  priority: ["priority", "priority area", "sub theme", "objective"],
  startDate: ["start date", "start", "planned start", "baseline start", "actual start"],
  percentComplete: ["% complete", "percent complete", "% done", "progress %", "% progress"],
  completedDate: ["completed date", "date completed", "actual completion date", "actual finish", "completed on", "date closed"],
  lateFlag: ["late", "is late", "overdue flag", "late flag"],
};

/**
 * Words that mark a column as superseded by another of the same meaning (`Original deadline`
 * beside `Revised deadline`): it loses to the other when both match (issue 10 cause 3).
 */
export const SUPERSEDED_WORDS = /\b(?:original|baseline|initial|previous|old)\b/;

/**
 * Headers that look like a role's name but mean something else, so they must not be mapped
 * (`Completed Date` is when it finished, not when it is due; `Start` is not an end date).
 */
export const NOT_A_PLAN_COLUMN = ["created", "created date", "complete", "completed by", "created by"];
