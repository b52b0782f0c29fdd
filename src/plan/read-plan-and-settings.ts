import type { Plan } from "./model";
import type { ReadPlanOptions } from "./read-plan";
import { readPlanAsChosen } from "./reading-choice";
import { resolveSettings, type PlanSettings } from "./settings";
import type { WorkbookSnapshot } from "./snapshot";
import { readWorkbookState, type WorkbookState } from "./state";

/** A plan with the settings to judge it by, or why the workbook holds no plan. */
export type PlanAndSettings = { ok: true; plan: Plan; settings: PlanSettings; state: WorkbookState } | { ok: false; message: string };

/**
 * The one step every surface (pane, command line, bench) takes after reading cells: find the
 * plan, and resolve its saved settings (checked, defaults for bad values: the plan's reasons say
 * which) with any `overrides` the user gave for this run on top.
 */
export function readPlanAndSettings(snapshot: WorkbookSnapshot, options: ReadPlanOptions = {}, ...overrides: (Partial<PlanSettings> | undefined)[]): PlanAndSettings {
  // The user's saved choice of sheet, header row and columns, unless this run gives its own.
  const read = readPlanAsChosen(snapshot, options);
  if (!read.ok) return read;
  const { state } = readWorkbookState(snapshot);
  return { ok: true, plan: read.plan, settings: resolveSettings(state.settings, ...overrides), state };
}
