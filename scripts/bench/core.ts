/**
 * The plan core on a snapshot held in memory: read the plan (readPlan), validate it
 * (validatePlan), build the board summary (buildSummary). No files, no Excel: this is the work
 * every surface (pane, CLI) does after reading cells.
 */
import {
  buildSummary,
  readPlanAndSettings,
  validatePlan,
  type Plan,
  type PlanSettings,
  type ValidationReport,
  type WorkbookSnapshot,
} from "../../src/plan";
import { median, repeat, timed, type RunPlan } from "./stats";

/** Median milliseconds of each step, and of a whole run (not the sum of the medians). */
export interface CoreMs {
  parse: number;
  validate: number;
  summary: number;
  total: number;
}

export interface CoreResult {
  actions: number;
  runs: number;
  ms: CoreMs;
  /** Actions through parse + validate + summary per second, from the median whole run. */
  actionsPerSecond: number;
  /**
   * Milliseconds of the first run, before the measured ones: the code not yet compiled, as a
   * command-line call that reads one plan pays it. Not in the median, which is the steady speed
   * of a pane that reads, validates and summarises again.
   */
  firstRunMs: number;
  findings: number;
  /** The last run's results, for the Excel double's part (no need to read the plan again). */
  plan: Plan;
  settings: PlanSettings;
  report: ValidationReport;
}

/** Runs parse + validate + summary on `snapshot` once to warm up, then as often as `runs` says. */
export async function timeCore(snapshot: WorkbookSnapshot, runs: RunPlan, asOf: string): Promise<CoreResult> {
  let last: { plan: Plan; settings: PlanSettings; report: ValidationReport } | undefined;
  const run = (): CoreMs => {
    const parse = timed(() => {
      const read = readPlanAndSettings(snapshot);
      if (!read.ok) throw new Error(`The generated plan cannot be read: ${read.message}`);
      return { plan: read.plan, settings: read.settings };
    });
    const { plan, settings } = parse.result;
    const validate = timed(() => validatePlan(plan, asOf, settings));
    const summary = timed(() => buildSummary(plan, asOf, settings, null));
    last = { plan, settings, report: validate.result };
    return { parse: parse.ms, validate: validate.ms, summary: summary.ms, total: parse.ms + validate.ms + summary.ms };
  };
  const first = run();
  const steps = await repeat(runs, run);
  const ms: CoreMs = {
    parse: median(steps.map((s) => s.parse)),
    validate: median(steps.map((s) => s.validate)),
    summary: median(steps.map((s) => s.summary)),
    total: median(steps.map((s) => s.total)),
  };
  const actions = last!.plan.actions.length;
  return { actions, runs: steps.length, ms, actionsPerSecond: actions / (ms.total / 1000), firstRunMs: first.total, findings: last!.report.findings.length, ...last! };
}
