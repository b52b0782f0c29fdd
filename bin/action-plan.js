#!/usr/bin/env node
// The CLI is compiled to build/cli by `npm run prepare` (run by `npm ci`).
require("../build/cli/cli/main.js").main(process.argv);
