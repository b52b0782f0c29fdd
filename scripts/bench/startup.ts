/**
 * How long `action-plan --help` takes against bare `node -e 0`: each a whole process, timed from
 * spawn to exit (what a user waits for), alternating so both see the same machine load. The CLI
 * loads only commander and its option declarations for `--help`; each command's action imports
 * the core and the file adapter when it runs (src/cli/main.ts).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { performance } from "node:perf_hooks";
import { median, repeat, type RunPlan } from "./stats";
import { REPO } from "./paths";

export interface StartupResult {
  runs: number;
  /** Median milliseconds of `action-plan --help`. */
  helpMs: number;
  /** Median milliseconds of `node -e 0`. */
  bareNodeMs: number;
  ratio: number;
}

function timedRun(args: string[], what: string): number {
  const started = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: REPO, stdio: ["ignore", "ignore", "pipe"] });
  const ms = performance.now() - started;
  if (child.error) throw child.error;
  if (child.status !== 0) throw new Error(`${what} exited with ${child.status ?? child.signal}: ${child.stderr.toString().trim().slice(0, 500)}`);
  return ms;
}

/** Times `--help` of the compiled CLI at `cliMain` and bare Node, in pairs as `runs` says. */
export async function startupRatio(cliMain: string, runs: RunPlan): Promise<StartupResult> {
  if (!fs.existsSync(cliMain)) throw new Error(`No compiled CLI at ${cliMain}.`);
  const launcher = `require(${JSON.stringify(cliMain)}).main([process.argv[0], "action-plan", "--help"]);`;
  // One unmeasured pair first: the first spawn pays for the file cache.
  timedRun(["-e", launcher], "action-plan --help");
  timedRun(["-e", "0"], "node -e 0");
  const pairs = await repeat(runs, () => ({ help: timedRun(["-e", launcher], "action-plan --help"), bare: timedRun(["-e", "0"], "node -e 0") }));
  const helpMs = median(pairs.map((p) => p.help));
  const bareNodeMs = median(pairs.map((p) => p.bare));
  return { runs: pairs.length, helpMs, bareNodeMs, ratio: helpMs / bareNodeMs };
}
