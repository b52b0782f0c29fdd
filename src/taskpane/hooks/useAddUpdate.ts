import { useCallback, useRef, useState } from "react";
import { localTimestamp } from "../../plan/change-log";
import type { Action, IsoDate, Plan } from "../../plan/model";
import { ConflictError, type ConflictCell, type WorkbookPort } from "../../plan/port";
import { prepareUpdate } from "../../plan/prepare-update";
import type { WorkbookSnapshot } from "../../plan/snapshot";

/** What became of the last "Add update". */
export type AddOutcome =
  | { kind: "idle" }
  | { kind: "busy" }
  /** Written: the entry as appended, where, and the status change if any. */
  | { kind: "added"; ref: string | null; cell: string; entry: string; status?: { before: string; after: string } }
  /** Refused before anything was written (empty text, bad initials, too long, unknown status). */
  | { kind: "refused"; reason: string }
  /** Someone changed a guarded cell since the plan was read; nothing was written. */
  | { kind: "conflict"; conflicts: ConflictCell[] }
  /** Excel failed; the message says what and whether anything may have been written. */
  | { kind: "failed"; message: string };

/** One update as the user asked for it. */
export interface AddRequest {
  plan: Plan;
  snapshot: WorkbookSnapshot;
  action: Action;
  initials: string;
  text: string;
  date: IsoDate;
  /** A new status in the plan's wording, or undefined to keep it. */
  status?: string;
}

/**
 * Adds an update: the core prepares the guarded change set (the update cell, the status, the
 * change log), the port applies it in one call, then the plan is read again. After a conflict
 * the plan is read again too, so trying again appends to the text now in the cell.
 * `add` resolves to true when the update was written.
 */
export function useAddUpdate(port: WorkbookPort, refresh: () => Promise<void>, now: () => Date) {
  const [outcome, setOutcome] = useState<AddOutcome>({ kind: "idle" });
  const busy = useRef(false);

  const add = useCallback(
    async (request: AddRequest): Promise<boolean> => {
      if (busy.current) return false;
      const prepared = prepareUpdate(request.plan, request.snapshot, {
        target: { sheet: request.action.sheet, row: request.action.row },
        initials: request.initials,
        text: request.text,
        date: request.date,
        status: request.status,
        timestamp: localTimestamp(now()),
      });
      if (!prepared.ok) {
        setOutcome({ kind: "refused", reason: prepared.reason });
        return false;
      }
      busy.current = true;
      setOutcome({ kind: "busy" });
      try {
        await port.apply(prepared.changes);
      } catch (error) {
        busy.current = false;
        if (error instanceof ConflictError) {
          setOutcome({ kind: "conflict", conflicts: error.conflicts });
          await refresh();
        } else {
          setOutcome({ kind: "failed", message: error instanceof Error ? error.message : String(error) });
        }
        return false;
      }
      busy.current = false;
      const { action } = prepared;
      setOutcome({ kind: "added", ref: action.ref, cell: `${action.sheet}!${prepared.cell}`, entry: prepared.entry, status: prepared.status });
      await refresh();
      return true;
    },
    [port, refresh, now],
  );

  const reset = useCallback(() => setOutcome({ kind: "idle" }), []);

  return { outcome, add, reset };
}
