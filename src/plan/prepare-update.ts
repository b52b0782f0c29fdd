import { appendUpdate, styleForAction } from "./append-update";
import { CHANGE_LOG_ENSURE, changeLogWrite, type ChangeLogEntry } from "./change-log";
import { formatUk } from "./dates";
import type { Action, IsoDate, Plan } from "./model";
import type { ChangeSet, RangeWrite } from "./port";
import type { WorkbookSnapshot } from "./snapshot";
import { updateTarget } from "./update-target";

/** What a service manager asks for. */
export interface UpdateRequest {
  /** The action, by ref or by its sheet row. */
  target: { ref: string } | { sheet: string; row: number };
  initials: string;
  text: string;
  date: IsoDate;
  /** The as-of date (today): an entry dated after it is refused, since an update records what has happened. */
  asOf?: IsoDate;
  /** A new status, in (any case of) the plan's own wording. */
  status?: string;
  /** For the change log: `YYYY-MM-DD HH:MM`. */
  timestamp: string;
}

/** The change to make, or why not. */
export type PreparedUpdate =
  | {
      ok: true;
      action: Action;
      /** The cell the entry is written to (A1 on the action's sheet): in a plan with one column per period, the period's. */
      cell: string;
      changes: ChangeSet;
      newText: string;
      entry: string;
      status?: { before: string; after: string };
    }
  | { ok: false; reason: string };

function describe(action: Action): string {
  return `${action.sheet}!${action.cells.ref ?? `A${action.row}`} (row ${action.row}: "${action.task.slice(0, 50)}${action.task.length > 50 ? "…" : ""}")`;
}

/** Finds the one action a request names, or explains why it cannot. */
export function findAction(plan: Plan, target: UpdateRequest["target"]): { ok: true; action: Action } | { ok: false; reason: string } {
  if ("row" in target) {
    const action = plan.actions.find((a) => a.sheet === target.sheet && a.row === target.row);
    return action ? { ok: true, action } : { ok: false, reason: `Row ${target.row} of "${target.sheet}" is not an action row of the plan.` };
  }
  const wanted = target.ref.trim().toUpperCase();
  const matches = plan.actions.filter((a) => a.ref?.toUpperCase() === wanted);
  if (matches.length === 1) return { ok: true, action: matches[0] };
  if (matches.length === 0) return { ok: false, reason: `No action has the ref "${target.ref}".` };
  return { ok: false, reason: `The ref "${target.ref}" is used on ${matches.length} rows: ${matches.map(describe).join("; ")}. Correct the duplicate first, or choose the row.` };
}

/**
 * Prepares an update: the appended update cell (guarded by the text it was based on), an
 * optional status change in the plan's wording, and the change-log rows, as one change set.
 */
export function prepareUpdate(plan: Plan, snapshot: WorkbookSnapshot, request: UpdateRequest): PreparedUpdate {
  const found = findAction(plan, request.target);
  if (!found.ok) return found;
  const { action } = found;
  if (request.asOf !== undefined && request.date > request.asOf) {
    return { ok: false, reason: `The entry date ${formatUk(request.date)} is after ${formatUk(request.asOf)}; an update records what has happened.` };
  }
  // The action's update cell, or in a plan with one column per period the period's (update-target.ts).
  const target = updateTarget(action, request.date);
  if (!target.ok) return target;

  let status: { before: string; after: string } | undefined;
  if (request.status !== undefined && request.status.trim() !== "") {
    const wording = plan.statusVocabulary.find((s) => s.toLowerCase() === request.status!.trim().toLowerCase());
    if (!wording) return { ok: false, reason: `"${request.status}" is not one of the plan's statuses: ${plan.statusVocabulary.map((s) => `"${s}"`).join(", ")}.` };
    if (!action.cells.status) return { ok: false, reason: "The plan has no status column to write to." };
    if (wording !== action.status.raw) status = { before: action.status.raw, after: wording };
  }

  const appended = appendUpdate(target.text, { date: request.date, initials: request.initials, text: request.text }, styleForAction(action, plan));
  if (!appended.ok) return appended;

  const log = (field: string, cell: string, before: string, after: string): ChangeLogEntry => ({
    timestamp: request.timestamp,
    // Upper case, as appendUpdate writes them, so the log and the cell agree.
    initials: request.initials.trim().toUpperCase(),
    sheet: action.sheet,
    cell,
    ref: action.ref,
    field,
    before,
    after,
  });
  const writes: RangeWrite[] = [{ sheet: action.sheet, address: target.cell, values: [[appended.text]], asText: true, expectedText: [[target.text]] }];
  const entries = [log("update", target.cell, target.text, appended.text)];
  if (status) {
    writes.push({ sheet: action.sheet, address: action.cells.status!, values: [[status.after]], asText: true, expectedText: [[status.before]] });
    entries.push(log("status", action.cells.status!, status.before, status.after));
  }
  writes.push(changeLogWrite(snapshot, entries));
  return { ok: true, action, cell: target.cell, changes: { ensureSheets: [CHANGE_LOG_ENSURE], writes }, newText: appended.text, entry: appended.entry, status };
}
