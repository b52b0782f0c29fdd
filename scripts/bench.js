#!/usr/bin/env node
/**
 * `npm run bench` (see scripts/bench/index.ts for what it measures and its options).
 *
 * The bench is TypeScript, and uses sources that no build compiles for Node (the Excel double in
 * test/, the Office adapter in src/excel), so it is first transpiled, with everything it
 * imports, into build/bench/js (scripts/bench/transpile.js: no type check, only changed files).
 * Nothing else needs building first; the pane's production build is made on demand.
 */
"use strict";

const { transpile } = require("./bench/transpile");

const [bench, doubleWorker, cliMain] = transpile(["scripts/bench/index.ts", "scripts/bench/double-worker.ts", "src/cli/main.ts"]);
require(bench)
  .main(process.argv.slice(2), { cliMain, doubleWorker })
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error && error.stack ? error.stack : error);
      process.exitCode = 1;
    },
  );
