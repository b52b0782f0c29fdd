#!/usr/bin/env node
/**
 * Serves the "Preview without Excel" (build/preview/, built by `npm run build:preview`) on
 * 127.0.0.1 and prints its address. `npm run preview` builds it and runs this.
 *
 *   PORT=4000 node scripts/preview.js
 */
"use strict";

const fs = require("fs");
const path = require("path");
const { serve, portFromEnv } = require("./serve-dist");

const root = path.resolve(__dirname, "../build/preview");

async function main() {
  if (!fs.existsSync(path.join(root, "preview.html"))) {
    throw new Error("The preview is not built: run `npm run build:preview` (or `npm run preview`, which builds it).");
  }
  const { url } = await serve({ root, port: portFromEnv(), index: "preview.html" });
  console.log("Action Plan Assistant: preview without Excel");
  console.log(`  ${url}/preview.html`);
  console.log("  The real task pane over an in-memory Excel double holding samples/reading-improvement-plan.xlsx.");
  console.log("  Views: ?view=plan | update | validate | summary; &theme=dark; &width=320..500. Ctrl+C to stop.");
}

main().catch((error) => {
  console.error(error.code === "EADDRINUSE" ? `Port in use: ${error.message}. Set PORT to another port.` : error.message);
  process.exit(1);
});
