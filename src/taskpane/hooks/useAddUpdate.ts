import { useCallback, useRef, useState } from "react";
import type { Action, IsoDate, Plan } from "../../plan/model";
import { ConflictError, type ConflictCell, type WorkbookPort } from "../../plan/port";
import type { WorkbookSnapshot } from "../../plan/snapshot";

/**
 * What "Add update" writes (the entry, the status, the change log) loads when it is first
 * clicked, fetched early when the browser is idle (prefetch): the form does not need it to show.
 */
const loadUpdateWriter = () => import(/* webpackChunkName: "update-writer", webpackPrefetch: true */ "../update-writer");

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
      let writer: Awaited<ReturnType<typeof loadUpdateWriter>>;
      try {
        writer = await loadUpdateWriter();
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        setOutcome({ kind: "failed", message: `The add-in's code for writing the update could not be loaded (${why}). Nothing was written. Check the connection and add the update again.` });
        return false;
      }
      // Checked again: another click may have started while the code was fetched.
      if (busy.current) return false;
      const { localTimestamp, prepareUpdate } = writer;
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
