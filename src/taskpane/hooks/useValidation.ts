import { useCallback, useEffect, useRef, useState } from "react";
import type { IsoDate, Plan } from "../../plan/model";
import { type ChangeSet, ConflictError, WorkbookReadError, type WorkbookPort } from "../../plan/port";
import { readPlanAndSettings } from "../../plan/read-plan-and-settings";
import type { Finding } from "../../plan/rules";
import type { PlanSettings } from "../../plan/settings";
import type { WorkbookSnapshot } from "../../plan/snapshot";
import type { ValidationReport } from "../../plan/validate";
import { readStamp, stampChanges, type ValidationStamp } from "../validate-stamp";

/**
 * The rules, fixes and undo load when the plan is first validated, with the findings' display
 * (the same chunk: components/ValidateReport.tsx), fetched early when the browser is idle.
 */
export const loadValidateEngine = () => import(/* webpackChunkName: "validate-report" */ "../validate-engine");
type ValidateEngine = Awaited<ReturnType<typeof loadValidateEngine>>;

/** Why the checks could not be loaded, in words fit to show. */
function engineError(error: unknown): string {
  return `The add-in's checks could not be loaded (${describe(error)}). Nothing was written. Check the connection and try again.`;
}

/** A validation run's result, with what it was computed from (a fix needs both). */
export interface ValidationResult {
  report: ValidationReport;
  snapshot: WorkbookSnapshot;
  plan: Plan;
  settings: PlanSettings;
}

export interface ValidationState {
  /** A run (read, validate, save the stamp) is under way. */
  running: boolean;
  /** The last run's result; kept on screen while the next run is under way. */
  result: ValidationResult | null;
  /** Why the last run failed: the workbook could not be read, or holds no plan. */
  error: string | null;
  /** The last stamp: read from the workbook when the view opens, then each run's own. */
  stamp: ValidationStamp | null;
  /** Why the last run's stamp could not be saved (the findings are still valid). */
  stampError: string | null;
}

/** What became of a fix. */
export type FixOutcome =
  | { ok: true; message: string; /** The change-log rows the change wrote, for Undo. */ logRows: number[] }
  | { ok: false; conflict: boolean; message: string };

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Writes a fix, fix-all or undo change set; null when written, else the outcome to show (a
 * co-author's edit since the read is a conflict: nothing of theirs is overwritten).
 */
async function applyChanges(port: WorkbookPort, changes: ChangeSet): Promise<FixOutcome | null> {
  try {
    await port.apply(changes);
    return null;
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, conflict: true, message: error.message };
    return { ok: false, conflict: false, message: describe(error) };
  }
}

function readError(error: unknown): string {
  if (error instanceof WorkbookReadError) return error.message;
  return `The workbook could not be read: ${describe(error)}`;
}

/**
 * Validates the open workbook's plan through the port: each run costs one `readSnapshot`, then
 * one `apply` to save the stamp in the workbook's state, signed with the user's initials ("" when
 * they have given none). Opening the view reads the workbook once to show the last stamp.
 */
