import { duplicateRef } from "./duplicate-ref";
import { endDateInvalid, endDateMissing, endDateTbc, twoDigitYear } from "./end-date-not-set";
import { missingRef } from "./missing-ref";
import { notStartedWithProgress } from "./not-started-with-progress";
import { overdue } from "./overdue";
import { overdueStatusNotDue } from "./overdue-status-not-due";
import { ownerMissing } from "./owner-missing";
import { parentCompleteChildrenOpen } from "./parent-complete-children-open";
import { ragDisagrees } from "./rag-disagrees";
import { statusBlank, statusUnknown } from "./status-vocabulary";
import { statusPastEndDate } from "./status-past-end-date";
import { subActionEndsAfterParent } from "./sub-action-ends-after-parent";
import type { Rule } from "./types";
import { unknownInitials, updateInFuture, updateNoInitials, updatesOutOfOrder, updateStale, updateUndated } from "./update-log";
import { updateMaySayComplete, updateSaysComplete } from "./update-says-complete";

/** Every validation rule, in the order the catalogue documents them. */
export const RULES: readonly Rule[] = [
  overdue,
  statusPastEndDate,
  overdueStatusNotDue,
  updateSaysComplete,
  updateMaySayComplete,
  notStartedWithProgress,
  parentCompleteChildrenOpen,
  subActionEndsAfterParent,
  duplicateRef,
  missingRef,
  ownerMissing,
  endDateTbc,
  endDateMissing,
  endDateInvalid,
  twoDigitYear,
  statusBlank,
  statusUnknown,
  ragDisagrees,
  updateUndated,
  updateNoInitials,
  unknownInitials,
  updateInFuture,
  updatesOutOfOrder,
  updateStale,
];

export type { Finding, Fix, Rule, RuleContext, Severity } from "./types";
