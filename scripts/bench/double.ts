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
  previousSnapshot,
  prepareUpdate,
  saveWorkbookState,
  stateRowCount,
  summarySheetName,
  summarySheetSpec,
  type Plan,
  type PlanSettings,
  type SummarySnapshot,
  type ValidationReport,
  type WorkbookSnapshot,
} from "../../src/plan";
import { readWorkbookState } from "../../src/plan/state";
import { OfficeSheetActions, OfficeWorkbook } from "../../src/excel";
import { createExcelDouble } from "../../test/excel-double";

/** What one user action cost. */
export interface ActionCost {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
}

export interface DoubleResult {
  open: ActionCost;
  validate: ActionCost;
  append: ActionCost;
  /** Null when the double cannot yet do what drawing the summary sheet asks (see `summaryError`). */
  summary: ActionCost | null;
  summaryError?: string;
}

/** Summaries kept in the workbook's state, as the CLI keeps them. */
const KEPT_SUMMARIES = 12;

/** Runs the four user actions, in order, on one double holding `snapshot`. */
export async function measureDouble(
  snapshot: WorkbookSnapshot,
  plan: Plan,
  settings: PlanSettings,
  report: ValidationReport,
  asOf: string,
): Promise<DoubleResult> {
  const double = createExcelDouble(snapshot);
  const workbook = new OfficeWorkbook(double.run, double.supports);
  const sheet = new OfficeSheetActions(double.run);
  const cost = async (action: () => Promise<unknown>): Promise<ActionCost> => {
    double.resetCounters();
    await action();
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    return { syncs: double.syncCount, requestBytes: sum(double.requestBytesPerSync), responseBytes: sum(double.responseBytesPerSync) };
  };

  let opened: WorkbookSnapshot | undefined;
  const open = await cost(async () => {
    opened = await workbook.readSnapshot();
  });
  if (opened!.sheets.length !== snapshot.sheets.length) throw new Error("The double's snapshot lost sheets.");

  const cells = report.findings.filter((f) => f.sheet && f.cell).map((f) => ({ sheet: f.sheet, address: f.cell }));
  const validate = await cost(async () => {
    await workbook.readSnapshot();
    await sheet.highlight(cells);
  });

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

  const { state } = readWorkbookState(opened!);
  const stored = (state.summaries as SummarySnapshot[] | undefined) ?? [];
  const model = buildSummary(plan, asOf, settings, previousSnapshot(stored, asOf));
  const name = summarySheetName(
    asOf,
    opened!.sheets.map((s) => s.name),
  );
  const spec = summarySheetSpec(model, { planName: "reading-improvement-plan.xlsx", madeBy: "BM", madeAt: `${asOf} 09:00` }, name);
  const summaries = [...stored.filter((s) => s.asOf !== asOf), model.snapshot].slice(-KEPT_SUMMARIES);
  const stateChange = saveWorkbookState({ ...state, summaries }, stateRowCount(opened!));
  try {
    const summary = await cost(() => workbook.apply({ ...stateChange, addSheets: [spec] }));
    return { open, validate, append, summary };
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    const message = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
    return { open, validate, append, summary: null, summaryError: message };
  }
}