export function useValidation(port: WorkbookPort) {
  const [state, setState] = useState<ValidationState>({ running: false, result: null, error: null, stamp: null, stampError: null });
  // Only the latest run may update the state; one that finishes late is ignored.
  const latest = useRef(0);
  const resultRef = useRef<ValidationResult | null>(null);

  useEffect(() => {
    let live = true;
    const opened = latest.current;
    port
      .readSnapshot()
      .then((snapshot) => {
        const stamp = readStamp(snapshot);
        // A run started meanwhile knows better.
        if (live && latest.current === opened && stamp) setState((s) => ({ ...s, stamp }));
      })
      .catch(() => undefined); // no stamp to show; a run will say what is wrong
    return () => {
      live = false;
    };
  }, [port]);

  const validate = useCallback(
    async (asOf: IsoDate, by: string, saveStamp = true): Promise<void> => {
      const request = ++latest.current;
      setState((s) => ({ ...s, running: true, error: null, stampError: null }));
      // The checks are fetched while the workbook is read (usually cached already: prefetched).
      const engineLoad = loadValidateEngine();
      engineLoad.catch(() => undefined); // met again below, where it is reported
      let result: ValidationResult;
      let engine: ValidateEngine;
      try {
        const snapshot = await port.readSnapshot();
        const read = readPlanAndSettings(snapshot);
        if (!read.ok) throw new WorkbookReadError(read.message);
        try {
          engine = await engineLoad;
        } catch (error) {
          if (request === latest.current) setState((s) => ({ ...s, running: false, error: engineError(error) }));
          return;
        }
        result = { snapshot, plan: read.plan, settings: read.settings, report: engine.validatePlan(read.plan, asOf, read.settings) };
      } catch (error) {
        if (request === latest.current) setState((s) => ({ ...s, running: false, error: readError(error) }));
        return;
      }
      if (request !== latest.current) return;
      const stamp: ValidationStamp = {
        by: by.trim(),
        at: engine.localTimestamp(new Date()),
        asOf,
        counts: result.report.counts,
      };
      resultRef.current = result;
      setState((s) => ({ ...s, result, stamp: saveStamp ? stamp : s.stamp }));
      let stampError: string | null = null;
      if (saveStamp) {
        try {
          await port.apply(stampChanges(result.snapshot, stamp));
        } catch (error) {
          stampError = `The findings are complete, but the validation stamp could not be saved in the workbook: ${describe(error)}`;
        }
      }
      if (request === latest.current) setState((s) => ({ ...s, running: false, stampError }));
    },
    [port],
  );

  /**
   * Applies a finding's fix, signed with `signedBy`, then validates again as at the same date.
   * A cell someone changed since the run is not overwritten: the outcome says so.
   */
  const fix = useCallback(
    async (finding: Finding, signedBy: string): Promise<FixOutcome> => {
      const result = resultRef.current;
      if (!result) return { ok: false, conflict: false, message: "Validate the plan first." };
      // Loaded by the run that found the finding.
      const { localTimestamp, nextChangeLogRow, prepareFix } = await loadValidateEngine();
      const prepared = prepareFix(result.plan, result.snapshot, finding, signedBy, localTimestamp(new Date()));
      if (!prepared.ok) return { ok: false, conflict: false, message: prepared.reason };
      const logRow = nextChangeLogRow(result.snapshot);
      const failed = await applyChanges(port, prepared.changes);
      if (failed) return failed;
      // Validating again afterwards does not write another stamp: the fix is the change.
      await validate(result.report.asOf, signedBy, false);
      const where = `${finding.ref ? `${finding.ref}, ` : ""}${finding.sheet}!${finding.fix!.cell}`;
      return { ok: true, logRows: [logRow], message: `${where}: ${prepared.field} changed from "${prepared.before}" to "${prepared.after}" and logged.` };
    },
    [port, validate],
  );

  /**
   * Applies every safe fix of the last run together (one apply), signed with `signedBy`, then
   * validates again. Undo reverts them together from the change-log rows returned.
   */
  const fixAll = useCallback(
    async (findings: Finding[], signedBy: string): Promise<FixOutcome> => {
      const result = resultRef.current;
      if (!result) return { ok: false, conflict: false, message: "Validate the plan first." };
      const { localTimestamp, nextChangeLogRow, prepareFixes } = await loadValidateEngine();
      const prepared = prepareFixes(result.plan, result.snapshot, findings, signedBy, localTimestamp(new Date()));
      if (!prepared.ok) return { ok: false, conflict: false, message: prepared.reason };
      const first = nextChangeLogRow(result.snapshot);
      const applied = prepared.outcomes.filter((o) => o.applied).length;
      const failed = await applyChanges(port, prepared.changes);
      if (failed) return failed;
      await validate(result.report.asOf, signedBy, false);
      return {
        ok: true,
        logRows: Array.from({ length: applied }, (_, i) => first + i),
        message: `${applied} ${applied === 1 ? "cell was" : "cells were"} changed and logged in "Plan change log".`,
      };
    },
    [port, validate],
  );

  /** Reverts the changes logged on `logRows` together (read, one apply), then validates again. */
  const undo = useCallback(
    async (logRows: number[], signedBy: string): Promise<FixOutcome> => {
      const asOf = resultRef.current?.report.asOf;
      let snapshot: WorkbookSnapshot;
      try {
        snapshot = await port.readSnapshot();
      } catch (error) {
        return { ok: false, conflict: false, message: readError(error) };
      }
      let engine: ValidateEngine;
      try {
        engine = await loadValidateEngine();
      } catch (error) {
        return { ok: false, conflict: false, message: engineError(error) };
      }
      const { localTimestamp, nextChangeLogRow, prepareUndos } = engine;
      const prepared = prepareUndos(snapshot, logRows, { initials: signedBy, timestamp: localTimestamp(new Date()) });
      if (!prepared.ok) return { ok: false, conflict: false, message: `${prepared.reason} Nothing was written.` };
      const first = nextChangeLogRow(snapshot);
      const failed = await applyChanges(port, prepared.changes);
      if (failed) return failed;
      if (asOf) await validate(asOf, signedBy, false);
      const n = prepared.undone.length;
      return {
        ok: true,
        logRows: Array.from({ length: n }, (_, i) => first + i),
        message: `${n} ${n === 1 ? "cell has" : "cells have"} its value and format back; the undo is logged too.`,
      };
    },
    [port, validate],
  );

  return { state, validate, fix, fixAll, undo };
}
