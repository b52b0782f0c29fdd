import { completeButUpdateUnfinished } from "./complete-but-update-unfinished";
import { completeButZeroPercent } from "./complete-but-zero-percent";
import { completeEndDateTbc } from "./complete-end-date-tbc";
import { completedDateButOpen } from "./completed-date-but-open";
import { duplicateRef } from "./duplicate-ref";
import { endDateInvalid } from "./end-date-invalid";
import { endDateMissing } from "./end-date-missing";
import { endDateTbc } from "./end-date-tbc";
import { lateFlagOnComplete } from "./late-flag-on-complete";
import { missingRef } from "./missing-ref";
import { notStartedWithProgress } from "./not-started-with-progress";
import { overdueStatusNotDue } from "./overdue-status-not-due";
import { overdue } from "./overdue";
import { ownerMissing } from "./owner-missing";
import { parentCompleteChildrenOpen } from "./parent-complete-children-open";
import { percentCompleteButOpen } from "./percent-complete-but-open";
import { ragDisagrees } from "./rag-disagrees";
import { statusBlank } from "./status-blank";
import { statusPastEndDate } from "./status-past-end-date";
import { statusUnknown } from "./status-unknown";
import { subActionEndsAfterParent } from "./sub-action-ends-after-parent";
import { twoDigitYear } from "./two-digit-year";
import type { Rule } from "./types";
import { unknownInitials } from "./unknown-initials";
import { updateInFuture } from "./update-in-future";
import { updateMaySayComplete } from "./update-may-say-complete";
import { updateNoInitials } from "./update-no-initials";
import { updateSaysComplete } from "./update-says-complete";
import { updateStale } from "./update-stale";
import { updateUndated } from "./update-undated";
import { updatesOutOfOrder } from "./updates-out-of-order";

/** Every validation rule, in the order the catalogue documents them. */
export const RULES: readonly Rule[] = [
  overdue,
  statusPastEndDate,
  overdueStatusNotDue,
  updateSaysComplete,
  updateMaySayComplete,
  percentCompleteButOpen,
  completedDateButOpen,
  completeButZeroPercent,
  completeButUpdateUnfinished,
  lateFlagOnComplete,
  notStartedWithProgress,
  parentCompleteChildrenOpen,
  subActionEndsAfterParent,
  duplicateRef,
  missingRef,
  ownerMissing,
  endDateTbc,
  completeEndDateTbc,
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
