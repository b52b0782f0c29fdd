/**
 * `npm run bench`: how fast the core is on large plans, how many round trips each user action
 * costs in Excel (on the double), how the CLI compares with a bare ExcelJS read, how big the
 * pane's JavaScript is, and how long the pane takes to show in Chromium.
 *
 *   node scripts/bench.js [--json] [--no-browser] [--no-build] [--no-double] [--sizes 200,2000,20000,50000]
 *
 * --json prints one JSON object on stdout (progress goes to stderr either way); its `headline`
 * holds the figures the README quotes. --no-build measures dist/ as it is instead of building
 * when it is missing or older than its sources. --no-double skips the Excel double's sync counts.
 * Plans are made from samples/reading-improvement-plan.xlsx (see generate.ts).
 */
import * as path from "node:path";
import * as fs from "node:fs";
import { performance } from "node:perf_hooks";
import { generateSnapshot, layout, loadSample, xlsxFile, type Sample } from "./generate";
import { timeCore, type CoreMs } from "./core";
import { measureDouble, measureDoubleWithin, type ActionCost, type DoubleBudget } from "./double";
import { cliRatio, type CliResult } from "./cli";
import { startupRatio, type StartupResult } from "./startup";
import { measureBundle, productionBuild, type BundleResult } from "./bundle";
import { measureBrowser } from "./browser";
import { BENCH_OUT, REPO } from "./paths";
import { round, type RunPlan } from "./stats";

/** The plan's own era: the Reading plan's dates are 2015, so findings look like a real review. */
export const AS_OF = "2015-09-01";
export const DEFAULT_SIZES = [200, 2000, 20000, 50000];
/** The CLI is timed on this size's workbook when it is among the sizes (else the largest). */
export const CLI_SIZE = 20000;
const USER_ACTIONS = ["open", "validate", "append", "summary"] as const;
type UserAction = (typeof USER_ACTIONS)[number];

export interface BenchOptions {
  sizes: number[];
  /** Core runs for a plan of `actions` actions (the median is reported). */
  coreRuns(actions: number): RunPlan;
  /**
   * The compiled double-worker.js: with it, the double runs in a worker under `doubleBudget`
   * (a runaway summary is stopped and reported as null); without it (jest), in this thread.
   */
  doubleWorker?: string;
  doubleBudget: DoubleBudget;
  /** Time the CLI against ExcelJS on the largest size's .xlsx (needs `cliMain`). */
  cli: boolean;
  /** The compiled src/cli/main.js (the bench's own transpile). */
  cliMain?: string;
  /** Pairs of runs (CLI, then ExcelJS). */
  cliRuns: RunPlan;
  /** Pairs of runs (`action-plan --help`, then `node -e 0`). */
  startupRuns: RunPlan;
  /** Count the Excel double's syncs per user action at each size. */
  double: boolean;
  /** "auto": build when dist/ is missing or stale; "never": measure dist/ as it is; "skip". */
  bundle: "auto" | "never" | "skip";
  browser: boolean;
  /** For the pane, and again for the preview. */
  browserRuns: RunPlan;
  /** Progress, one line at a time (stderr from the command line). */
  log(line: string): void;
}

export interface SizeResult {
  actions: number;
  /** Rows of the generated plan sheet (headings, outcome lines and actions). */
  rows: number;
  runs: number;
  findings: number;
  /** From the median of the measured runs, after one run to warm up. */
  actionsPerSecond: number;
  coreMs: CoreMs;
  /** Parse + validate + summary the first time, the code not yet compiled (a single command-line call's cost). */
  coreFirstRunMs: number;
  syncs: Record<UserAction, number | null>;
  bytes: Record<UserAction, { request: number; response: number } | null>;
  /** Open on Excel on the web (5 MB limits): more syncs once the used range passes 5 MB. */
  syncsWeb: { open: number } | null;
}

/** The figures the README quotes (issue 14's acceptance), each null when its part did not run. */
export interface Headline {
  /** Core (readPlan + validatePlan + buildSummary) actions per second, by plan size. */
  coreActionsPerSecond: Record<string, number>;
  /** validatePlan's median time at 50,000 actions over its time at 20,000 (linear: 2.5). */
  validateGrowth20kTo50k: number | null;
  /** Whole-process `action-plan validate` over a bare ExcelJS read of the same workbook. */
  cliToExcelJsReadRatio: number | null;
  /** `action-plan --help` over `node -e 0`. */
  helpToBareNodeRatio: number | null;
  /** Peak RSS of `action-plan validate` over ExcelJS's read. */
  peakRssRatio: number | null;
  /**
   * Gzip bytes of JavaScript each pane view needs before it is interactive inside Excel, by view:
   * the bundle measurement's `firstViewGzipBytes`, followed through the production build's chunk
   * graph (scripts/measure-bundle.js); null when no bundle was measured.
   */
  firstViewGzipBytes: Record<string, number> | null;
}

