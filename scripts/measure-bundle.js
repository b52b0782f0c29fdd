#!/usr/bin/env node
/**
 * Gzip size of the pane's JavaScript in dist/ (run `npm run build` first), as JSON for
 * `npm run bench -- --json`: the entry chunk (what the first paint needs), each lazily loaded
 * view chunk, and all of the pane's JS together (an upper bound on any first useful view).
 * office.js and its host files are Microsoft's and not counted.
 *
 *   node scripts/measure-bundle.js [dist]
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const dist = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));
const files = fs.readdirSync(dist).filter((f) => f.endsWith(".js") && !/^(office|o15|excel-)/.test(f) && !f.startsWith("commands."));
const gzip = (f) => zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length;
const sizes = Object.fromEntries(files.map((f) => [f, gzip(f)]));
const entry = files.find((f) => f.startsWith("taskpane."));
const views = Object.fromEntries(files.filter((f) => /-view\./.test(f)).map((f) => [f.replace(/\..*$/, ""), sizes[f]]));
process.stdout.write(
  `${JSON.stringify(
    {
      entryGzipBytes: entry ? sizes[entry] : null,
      viewChunkGzipBytes: views,
      allPaneJsGzipBytes: Object.values(sizes).reduce((a, b) => a + b, 0),
      budgetGzipBytes: 169 * 1024,
      files: sizes,
    },
    null,
    2,
  )}\n`,
);
