import { useCallback, useEffect, useRef, useState } from "react";
import type { ColumnRole, Plan } from "../../plan/model";
import { WorkbookReadError, type WorkbookPort } from "../../plan/port";
import { readPlan } from "../../plan/read-plan";
import { isEmptyChoice, saveReading, savedReadOptions, type ReadingChoice } from "../../plan/reading-choice";
import type { WorkbookSnapshot } from "../../plan/snapshot";

type Columns = Partial<Record<ColumnRole, string>>;

export type PlanReaderState =
  | { status: "loading" }
  | {
      status: "error";
      message: string;
      /** The workbook read, when it was read but holds no plan the reader recognises (the chooser can still help). */
      snapshot?: WorkbookSnapshot;
      choice: ReadingChoice;
      saved: ReadingChoice;
    }
  | {
      status: "ready";
      snapshot: WorkbookSnapshot;
      plan: Plan;
      /** The choice in force (sheet, header row, columns); empty when the reader detected everything. */
      choice: ReadingChoice;
      /** The choice saved in the workbook, which every view reads by. */
      saved: ReadingChoice;
      /** The user's column corrections in force; empty when the detected mapping is used. */
      columns: Columns;
      /** Why the last correction could not be applied (the plan shown is the one before it). */
      correctionError?: string;
      /** Why saving the choice failed. */
      saveError?: string;
      saving?: boolean;
    };

function errorMessage(error: unknown): string {
  if (error instanceof WorkbookReadError) return error.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `The workbook could not be read: ${detail}`;
}

function read(snapshot: WorkbookSnapshot, choice: ReadingChoice): ReturnType<typeof readPlan> {
  try {
    return readPlan(snapshot, isEmptyChoice(choice) ? {} : choice);
  } catch (error) {
    return { ok: false, message: errorMessage(error) };
  }
}

/** Two choices say the same thing (the saved one is what every view reads by). */
export function sameChoice(a: ReadingChoice, b: ReadingChoice): boolean {
  return JSON.stringify([a.sheet, a.headerRow, a.columns ?? {}]) === JSON.stringify([b.sheet, b.headerRow, b.columns ?? {}]);
}

/**
 * Reads the open workbook through the port and finds its plan as the workbook's saved choice
 * says. A new choice (sheet, header row, columns) re-runs `readPlan` on the snapshot already read
 * (no new round trip to Excel) and shows the result; `save` keeps it in the workbook (one guarded
 * write) so every view reads the plan that way; `reload` reads the workbook again.
 */
export function usePlanReader(port: WorkbookPort) {
  const [state, setState] = useState<PlanReaderState>({ status: "loading" });
  // Only the latest read may update the state; an older one that finishes late is ignored.
  const latest = useRef(0);

  const load = useCallback(async () => {
    const request = ++latest.current;
    setState({ status: "loading" });
    let snapshot: WorkbookSnapshot;
    try {
      snapshot = await port.readSnapshot();
    } catch (error) {
      if (request === latest.current) setState({ status: "error", message: errorMessage(error), choice: {}, saved: {} });
      return;
    }
    if (request !== latest.current) return;
    const saved = savedReadOptions(snapshot) as ReadingChoice;
    const result = read(snapshot, saved);
    setState(
      result.ok
        ? { status: "ready", snapshot, plan: result.plan, choice: saved, saved, columns: saved.columns ?? {} }
        : { status: "error", message: result.message, snapshot, choice: saved, saved },
    );
  }, [port]);

  useEffect(() => {
    void load();
    return () => {
      latest.current++;
    };
  }, [load]);

  /** Re-reads the plan from the snapshot in hand with this choice. */
  const applyChoice = useCallback(
    (choice: ReadingChoice) => {
      if (state.status === "loading" || !("snapshot" in state) || !state.snapshot) return;
      const result = read(state.snapshot, choice);
      if (!result.ok) {
        if (state.status === "ready") setState({ ...state, correctionError: result.message });
        else setState({ ...state, choice, message: result.message });
        return;
      }
      setState({ status: "ready", snapshot: state.snapshot, plan: result.plan, choice, saved: state.saved, columns: choice.columns ?? {} });
    },
    [state],
  );

  /** Moves columns (the full mapping as letters); the sheet and header row chosen stay. */
  const applyColumns = useCallback(
    (columns: Columns) => {
      const current = state.status === "loading" ? {} : state.choice;
      applyChoice({ ...current, columns: Object.keys(columns).length ? columns : undefined });
    },
    [state, applyChoice],
  );

  /** Back to what the reader detects by itself (not saved until `save`). */
  const resetColumns = useCallback(() => applyChoice({}), [applyChoice]);

  /** Saves the choice in force in the workbook (or forgets it, when it is empty); then reads again. */
  const save = useCallback(async () => {
    if (state.status !== "ready") return;
    setState({ ...state, saving: true, saveError: undefined });
    try {
      await port.apply(saveReading(state.snapshot, state.choice));
    } catch (error) {
      setState({ ...state, saving: false, saveError: error instanceof Error ? error.message : String(error) });
      return;
    }
    await load();
  }, [state, port, load]);

  return { state, reload: load, applyChoice, applyColumns, resetColumns, save };
}
