/**
 * Round trips (`context.sync()` calls) and their estimated bytes for each user action, on the
 * Excel double through the real Office adapter (OfficeWorkbook, OfficeSheetActions):
 *
 *   open      readSnapshot
 *   validate  readSnapshot, then highlight every cell a finding names
 *   append    apply the change set prepareUpdate made (update cell, change log)
 *   summary   apply the summary sheet (addSheets) with the workbook state the CLI saves with it
 *
 * The double has no size limits by default (desktop Excel); counts must not grow with the plan.
 */
import {
  buildSummary,
  buildReport,
  previousSnapshot,
  prepareUpdate,
  saveWorkbookState,
  stateRowCount,
  summarySheetName,
  summarySheetSpec,
  storedSummaries,
  withSummary,
  type Plan,
  type PlanSettings,
  type ValidationReport,
  type WorkbookSnapshot,
} from "../../src/plan";
import { readWorkbookState } from "../../src/plan/state";
import { OfficeSheetActions, OfficeWorkbook } from "../../src/excel";
import { createExcelDouble } from "../../test/excel-double";
import { Worker } from "node:worker_threads";

/** What one user action cost. */
export interface ActionCost {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
}

export interface DoubleResult {
  open: ActionCost;
  /** Open on a double with Excel on the web's 5 MB request and response limits. */
  openWeb: ActionCost;
  validate: ActionCost;
  append: ActionCost;
  /** Null when the double cannot yet do what drawing the summary sheet asks (see `summaryError`). */
  summary: ActionCost | null;
  summaryError?: string;
}

/** Excel on the web's request and response limit. */
const WEB_LIMIT_BYTES = 5_000_000;

/** Runs the four user actions, in order, on one double holding `snapshot`. */
export async function measureDouble(
  snapshot: WorkbookSnapshot,
  plan: Plan,
  settings: PlanSettings,
  report: ValidationReport,
  asOf: string,
  onStep: (action: "open" | "openWeb" | "validate" | "append", cost: ActionCost) => void = () => undefined,
): Promise<DoubleResult> {
  const double = createExcelDouble(snapshot);
  const workbook = new OfficeWorkbook(double.run, double.supports);
  const sheet = new OfficeSheetActions(double.run);
  const cost = async (action: () => Promise<unknown>, on = double): Promise<ActionCost> => {
    on.resetCounters();
    await action();
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    return { syncs: on.syncCount, requestBytes: sum(on.requestBytesPerSync), responseBytes: sum(on.responseBytesPerSync) };
  };

  let opened: WorkbookSnapshot | undefined;
  const open = await cost(async () => {
    opened = await workbook.readSnapshot();
  });
  if (opened!.sheets.length !== snapshot.sheets.length) throw new Error("The double's snapshot lost sheets.");
  onStep("open", open);
  const web = createExcelDouble(snapshot, { responseLimitBytes: WEB_LIMIT_BYTES, requestLimitBytes: WEB_LIMIT_BYTES });
  const openWeb = await cost(() => new OfficeWorkbook(web.run, web.supports).readSnapshot(), web);
  onStep("openWeb", openWeb);

  const cells = report.findings.filter((f) => f.sheet && f.cell).map((f) => ({ sheet: f.sheet, address: f.cell }));
  const validate = await cost(async () => {
    await workbook.readSnapshot();
    await sheet.highlight(cells);
  });
  onStep("validate", validate);

  const refCounts = new Map<string, number>();
  for (const a of plan.actions) if (a.ref) refCounts.set(a.ref, (refCounts.get(a.ref) ?? 0) + 1);
  const target = plan.actions.find((a) => a.ref && refCounts.get(a.ref) === 1 && a.cells.update);
  if (!target) throw new Error("No action with a unique ref to append an update to.");
  const prepared = prepareUpdate(plan, opened!, {
    target: { ref: target.ref! },
    initials: "BM",
    text: "Benchmark update: progress reviewed at the improvement board.",
    date: asOf,
    timestamp: `${asOf} 09:00`,
  });
  if (!prepared.ok) throw new Error(`prepareUpdate refused: ${prepared.reason}`);
  const append = await cost(() => workbook.apply(prepared.changes));
  onStep("append", append);

  const { state } = readWorkbookState(opened!);
  const model = buildSummary(plan, asOf, settings, previousSnapshot(storedSummaries(state), asOf));
  const name = summarySheetName(
    asOf,
    opened!.sheets.map((s) => s.name),
  );
  const spec = summarySheetSpec(buildReport(plan, opened!, asOf, settings, previousSnapshot(storedSummaries(state), asOf)), { madeBy: "BM", madeAt: `${asOf} 09:00` }, name);
  // Stored as the pane and the CLI store it (src/plan/summary-store.ts).
  const stateChange = saveWorkbookState(withSummary(state, model.snapshot), stateRowCount(opened!));
  try {
    const summary = await cost(() => workbook.apply({ ...stateChange, addSheets: [spec] }));
    if (!double.state.sheets.some((s) => s.name === name)) throw new Error(`the sheet "${name}" is not in the double after apply`);
    return { open, openWeb, validate, append, summary };
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    const message = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
    return { open, openWeb, validate, append, summary: null, summaryError: message };
  }
}

/** What the bench hands a worker (structured-cloned). */
export interface DoubleJob {
  snapshot: WorkbookSnapshot;
  plan: Plan;
  settings: PlanSettings;
  report: ValidationReport;
  asOf: string;
}

/** Messages from the worker: each step as it finishes, then the whole result or an error. */
export type DoubleMessage =
  | { kind: "step"; action: "open" | "openWeb" | "validate" | "append"; cost: ActionCost }
  | { kind: "done"; result: DoubleResult }
  | { kind: "error"; message: string };

/** Time limits for measureDoubleWithin. */
export interface DoubleBudget {
  /** For open, validate and append together; past it the bench fails (they are simple reads and writes). */
  stepsMs: number;
  /** For the summary, from the end of append; past it the summary is reported as null. */
  summaryMs: number;
}

/**
 * measureDouble in a worker thread (`workerFile`, the compiled double-worker.js), so a summary
 * that runs away (something quadratic in the plan's size) can be stopped: it is reported as null
 * with the reason, keeping the other actions' figures.
 */
export function measureDoubleWithin(workerFile: string, job: DoubleJob, budget: DoubleBudget): Promise<DoubleResult> {
  return new Promise((resolve, reject) => {
    const done: Partial<Record<"open" | "openWeb" | "validate" | "append", ActionCost>> = {};
    const worker = new Worker(workerFile, { workerData: job });
    let timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`The Excel double did not finish open, validate and append within ${budget.stepsMs / 1000} s.`));
    }, budget.stepsMs);
    const summaryTimeout = () => {
      void worker.terminate();
      const summaryError = `drawing the summary sheet did not finish within ${budget.summaryMs / 1000} s (stopped)`;
      resolve({ open: done.open!, openWeb: done.openWeb!, validate: done.validate!, append: done.append!, summary: null, summaryError });
    };
    worker.on("message", (message: DoubleMessage) => {
      if (message.kind === "step") {
        done[message.action] = message.cost;
        if (message.action === "append") {
          clearTimeout(timer);
          timer = setTimeout(summaryTimeout, budget.summaryMs);
        }
      } else {
        clearTimeout(timer);
        void worker.terminate();
        if (message.kind === "done") resolve(message.result);
        else reject(new Error(message.message));
      }
    });
    worker.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
