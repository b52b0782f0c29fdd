/**
 * The task pane's JavaScript as shipped: raw and gzip bytes of what taskpane.html loads at once
 * (its script tags, office.js aside), of what each view loads before it is useful (followed
 * through the build's chunk graph by scripts/measure-bundle.js) and of every chunk of ours (the
 * lazily loaded views, the Office adapter, the function file), leaving out office.js and the
 * Microsoft files copied beside it. Measured on a production build: dist/ when it is newer than its sources; otherwise
 * a fresh build in build/bench/dist (dist/ may be served by someone's end-to-end run, and
 * webpack empties its output folder first).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";
import { BENCH_OUT, REPO } from "./paths";
import { FIRST_VIEW_BUDGET_GZIP_BYTES, firstViews, readGraph } from "../measure-bundle";

export interface BundleFile {
  name: string;
  rawBytes: number;
  gzipBytes: number;
}

export interface BundleResult {
  /** The folder measured, relative to the repo. */
  dir: string;
  /** Whether the bench built it (the build's time is not part of any figure). */
  built: boolean;
  /** True when measuring a build older than its sources (only with `build: "never"`). */
  stale: boolean;
  initialRawBytes: number;
  initialGzipBytes: number;
  totalRawBytes: number;
  totalGzipBytes: number;
  /** office.js itself, which taskpane.html also loads first (Microsoft's, for reference). */
  officeJsGzipBytes: number | null;
  initialFiles: string[];
  /**
   * Per view: gzip bytes of all JavaScript it needs before it is useful inside Excel (the entry,
   * the Office adapter, the view's chunks and those they preload), and those files.
   */
  firstViewGzipBytes: Record<string, number>;
  firstViewFiles: Record<string, string[]>;
  /** The budget for each first view (169 KB gzip, the official React template's size). */
  firstViewBudgetGzipBytes: number;
  files: BundleFile[];
}

/** What a production build of the pane is made from (src/cli and src/xlsx never reach it). */
const INPUTS = ["src/taskpane", "src/commands", "src/plan", "src/excel", "src/support", "assets", "webpack.config.js", "tsconfig.json", "package-lock.json", "manifest.xml"];

/** Files webpack copies from @microsoft/office-js (see webpack.config.js's copyPatterns). */
const MICROSOFT = /^(office|o15apptofilemappingtable|excel-[a-z0-9]+-\d+\.\d+(-core)?)(\.debug)?\.js$/;

function newestInput(): number {
  let newest = 0;
  const visit = (file: string) => {
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const entry of fs.readdirSync(file)) visit(path.join(file, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const input of INPUTS) visit(path.join(REPO, input));
  return newest;
}

/** Whether `dir` holds a production build, with its chunk graph, at least as new as every input. */
export function buildIsFresh(dir: string): boolean {
  const page = fs.statSync(path.join(dir, "taskpane.html"), { throwIfNoEntry: false });
  if (!page || !readGraph(dir)) return false;
  const scripts = scriptsOf(dir);
  // A development build has unhashed names: not what ships.
  if (!scripts.some((s) => /\.[0-9a-f]{8,}\.js$/.test(s))) return false;
  return page.mtimeMs >= newestInput();
}

/** The scripts taskpane.html loads (its `src` attributes), in order. */
function scriptsOf(dir: string): string[] {
  const html = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"' >]+)/g)].map((m) => m[1].replace(/^\.?\//, ""));
}

/** Runs `webpack --mode production` into `dir`. */
function build(dir: string): void {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [REPO] });
  const child = spawnSync(process.execPath, [cli, "--mode", "production", "--output-path", dir], { cwd: REPO, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (child.status !== 0) throw new Error(`webpack failed (${child.status ?? child.signal}):\n${(child.stdout + child.stderr).trim().split("\n").slice(-30).join("\n")}`);
}

/**
 * Picks (and when needed makes) the build to measure. `build`: "auto" builds into
 * build/bench/dist when dist/ is missing or stale; "never" measures dist/ as it is.
 */
export function productionBuild(mode: "auto" | "never"): { dir: string; built: boolean; stale: boolean } | null {
  const dist = path.join(REPO, "dist");
  if (buildIsFresh(dist)) return { dir: dist, built: false, stale: false };
  if (mode === "never") return fs.existsSync(path.join(dist, "taskpane.html")) ? { dir: dist, built: false, stale: true } : null;
  const own = path.join(BENCH_OUT, "dist");
  if (buildIsFresh(own)) return { dir: own, built: false, stale: false };
  build(own);
  return { dir: own, built: true, stale: false };
}

function sizes(dir: string, name: string): BundleFile {
  const bytes = fs.readFileSync(path.join(dir, name));
  // gzip level 6: zlib's default, what web servers and CDNs typically serve.
  return { name, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 6 }).length };
}

/** Raw and gzip bytes of the pane's JS in `dir`. */
export function measureBundle(dir: string, built: boolean, stale: boolean): BundleResult {
  const ours = fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".js") && !MICROSOFT.test(name) && fs.statSync(path.join(dir, name)).isFile())
    .sort();
  const files = ours.map((name) => sizes(dir, name));
  // Scripts from another origin (office.js from Microsoft's CDN in a production build) are not ours.
  const initialFiles = scriptsOf(dir).filter((s) => !/^[a-z][a-z0-9+.-]*:/i.test(s) && !MICROSOFT.test(s));
  for (const s of initialFiles) if (!ours.includes(s)) throw new Error(`taskpane.html loads ${s}, which is not in ${dir}.`);
  const initial = files.filter((f) => initialFiles.includes(f.name));
  const sum = (list: BundleFile[], key: "rawBytes" | "gzipBytes") => list.reduce((n, f) => n + f[key], 0);
  const office = fs.existsSync(path.join(dir, "office.js")) ? sizes(dir, "office.js").gzipBytes : null;
  const graph = readGraph(dir);
  if (!graph) throw new Error(`${dir} has no chunk-graph.json (built before webpack.config.js wrote one): run npm run build.`);
  const gzipOf = (name: string) => {
    const file = files.find((f) => f.name === name);
    if (!file) throw new Error(`chunk-graph.json names ${name}, which is not in ${dir}.`);
    return file.gzipBytes;
  };
  const views = firstViews(graph, gzipOf);
  return {
    dir: path.relative(REPO, dir),
    built,
    stale,
    initialRawBytes: sum(initial, "rawBytes"),
    initialGzipBytes: sum(initial, "gzipBytes"),
    totalRawBytes: sum(files, "rawBytes"),
    totalGzipBytes: sum(files, "gzipBytes"),
    officeJsGzipBytes: office,
    initialFiles,
    firstViewGzipBytes: Object.fromEntries(Object.entries(views).map(([view, v]) => [view, v.gzipBytes])),
    firstViewFiles: Object.fromEntries(Object.entries(views).map(([view, v]) => [view, v.files])),
    firstViewBudgetGzipBytes: FIRST_VIEW_BUDGET_GZIP_BYTES,
    files,
  };
}
