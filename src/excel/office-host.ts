/**
 * The few Office.js entry points the pane needs, wrapped so that every Office call stays in
 * `src/excel` and each can be swapped for the test double.
 */
import { splitSheetAddress } from "./addresses";
import type { DocumentHost } from "./document-file";

/** The shape of `Excel.run` the adapter uses: one batch on a fresh context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** `Excel.run(context, batch)`: a batch on an earlier context (needed to remove event handlers). */
export type ExcelRunWith = <T>(
  context: OfficeExtension.ClientRequestContext,
  batch: (context: Excel.RequestContext) => Promise<T>,
) => Promise<T>;

/** `Office.context.requirements.isSetSupported`, e.g. `supports("ExcelApi", "1.13")`. */
export type Supports = (set: string, version: string) => boolean;

/**
 * `Excel.run` that waits while the user is typing in a cell instead of failing with
 * `InvalidOperationInCellEditMode`.
 */
export const excelRun: ExcelRun = (batch) => Excel.run({ delayForCellEdit: true }, batch);

/** `Excel.run(context, batch)`. */
export const excelRunWith: ExcelRunWith = (context, batch) => Excel.run(context, batch);

/** Whether the host supports a requirement set; false outside Office or on any error. */
export const supports: Supports = (set, version) => {
  try {
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported(set, version);
  } catch {
    return false;
  }
};

/** `Office.context.document` (for `getFileAsync`), or undefined outside Office. */
export function officeDocument(): DocumentHost | undefined {
  try {
    return typeof Office === "undefined" ? undefined : (Office.context?.document as unknown as DocumentHost | undefined);
  } catch {
    return undefined;
  }
}

/**
 * Whether the page runs inside Excel. Outside Office (a plain browser, tests) `Office` is absent
 * or `onReady` resolves with no host, so the pane can show its "open this in Excel" state.
 */
export async function isInExcel(): Promise<boolean> {
  if (typeof Office === "undefined") return false;
  const info = await Office.onReady();
  return String(info.host) === "Excel";
}

/** Activates a sheet and selects cells on it, in one round trip. */
export async function selectCell(sheet: string, address: string, run: ExcelRun = excelRun): Promise<void> {
  await run(async (context) => {
    const worksheet = context.workbook.worksheets.getItem(sheet);
    worksheet.activate();
    worksheet.getRange(address).select();
    await context.sync();
  });
}

/** Where the user's selection is: sheet name and address without the sheet (`E46`, `A3:G3`). */
export interface SelectionInfo {
  sheet: string;
  address: string;
}

/** How `onSelectionChanged` reaches Excel; the defaults are the real ones. */
export interface SelectionEnvironment {
  run: ExcelRun;
  runWith: ExcelRunWith;
}

/**
 * Calls `handler` with the new selection each time the user selects cells, and returns a function
 * that unregisters it. Registering costs one round trip; each change costs one more to read the
 * selected address (the workbook-level event carries no address). A selection that is not a
 * range (a chart, a shape) is skipped.
 */
export async function onSelectionChanged(
  handler: (selection: SelectionInfo) => void,
  env: SelectionEnvironment = { run: excelRun, runWith: excelRunWith },
): Promise<() => Promise<void>> {
  const registration = await env.run(async (context) => {
    const result = context.workbook.onSelectionChanged.add(async () => {
      const selection = await readSelection(env.run).catch(() => null);
      if (selection) handler(selection);
    });
    await context.sync();
    return result;
  });
  return () =>
    env.runWith(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
}

async function readSelection(run: ExcelRun): Promise<SelectionInfo> {
  return run(async (context) => {
    const range = context.workbook.getSelectedRange().load("address");
    await context.sync();
    return splitSheetAddress(range.address);
  });
}