export interface BenchResult {
  headline: Headline;
  asOf: string;
  node: string;
  sizes: SizeResult[];
  /**
   * Every user action's sync count is the same at every size where it was measured; actions with
   * a null count at some size are listed in `syncsNotCompared` instead.
   */
  syncsEqualAcrossSizes: boolean;
  syncsNotCompared: UserAction[];
  /** Why `syncs.summary` is null, when it is. */
  summaryNullReason: string | null;
  cliToExcelJsReadRatio: number | null;
  cli: CliResult | null;
  startup: StartupResult | null;
  bundle: BundleResult | null;
  paneInteractiveMs: number | null;
  previewPlanMs: number | null;
  /** Parts not measured, and why. */
  skipped: Record<string, string>;
  /** Wall time of each part of the bench itself (for tuning its budget), and of the whole. */
  partMs: Record<string, number>;
  elapsedMs: number;
}

/**
 * Core runs by size: enough for a steady median, within the 60 s budget on two busy cores. The
 * budgets, not the maximums, bind while the core is slow; the larger plans run at least five times, each after one run to warm up.
 */
export function defaultCoreRuns(actions: number): RunPlan {
  if (actions <= 500) return { min: 5, max: 15, budgetMs: 2_000 };
  if (actions <= 5000) return { min: 5, max: 9, budgetMs: 2_500 };
  return { min: 5, max: 7, budgetMs: 10_000 };
}

export const DEFAULT_OPTIONS: BenchOptions = {
  sizes: DEFAULT_SIZES,
  coreRuns: defaultCoreRuns,
  doubleBudget: { stepsMs: 60_000, summaryMs: 8_000 },
  cli: true,
  cliRuns: { min: 3, max: 5, budgetMs: 15_000 },
  startupRuns: { min: 10, max: 20, budgetMs: 5_000 },
  double: true,
  bundle: "auto",
  browser: true,
  browserRuns: { min: 3, max: 5, budgetMs: 4_000 },
  log: () => undefined,
};

const n = (value: number) => value.toLocaleString("en-GB");
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const pad = (s: string, width: number) => s.padStart(width);

function costOf(cost: ActionCost | null): { request: number; response: number } | null {
  return cost ? { request: cost.requestBytes, response: cost.responseBytes } : null;
}

async function measureSize(sample: Sample, actions: number, options: BenchOptions): Promise<{ result: SizeResult; summaryError?: string }> {
  const rows = layout(sample, actions);
  const snapshot = generateSnapshot(sample, rows);
  const runPlan = options.coreRuns(actions);
  options.log(`core: ${actions} actions, ${runPlan.min}-${runPlan.max} runs within ${runPlan.budgetMs / 1000} s`);
  const core = await timeCore(snapshot, runPlan, AS_OF);
  if (core.actions !== actions) throw new Error(`The generated plan has ${core.actions} actions, not ${actions}.`);
  const double = !options.double
    ? null
    : (options.log(`Excel double: ${actions} actions`), options.doubleWorker)
    ? await measureDoubleWithin(options.doubleWorker, { snapshot, plan: core.plan, settings: core.settings, report: core.report, asOf: AS_OF }, options.doubleBudget)
      : await measureDouble(snapshot, core.plan, core.settings, core.report, AS_OF);
  const syncs = Object.fromEntries(USER_ACTIONS.map((a) => [a, double?.[a]?.syncs ?? null])) as SizeResult["syncs"];
  const bytes = Object.fromEntries(USER_ACTIONS.map((a) => [a, double ? costOf(double[a]) : null])) as SizeResult["bytes"];
  return {
    result: {
      actions,
      rows: rows.length,
      runs: core.runs,
      findings: core.findings,
      actionsPerSecond: Math.round(core.actionsPerSecond),
      coreMs: { parse: round(core.ms.parse), validate: round(core.ms.validate), summary: round(core.ms.summary), total: round(core.ms.total) },
      coreFirstRunMs: round(core.firstRunMs),
      syncs,
      bytes,
      syncsWeb: double ? { open: double.openWeb.syncs } : null,
    },
    summaryError: double?.summaryError,
  };
}

