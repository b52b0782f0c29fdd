import { useCallback, useEffect, useRef, useState } from "react";
import type { Plan } from "../../plan/model";
import { WorkbookReadError, type WorkbookPort } from "../../plan/port";
import { readPlanAndSettings } from "../../plan/read-plan-and-settings";
import type { PlanSettings } from "../../plan/settings";
import type { WorkbookSnapshot } from "../../plan/snapshot";

/** The plan the view works on, and whether a fresh read is under way. */
export type LivePlanState =
  | { status: "loading" }
  | { status: "error"; message: string }
  | {
      status: "ready";
      snapshot: WorkbookSnapshot;
      plan: Plan;
      /** The council's thresholds saved in the workbook, over the defaults. */
      settings: PlanSettings;
      /** A re-read is under way; the plan shown is the previous one. */
      refreshing: boolean;
      /** Why the last re-read failed (the plan shown is the one before it). */
      refreshError?: string;
    };

function errorMessage(error: unknown): string {
  if (error instanceof WorkbookReadError) return error.message;
  return `The workbook could not be read: ${error instanceof Error ? error.message : String(error)}`;
}

type Loaded = { ok: true; snapshot: WorkbookSnapshot; plan: Plan; settings: PlanSettings } | { ok: false; message: string };

async function load(port: WorkbookPort): Promise<Loaded> {
  try {
    const snapshot = await port.readSnapshot();
    const result = readPlanAndSettings(snapshot);
    if (!result.ok) return { ok: false, message: result.message };
    return { ok: true, snapshot, plan: result.plan, settings: result.settings };
  } catch (error) {
    return { ok: false, message: errorMessage(error) };
  }
}

/**
 * Reads the plan through the port and re-reads it on demand. Unlike the first read, a re-read
 * (after an update, or after a conflict) keeps the plan on screen, so what the user typed and
 * the tab they are on survive it. `refresh` resolves with the new state.
 */
export function useLivePlan(port: WorkbookPort) {
  const [state, setState] = useState<LivePlanState>({ status: "loading" });
  // Only the latest read may update the state; an older one that finishes late is ignored.
  const latest = useRef(0);

  const read = useCallback(
    async (keepShown: boolean) => {
      const request = ++latest.current;
      setState((s) => (keepShown && s.status === "ready" ? { ...s, refreshing: true, refreshError: undefined } : { status: "loading" }));
      const result = await load(port);
      if (request !== latest.current) return;
      setState((s) => {
        if (result.ok) return { status: "ready", snapshot: result.snapshot, plan: result.plan, settings: result.settings, refreshing: false };
        if (keepShown && s.status === "ready") return { ...s, refreshing: false, refreshError: result.message };
        return { status: "error", message: result.message };
      });
    },
    [port],
  );

  useEffect(() => {
    void read(false);
    return () => {
      latest.current++;
    };
  }, [read]);

  /** Reads the workbook again, keeping the current plan on screen meanwhile. */
  const refresh = useCallback(() => read(true), [read]);
  /** Starts over (after a failed first read). */
  const retry = useCallback(() => read(false), [read]);

  return { state, refresh, retry };
}
