/**
 * The workbook behind the preview: the sample plan, read with the `.xlsx` file adapter, loaded
 * into the in-memory Excel double from `test/excel-double`, with every `context.sync()` reported
 * so the mock sheet can be drawn again. Also installs the `Excel` and `Office` globals the
 * add-in's Office adapter calls (`Excel.run`, `Office.context.requirements`), answered by the double.
 */
import { createExcelDouble, type DoubleRequestContext, type ExcelDouble } from "../test/excel-double";
import type { ExcelRun, ExcelRunWith, Supports } from "../src/excel/office-host";
import { XlsxWorkbook } from "../src/xlsx/xlsx-workbook";

/** Where the preview build puts the sample, beside the pages (same origin). */
export const SAMPLE_URL = "samples/reading-improvement-plan.xlsx";

/** The double, and the entry points the pane's adapter is given, each reporting its syncs. */
export interface PreviewWorkbook {
  double: ExcelDouble;
  run: ExcelRun;
  runWith: ExcelRunWith;
  supports: Supports;
}

/** Fetches the sample from our own origin and reads it as the file adapter would on disk. */
export async function loadSample(url = SAMPLE_URL): Promise<XlsxWorkbook> {
  const response = await fetch(url, { cache: "no-store" });
  if (!response.ok) throw new Error(`The sample plan could not be fetched (${url}: HTTP ${response.status}).`);
  return XlsxWorkbook.fromBytes(await response.arrayBuffer(), url.split("/").pop());
}

/**
 * A double holding the sample, whose `run`/`runWith` call `onSync` after every `context.sync()`
 * (whether it succeeded or failed), so the page can show each round trip's effect.
 */
export async function createPreviewWorkbook(onSync: () => void, url = SAMPLE_URL): Promise<PreviewWorkbook> {
  const file = await loadSample(url);
  const double = createExcelDouble(await file.readSnapshot());
  // Excel always has a selection: A1 of the active sheet when a workbook opens.
  double.state.selection ??= { sheet: double.state.activeSheet, address: "A1" };
  const reporting = new WeakSet<object>();

  // Contexts are created inside the double; wrap each one's sync the first time a batch gets it.
  const report = (context: Excel.RequestContext): Excel.RequestContext => {
    if (!reporting.has(context)) {
      reporting.add(context);
      const ctx = context as unknown as DoubleRequestContext;
      const sync = ctx.sync.bind(ctx);
      ctx.sync = async () => {
        try {
          await sync();
        } finally {
          onSync();
        }
      };
    }
    return context;
  };

  return {
    double,
    run: (batch) => double.run((context) => batch(report(context))),
    runWith: (context, batch) => double.runWith(context, (c) => batch(report(c))),
    supports: double.supports,
  };
}

/** A request context of the double (what `Excel.run(context, batch)` is given back). */
function isContext(value: unknown): value is OfficeExtension.ClientRequestContext {
  const v = value as { sync?: unknown; workbook?: unknown } | null;
  return typeof v === "object" && v !== null && typeof v.sync === "function" && "workbook" in v;
}

/**
 * An object whose known members are `members`; reading any other (string) member throws, so a
 * call the preview does not provide fails loudly instead of quietly returning undefined.
 */
function strict<T extends object>(name: string, members: T): T {
  return new Proxy(members, {
    get(target, key, receiver) {
      if (typeof key === "symbol" || key in target) return Reflect.get(target, key, receiver);
      throw new TypeError(`${name}.${key} is not available in the preview (its Excel is the test double).`);
    },
  });
}

/**
 * Installs `Excel` and `Office` on `scope` (the pane's window) before the pane boots:
 * `Excel.run(batch)`, `Excel.run(options, batch)` and `Excel.run(context, batch)` go to the double;
 * `Office.context.requirements.isSetSupported` answers from it; `Office.onReady` says Excel.
 */
export function installOfficeGlobals(scope: object, workbook: PreviewWorkbook): void {
  const excel = strict("Excel", {
    run(...args: unknown[]): Promise<unknown> {
      const batch = args[args.length - 1];
      if (typeof batch !== "function") return Promise.reject(new TypeError("Excel.run needs a batch function."));
      const typed = batch as (context: Excel.RequestContext) => Promise<unknown>;
      if (args.length >= 2 && isContext(args[0])) return workbook.runWith(args[0], typed);
      // Excel.run(batch) or Excel.run({ delayForCellEdit }, batch): the double is never in cell edit mode.
      return workbook.run(typed);
    },
  });
  const office = strict("Office", {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
    context: {
      requirements: { isSetSupported: (set: string, version?: string) => workbook.supports(set, version ?? "1.1") },
    },
  });
  Object.assign(scope, { Excel: excel, Office: office });
}
