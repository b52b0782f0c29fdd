import { closedWithoutStatus } from "../rag";
import type { Rule } from "./types";
import { actionName, at } from "./wording";

export const lateFlagOnComplete: Rule = {
  id: "late-flag-on-complete",
  severity: "warning",
  title: "Late flag set on a complete action",
  description:
    "The late (overdue) flag says late on an action that is complete. Tools such as Planner clear the flag when a task is completed, so a flag still set usually means the status or the flag was not updated. A warning, not an error: some plans keep the flag to record that the action finished late.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      if (action.lateFlag?.late !== true) continue;
      const byStatus = action.status.canonical === "complete";
      const closedBy = byStatus ? null : closedWithoutStatus(action);
      if (!byStatus && !closedBy) continue;
      const closure = byStatus ? `has status '${action.status.raw}'${at(action, "status")}` : `is complete (${closedBy})`;
      report(
        action,
        "lateFlag",
        `${actionName(action)} ${closure}, but its late flag${at(action, "lateFlag")} says '${action.lateFlag.text}'. Clear the flag if the action is finished, or correct ${byStatus ? "the status" : "what says it is complete"} if it is not.`,
      );
    }
  },
};
