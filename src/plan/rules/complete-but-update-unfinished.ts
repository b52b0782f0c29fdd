import { completionClaim, unfinishedWork } from "../completion-language";
import { latestUpdate } from "../update-log";
import type { Rule } from "./types";
import { actionName, at } from "./wording";

export const completeButUpdateUnfinished: Rule = {
  id: "complete-but-update-unfinished",
  severity: "warning",
  title: "Complete, but the latest update says work goes on",
  description:
    "The status says complete while the latest update entry says the work is still under way (\"still awaiting sign-off\", \"not yet agreed\", \"yet to be signed\"; see completion-language.ts). A warning, not an error: the status may have been set ahead of a formality. An entry that also says the action is complete (\"... - action complete\") is taken at its word. Plans with no status column are not checked.",
  check({ plan, wording }, report) {
    for (const action of plan.actions) {
      if (!action.cells.status || action.status.canonical !== "complete") continue;
      const latest = latestUpdate(action);
      if (!latest || completionClaim(latest.text) === "complete") continue;
      const words = unfinishedWork(latest.text);
      if (!words) continue;
      const back = wording.inProgress ? `'${wording.inProgress}'` : "in progress";
      report(
        action,
        "status",
        `${actionName(action)} has status '${action.status.raw}'${at(action, "status")}, but its latest update${at(action, "update")} says the work goes on: "${words}". Check whether it is finished; if not, set the status back to ${back}.`,
      );
    }
  },
};
