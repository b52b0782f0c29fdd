import { formatUk } from "../dates";
import { isClosed } from "../rag";
import type { Rule } from "./types";
import { actionName, at } from "./wording";

export const completeEndDateTbc: Rule = {
  id: "complete-end-date-tbc",
  severity: "info",
  title: "Complete, end date still TBC",
  description:
    "A complete action whose end date is still to be confirmed. Nothing is late, so it is a note: recording when it was completed lets the board see what was delivered in each period. Standing end dates (Ongoing, Monthly) are not TBC and are left alone.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      if (action.endDate.kind !== "tbc" || action.endDate.standing || action.status.canonical === "cancelled" || !isClosed(action)) continue;
      const known = action.completedDate?.kind === "date" ? `: the completed date${action.cells.completedDate ? ` in ${action.cells.completedDate}` : ""} says ${formatUk(action.completedDate.date)}` : "";
      report(action, "endDate", `${actionName(action)} is complete, but its end date${at(action, "endDate")} is still '${action.endDate.text}'. Record the completion date${known}.`);
    }
  },
};
