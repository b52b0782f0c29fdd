#!/usr/bin/env node
/**
 * What each view of the task pane loads before it is useful, in gzip bytes, measured on a
 * production build (`npm run build` writes dist/; `npm run bench` uses this through
 * scripts/bench/bundle.ts). It follows the chunk graph webpack wrote beside the pages
 * (chunk-graph.json, see ChunkGraphPlugin in webpack.config.js), so the files counted are the ones
 * the browser fetches, shared chunks included, not a guess from file names:
 *
 *   the entry's files (taskpane.html's script tags)
 *   + the Office adapter's group ("excel"), which boot.tsx awaits before it shows any view
 *   + the view's own group ("<view>-view", React.lazy in view-chunks.ts)
 *   + every group those preload (webpackPreload), transitively.
 *
 * office.js and the host files it loads are Microsoft's and not counted.
 *
 *   node scripts/measure-bundle.js [dist]
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** The budget for a first useful view: the official React template's 169 KB of gzip. */
const FIRST_VIEW_BUDGET_GZIP_BYTES = 169 * 1024;
const GRAPH_FILE = "chunk-graph.json";
const ENTRY = "taskpane";
/** Chunk groups boot.tsx loads inside Excel before any view is shown. */
const BEFORE_ANY_VIEW = ["excel"];
const VIEW_GROUP = /^(.+)-view$/;

/** The chunk graph of a build, or null when the build predates ChunkGraphPlugin. */
function readGraph(dir) {
  const file = path.join(dir, GRAPH_FILE);
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : null;
}

/** gzip level 6: zlib's default, what web servers and CDNs typically serve. */
function gzipBytes(dir, file) {
  return zlib.gzipSync(fs.readFileSync(path.join(dir, file)), { level: 6 }).length;
}

/** The files of `names`' groups and of every group they preload, each file once, in load order. */
function filesOf(graph, names) {
  const files = [];
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const group = graph.groups[name];
    if (!group) throw new Error(`${GRAPH_FILE} has no chunk group "${name}".`);
    for (const file of group.files) if (!files.includes(file)) files.push(file);
    for (const child of group.preload) visit(child);
  };
  names.forEach(visit);
  return files;
}

/**
 * For each view (a group named "<view>-view"): the files it needs before it is useful and their
 * gzip bytes together. `gzip` measures one file (cached by the caller if it likes).
 */
function firstViews(graph, gzip) {
  const views = {};
  for (const name of Object.keys(graph.groups).sort()) {
    const view = VIEW_GROUP.exec(name)?.[1];
    if (!view) continue;
    const files = filesOf(graph, [ENTRY, ...BEFORE_ANY_VIEW, name]);
    views[view] = { files, gzipBytes: files.reduce((sum, file) => sum + gzip(file), 0) };
  }
  return views;
}

/** Everything the command line prints for `dir`. */
function measure(dir) {
  const graph = readGraph(dir);
  if (!graph) throw new Error(`${path.join(dir, GRAPH_FILE)} is missing: run \`npm run build\` first.`);
  const cache = new Map();
  const gzip = (file) => {
    if (!cache.has(file)) cache.set(file, gzipBytes(dir, file));
    return cache.get(file);
  };
  const views = firstViews(graph, gzip);
  const pane = Object.entries(graph.groups)
    .filter(([name, group]) => name === ENTRY || !group.initial)
    .flatMap(([, group]) => group.files);
  const all = [...new Set(pane)];
  return {
    entryGzipBytes: filesOf(graph, [ENTRY]).reduce((sum, file) => sum + gzip(file), 0),
    firstViewGzipBytes: Object.fromEntries(Object.entries(views).map(([view, v]) => [view, v.gzipBytes])),
    allPaneJsGzipBytes: all.reduce((sum, file) => sum + gzip(file), 0),
    budgetGzipBytes: FIRST_VIEW_BUDGET_GZIP_BYTES,
    firstViewFiles: Object.fromEntries(Object.entries(views).map(([view, v]) => [view, v.files])),
    files: Object.fromEntries(all.sort().map((file) => [file, gzip(file)])),
  };
}

module.exports = { FIRST_VIEW_BUDGET_GZIP_BYTES, GRAPH_FILE, readGraph, filesOf, firstViews, measure };

if (require.main === module) {
  const dir = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));
  process.stdout.write(`${JSON.stringify(measure(dir), null, 2)}\n`);
}
