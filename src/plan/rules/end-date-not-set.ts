import { isClosed } from "../rag";
import type { Rule } from "./types";

export const endDateTbc: Rule = {
  id: "end-date-tbc",
  severity: "warning",
  title: "End date TBC",
  description: "An open action's end date is still to be confirmed, so it cannot be judged on time or late.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      if (action.endDate.kind === "tbc" && !isClosed(action)) report(action, "endDate", `End date is '${action.endDate.text}'.`);
    }
  },
};

export const endDateMissing: Rule = {
  id: "end-date-missing",
  severity: "warning",
  title: "No end date",
  description: "An open action has a blank end date.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      if (action.cells.endDate && action.endDate.kind === "blank" && !isClosed(action)) report(action, "endDate", "End date is blank.");
    }
  },
};

export const endDateInvalid: Rule = {
  id: "end-date-invalid",
  severity: "error",
  title: "End date is not a date",
  description: "The end date cell holds text that is not a date (\"LSCB Chair\") or an impossible date (31/02/2022).",
  check({ plan }, report) {
    for (const action of plan.actions) {
      if (action.endDate.kind === "invalid") report(action, "endDate", /^not a date$/i.test(action.endDate.reason) ? `End date '${action.endDate.text}' is not a date.` : `End date '${action.endDate.text}' is not a date: ${action.endDate.reason}.`);
    }
  },
};

export const twoDigitYear: Rule = {
  id: "two-digit-year",
  severity: "info",
  title: "Two-digit year",
  description: "The end date is typed with a two-digit year (31/07/15); it was read as 20yy.",
  check({ plan }, report) {
    for (const action of plan.actions) {
      if (action.endDate.kind === "date" && action.endDate.twoDigitYear) report(action, "endDate", `End date '${action.endDate.text}' has a two-digit year; read as ${action.endDate.date.slice(0, 4)}.`);
    }
  },
};
