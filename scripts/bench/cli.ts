/**
 * The CLI's `validate` on a generated workbook, against a bare ExcelJS read of the same file:
 * each in its own Node process, timed from spawn to exit (what a user waits for), alternating
 * so both see the same machine load. The CLI is the bench's own transpile of src/cli (the same
 * sources bin/action-plan.js runs from build/cli, never stale).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { median, repeat, type RunPlan } from "./stats";
import { REPO } from "./paths";

export interface CliResult {
  file: string;
  fileBytes: number;
  runs: number;
  /** Median milliseconds of `action-plan validate FILE`. */
  cliValidateMs: number;
  /** Median milliseconds of `new ExcelJS.Workbook().xlsx.readFile(FILE)`. */
  excelJsReadMs: number;
  ratio: number;
  /** Median peak resident set size of each process, in bytes (`process.resourceUsage().maxRSS`). */
  cliPeakRssBytes: number;
  excelJsPeakRssBytes: number;
  /** CLI peak RSS over ExcelJS's. */
  rssRatio: number;
}

/** Appended to each child's script: its peak RSS (KiB) as the last line of stderr. */
const REPORT_RSS = `process.on("exit", () => process.stderr.write("\\nmaxRSS " + process.resourceUsage().maxRSS + "\\n"));`;

const EXCELJS_READ = `${REPORT_RSS}
const ExcelJS = require("exceljs");
new ExcelJS.Workbook().xlsx.readFile(process.argv[1]).then(() => undefined, (e) => { console.error(e.message); process.exit(3); });`;

/** Runs one process and returns its wall time and peak RSS; throws on an unexpected exit. */
function run(args: string[], okCodes: number[], what: string): { ms: number; rss: number } {
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: REPO, stdio: ["ignore", "ignore", "pipe"], maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - started;
  if (child.error) throw child.error;
  if (child.status === null || !okCodes.includes(child.status)) {
    throw new Error(`${what} exited with ${child.status ?? child.signal}: ${child.stderr.toString().trim().slice(0, 500)}`);
  }
  const rss = /maxRSS (\d+)\s*$/.exec(child.stderr.toString());
  if (!rss) throw new Error(`${what} did not report its peak RSS.`);
  return { ms, rss: Number(rss[1]) * 1024 };
}

/** Times the CLI's validate and an ExcelJS read of `file`, in pairs as `runs` says. `cliMain` is the compiled src/cli/main.js. */
export async function cliRatio(file: string, cliMain: string, runs: RunPlan, asOf: string): Promise<CliResult> {
  if (!fs.existsSync(cliMain)) throw new Error(`No compiled CLI at ${cliMain}.`);
  // As bin/action-plan.js does, with argv shaped like `node action-plan validate FILE`.
  const launcher = `${REPORT_RSS} require(${JSON.stringify(cliMain)}).main([process.argv[0], "action-plan", ...process.argv.slice(1)]);`;
  const pairs = await repeat(runs, () => ({
    // Exit 1 means error findings, which the generated plan has (as the Reading plan does).
    cli: run(["-e", launcher, "validate", file, "--as-of", asOf], [0, 1], "action-plan validate"),
    excel: run(["-e", EXCELJS_READ, file], [0], "ExcelJS read"),
  }));
  const cliValidateMs = median(pairs.map((p) => p.cli.ms));
  const excelJsReadMs = median(pairs.map((p) => p.excel.ms));
  const cliPeakRssBytes = median(pairs.map((p) => p.cli.rss));
  const excelJsPeakRssBytes = median(pairs.map((p) => p.excel.rss));
  return {
    file: path.relative(REPO, file),
    fileBytes: fs.statSync(file).size,
    runs: pairs.length,
    cliValidateMs,
    excelJsReadMs,
    ratio: cliValidateMs / excelJsReadMs,
    cliPeakRssBytes,
    excelJsPeakRssBytes,
    rssRatio: cliPeakRssBytes / excelJsPeakRssBytes,
  };
}