/** Runs the bench. Parts that cannot run here are recorded in `skipped` rather than failing it. */
export async function runBench(partial: Partial<BenchOptions> = {}): Promise<BenchResult> {
  const options: BenchOptions = { ...DEFAULT_OPTIONS, ...partial };
  const started = performance.now();
  const skipped: Record<string, string> = {};
  const partMs: Record<string, number> = {};
  let mark = performance.now();
  const lap = (part: string) => {
    const now = performance.now();
    partMs[part] = Math.round(now - mark);
    mark = now;
  };
  const sample = await loadSample();
  lap("sample");

  const sizes: SizeResult[] = [];
  let summaryNullReason: string | null = null;
  for (const actions of [...options.sizes].sort((a, b) => a - b)) {
    const { result, summaryError } = await measureSize(sample, actions, options);
    sizes.push(result);
    lap(`size ${actions}`);
    if (summaryError && !summaryNullReason) summaryNullReason = `at ${n(actions)} actions: ${summaryError}`;
    if (summaryError) options.log(`summary at ${actions} actions: ${summaryError}`);
  }
  const syncsNotCompared = USER_ACTIONS.filter((a) => sizes.some((s) => s.syncs[a] === null));
  const compared = USER_ACTIONS.filter((a) => !syncsNotCompared.includes(a));
  const syncsEqualAcrossSizes = compared.every((a) => sizes.every((s) => s.syncs[a] === sizes[0].syncs[a]));

  if (!options.double) skipped.double = "--no-double";
  let cli: CliResult | null = null;
  let startup: StartupResult | null = null;
  if (!options.cli) skipped.cli = "not asked for";
  else if (!options.cliMain) skipped.cli = "no compiled CLI given";
  else {
    options.log(`CLI start-up: --help vs node -e 0, ${options.startupRuns.min}-${options.startupRuns.max} pairs`);
    startup = await startupRatio(options.cliMain, options.startupRuns);
    lap("startup");
    const largest = options.sizes.includes(CLI_SIZE) ? CLI_SIZE : Math.max(...options.sizes);
    options.log(`CLI vs ExcelJS: writing the ${largest}-action .xlsx (cached in build/bench/plans)`);
    const file = await xlsxFile(sample, largest, path.join(BENCH_OUT, "plans"));
    options.log(`CLI vs ExcelJS: ${options.cliRuns.min}-${options.cliRuns.max} pairs within ${options.cliRuns.budgetMs / 1000} s`);
    cli = await cliRatio(file, options.cliMain, options.cliRuns, AS_OF);
    lap("cli");
  }

  let bundle: BundleResult | null = null;
  if (options.bundle === "skip") skipped.bundle = "not asked for";
  else {
    options.log(options.bundle === "auto" ? "bundle: checking dist/ (a production build is made when it is missing or stale)" : "bundle: measuring dist/ as it is");
    const chosen = productionBuild(options.bundle);
    if (!chosen) skipped.bundle = "dist/ is missing (run without --no-build, or npm run build)";
    else bundle = measureBundle(chosen.dir, chosen.built, chosen.stale);
    lap(bundle?.built ? "bundle (with build)" : "bundle");
  }

  let paneInteractiveMs: number | null = null;
  let previewPlanMs: number | null = null;
  if (!options.browser) skipped.browser = "--no-browser";
  else if (!bundle) skipped.browser = "no production build to serve";
  else {
    options.log(`Chromium: ${options.browserRuns.min}-${options.browserRuns.max} runs each`);
    try {
      const browser = await measureBrowser(path.join(REPO, bundle.dir), options.browserRuns);
      paneInteractiveMs = round(browser.paneInteractiveMs);
      previewPlanMs = browser.previewPlanMs === null ? null : round(browser.previewPlanMs);
      if (browser.previewPlanMs === null) skipped.preview = "build/preview is missing (npm run build:preview)";
    } catch (error) {
      skipped.browser = (error as Error).message;
    }
    lap("browser");
  }

  const at = (actions: number) => sizes.find((s) => s.actions === actions);
  const [v20, v50] = [at(20000), at(50000)];
  const headline: Headline = {
    coreActionsPerSecond: Object.fromEntries(sizes.map((s) => [String(s.actions), s.actionsPerSecond])),
    validateGrowth20kTo50k: v20 && v50 ? round(v50.coreMs.validate / v20.coreMs.validate, 2) : null,
    cliToExcelJsReadRatio: cli ? round(cli.ratio, 3) : null,
    helpToBareNodeRatio: startup ? round(startup.ratio, 2) : null,
    peakRssRatio: cli ? round(cli.rssRatio, 2) : null,
    firstViewGzipBytes: bundle ? bundle.firstViewGzipBytes : null,
  };

  return {
    headline,
    asOf: AS_OF,
    node: process.version,
    sizes,
    syncsEqualAcrossSizes,
    syncsNotCompared,
    summaryNullReason,
    cliToExcelJsReadRatio: cli ? round(cli.ratio, 2) : null,
    cli: cli ? { ...cli, cliValidateMs: round(cli.cliValidateMs), excelJsReadMs: round(cli.excelJsReadMs), ratio: round(cli.ratio, 3), rssRatio: round(cli.rssRatio, 3) } : null,
    startup: startup ? { runs: startup.runs, helpMs: round(startup.helpMs), bareNodeMs: round(startup.bareNodeMs), ratio: round(startup.ratio, 3) } : null,
    bundle,
    paneInteractiveMs,
    previewPlanMs,
    skipped,
    partMs,
    elapsedMs: Math.round(performance.now() - started),
  };
}


