#!/usr/bin/env node
// The CLI is compiled to build/cli by `npm run prepare` (run by `npm ci`).
// Output piped into `head` and closed early is not an error of ours.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
require("../build/cli/cli/main.js").main(process.argv);
