import type { Plan, PlanSettings, ReadPlanOptions, WorkbookSnapshot } from "../plan";
// The reading module itself, not the core's index: commands that only read load less.
import { readPlanAndSettings } from "../plan/read-plan-and-settings";
import type { WorkbookState } from "../plan/state";
import { WorkbookReadError } from "../plan/port";
import { openXlsxFile } from "../xlsx/file";
import { CliError, EXIT } from "./errors";

/** A plan read from a file, with the snapshot it came from. */
export interface LoadedPlan {
  file: string;
  snapshot: WorkbookSnapshot;
  plan: Plan;
  /** The saved settings (checked; defaults for bad values) with the overrides given on top. */
  settings: PlanSettings;
  state: WorkbookState;
}

/** Opens an .xlsx file and reads its plan; any failure becomes a one-line CliError (exit 2). */
export async function loadPlan(file: string, options: ReadPlanOptions = {}, ...overrides: (Partial<PlanSettings> | undefined)[]): Promise<LoadedPlan> {
  const snapshot = await readSnapshot(file);
  const result = readPlanAndSettings(snapshot, options, ...overrides);
  if (!result.ok) throw new CliError(`${file}: ${result.message}`, EXIT.unreadable);
  return { file, snapshot, plan: result.plan, settings: result.settings, state: result.state };
}

/**
 * The file's snapshot. The opened package (the file's bytes, and the sheets' XML: 8.5 MB for
 * 20,000 actions) is no longer reachable once this returns, so the core reads the plan without it.
 */
async function readSnapshot(file: string): Promise<WorkbookSnapshot> {
  try {
    const workbook = await openXlsxFile(file);
    return await workbook.readSnapshot();
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new CliError(error.message, EXIT.unreadable);
    throw new CliError(`${file}: could not be read (${(error as Error).message}).`, EXIT.unreadable);
  }
}
