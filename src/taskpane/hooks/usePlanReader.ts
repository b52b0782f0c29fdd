import { useCallback, useEffect, useRef, useState } from "react";
import type { ColumnRole, Plan } from "../../plan/model";
import { WorkbookReadError, type WorkbookPort } from "../../plan/port";
import { readPlan } from "../../plan/read-plan";
import type { WorkbookSnapshot } from "../../plan/snapshot";

type Columns = Partial<Record<ColumnRole, string>>;

export type PlanReaderState =
  | { status: "loading" }
  | { status: "error"; message: string }
  | {
      status: "ready";
      snapshot: WorkbookSnapshot;
      plan: Plan;
      /** The user's column corrections in force; empty when the detected mapping is used. */
      columns: Columns;
      /** Why the last correction could not be applied (the plan shown is the one before it). */
      correctionError?: string;
    };

function errorMessage(error: unknown): string {
  if (error instanceof WorkbookReadError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `The workbook could not be read: ${detail}`;
}

function hasCorrections(columns: Columns): boolean {
  return Object.keys(columns).length > 0;
}

/**
 * Reads the open workbook through the port and finds its plan. Corrections re-run `readPlan`
 * on the snapshot already read (no new round trip to Excel); `reload` reads the workbook again.
 */
export function usePlanReader(port: WorkbookPort) {
  const [state, setState] = useState<PlanReaderState>({ status: "loading" });
  const columnsRef = useRef<Columns>({});
  // Only the latest read may update the state; an older one that finishes late is ignored.
  const latest = useRef(0);

  const load = useCallback(async () => {
    const request = ++latest.current;
    setState({ status: "loading" });
    try {
      const snapshot = await port.readSnapshot();
      if (request !== latest.current) return;
      const columns = columnsRef.current;
      const result = readPlan(snapshot, hasCorrections(columns) ? { columns } : {});
      setState(
        result.ok ? { status: "ready", snapshot, plan: result.plan, columns } : { status: "error", message: result.message },
      );
    } catch (error) {
      if (request === latest.current) setState({ status: "error", message: errorMessage(error) });
    }
  }, [port]);

  useEffect(() => {
    void load();
    return () => {
      latest.current++;
    };
  }, [load]);

  /** Re-reads the plan from the snapshot in hand with these corrections. */
  const applyColumns = useCallback(
    (columns: Columns) => {
      if (state.status !== "ready") return;
      let result: ReturnType<typeof readPlan>;
      try {
        result = readPlan(state.snapshot, hasCorrections(columns) ? { columns } : {});
      } catch (error) {
        result = { ok: false, message: errorMessage(error) };
      }
      if (!result.ok) {
        setState({ ...state, correctionError: result.message });
        return;
      }
      columnsRef.current = columns;
      setState({ status: "ready", snapshot: state.snapshot, plan: result.plan, columns });
    },
    [state],
  );

  const resetColumns = useCallback(() => applyColumns({}), [applyColumns]);

  return { state, reload: load, applyColumns, resetColumns };
}