/** The human-readable report. */
export function formatTable(result: BenchResult): string {
  const lines: string[] = [];
  lines.push(`Action Plan Assistant bench: medians; plans from samples/reading-improvement-plan.xlsx; as at ${result.asOf}; Node ${result.node}`);
  lines.push("");
  lines.push("Core on a snapshot: readPlan + validatePlan + buildSummary (medians after one warm-up run; first run shown apart)");
  lines.push(`${pad("actions", 8)}${pad("rows", 8)}${pad("runs", 6)}${pad("parse ms", 11)}${pad("validate ms", 13)}${pad("summary ms", 12)}${pad("total ms", 11)}${pad("actions/s", 11)}${pad("findings", 10)}${pad("first run ms", 14)}`);
  for (const s of result.sizes) {
    lines.push(
      `${pad(n(s.actions), 8)}${pad(n(s.rows), 8)}${pad(String(s.runs), 6)}${pad(s.coreMs.parse.toFixed(1), 11)}${pad(s.coreMs.validate.toFixed(1), 13)}${pad(s.coreMs.summary.toFixed(1), 12)}${pad(s.coreMs.total.toFixed(1), 11)}${pad(n(s.actionsPerSecond), 11)}${pad(n(s.findings), 10)}${pad(s.coreFirstRunMs.toFixed(1), 14)}`,
    );
  }
  lines.push("");
  lines.push("Excel double: context.sync() calls per user action (request / response bytes)");
  const cell = (s: SizeResult, a: UserAction) => {
    const b = s.bytes[a];
    return s.syncs[a] === null || !b ? "null" : `${s.syncs[a]} (${n(b.request)} / ${n(b.response)})`;
  };
  const widths = [32, 34, 22, 26];
  lines.push(`${pad("actions", 8)}  ${["open", "validate + highlight", "append", "summary"].map((h, i) => h.padEnd(widths[i])).join("")}`);
  for (const s of result.sizes) lines.push(`${pad(n(s.actions), 8)}  ${USER_ACTIONS.map((a, i) => cell(s, a).padEnd(widths[i])).join("")}`);
  const sizeList = result.sizes.map((s) => n(s.actions)).join(", ");
  const unequal = USER_ACTIONS.filter((a) => !result.syncsNotCompared.includes(a) && result.sizes.some((s) => s.syncs[a] !== result.sizes[0].syncs[a]));
  lines.push(
    `check: sync counts per user action equal for ${sizeList} actions: ${result.syncsEqualAcrossSizes ? "yes" : `NO (${unequal.join(", ")})`}` +
      (result.syncsNotCompared.length ? `; not compared: ${result.syncsNotCompared.join(", ")} (null at some size)` : ""),
  );
  if (result.summaryNullReason) lines.push(`summary: null ${result.summaryNullReason}`);
  lines.push(`open on Excel on the web (5 MB limits), syncs: ${result.sizes.map((s) => `${n(s.actions)}: ${s.syncsWeb?.open ?? "null"}`).join(", ")}`);
  lines.push("");
  if (result.cli) {
    const c = result.cli;
    lines.push(
      `CLI validate vs bare ExcelJS read (${c.file}, ${kb(c.fileBytes)}, median of ${c.runs}, whole processes): ${n(c.cliValidateMs)} ms vs ${n(c.excelJsReadMs)} ms, ratio ${c.ratio.toFixed(2)}; ` +
        `peak RSS ${(c.cliPeakRssBytes / 2 ** 20).toFixed(0)} MiB vs ${(c.excelJsPeakRssBytes / 2 ** 20).toFixed(0)} MiB, ratio ${c.rssRatio.toFixed(2)}`,
    );
  } else lines.push(`CLI vs ExcelJS: not measured (${result.skipped.cli})`);
  if (result.startup) {
    const st = result.startup;
    lines.push(`CLI start-up: action-plan --help ${st.helpMs.toFixed(0)} ms vs node -e 0 ${st.bareNodeMs.toFixed(0)} ms (median of ${st.runs}), ratio ${st.ratio.toFixed(2)}`);
  }
  const g = result.headline.validateGrowth20kTo50k;
  if (g !== null) lines.push(`validate growth 20,000 → 50,000 actions: ×${g.toFixed(2)} (linear would be ×2.50)`);
  if (result.bundle) {
    const b = result.bundle;
    lines.push(
      `Task pane JS (${b.dir}/${b.built ? ", built by the bench" : ""}${b.stale ? ", STALE: older than its sources" : ""}): initial ${kb(b.initialRawBytes)} raw, ${kb(b.initialGzipBytes)} gzip (${b.initialFiles.join(", ")}); ` +
        `all ${b.files.length} chunks of ours ${kb(b.totalRawBytes)} raw, ${kb(b.totalGzipBytes)} gzip; office.js ${b.officeJsGzipBytes === null ? "absent" : `${kb(b.officeJsGzipBytes)} gzip`} on top`,
    );
    const views = Object.entries(b.firstViewGzipBytes).map(([view, bytes]) => `${view} ${n(bytes)} B${bytes > b.firstViewBudgetGzipBytes ? " (over)" : ""}`);
    lines.push(`First useful view inside Excel, all JS gzip (budget ${n(b.firstViewBudgetGzipBytes)} B): ${views.join(", ")}`);
  } else lines.push(`Task pane JS: not measured (${result.skipped.bundle})`);
  if (result.paneInteractiveMs !== null) {
    lines.push(
      `Chromium, navigation → "Open this add-in in Excel" (taskpane.html, cold cache): ${n(result.paneInteractiveMs)} ms; → preview's plan view: ${result.previewPlanMs === null ? `not measured (${result.skipped.preview})` : `${n(result.previewPlanMs)} ms`}`,
    );
  } else lines.push(`Chromium: not measured (${result.skipped.browser})`);
  const parts = Object.entries(result.partMs).map(([part, ms]) => `${part} ${(ms / 1000).toFixed(1)}`).join(", ");
  lines.push(`(bench took ${(result.elapsedMs / 1000).toFixed(1)} s: ${parts})`);
  return lines.join("\n");
}

/** Parses the command line; throws on anything unknown. */
export function parseArgs(argv: string[]): { json: boolean; options: Partial<BenchOptions> } {
  const options: Partial<BenchOptions> = {};
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") json = true;
    else if (arg === "--no-browser") options.browser = false;
    else if (arg === "--no-build") options.bundle = "never";
    else if (arg === "--no-double") options.double = false;
    else if (arg === "--sizes" || arg.startsWith("--sizes=")) {
      const value = arg.includes("=") ? arg.slice("--sizes=".length) : argv[++i];
      const sizes = (value ?? "").split(",").map((v) => Number(v.replace(/_/g, "")));
      if (sizes.length === 0 || sizes.some((s) => !Number.isInteger(s) || s < 1)) throw new Error(`--sizes wants whole numbers, e.g. --sizes 200,2000 (got "${value}").`);
      options.sizes = sizes;
    } else if (arg === "--help" || arg === "-h") {
      throw new Error("usage: npm run bench -- [--json] [--no-browser] [--no-build] [--no-double] [--sizes 200,2000,20000,50000]");
    } else throw new Error(`Unknown option ${arg}. usage: npm run bench -- [--json] [--no-browser] [--no-build] [--no-double] [--sizes 200,2000,20000,50000]`);
  }
  return { json, options };
}

/** The command line; `compiled` names the transpiled CLI and double worker that scripts/bench.js made. */
export async function main(argv: string[], compiled: { cliMain: string; doubleWorker: string }): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  const result = await runBench({ ...parsed.options, ...compiled, log: (line) => process.stderr.write(`bench: ${line}\n`) });
  fs.mkdirSync(BENCH_OUT, { recursive: true });
  fs.writeFileSync(path.join(BENCH_OUT, "last.json"), `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(parsed.json ? `${JSON.stringify(result)}\n` : `${formatTable(result)}\n`);
  return 0;
}
