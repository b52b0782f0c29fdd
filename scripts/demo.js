#!/usr/bin/env node
// `npm run demo`: the main job on the bundled sample plan, as at its own board date (8 June 2015).
// Runs the compiled CLI (built by `npm ci` through `prepare`) and never modifies the sample.
const { mkdirSync } = require("node:fs");
const path = require("node:path");
const { run } = require("../build/cli/cli/main.js");

const root = path.resolve(__dirname, "..");
const sample = path.join(root, "samples", "reading-improvement-plan.xlsx");
const outDir = path.join(root, "test-output", "demo");
const asOf = "2015-06-08";

async function step(title, args) {
  process.stdout.write(`\n=== ${title}\n$ action-plan ${args.map((a) => (a.includes(" ") ? `"${a}"` : a)).join(" ")}\n\n`);
  const code = await run(["node", "action-plan", ...args]);
  // validate exits 1 when it finds errors: that is its answer, not a failure of the demo.
  if (code !== 0 && !(args[0] === "validate" && code === 1)) throw new Error(`${args[0]} failed with exit code ${code}`);
}

(async () => {
  mkdirSync(outDir, { recursive: true });
  const rel = path.relative(process.cwd(), sample);
  await step("Where is the plan?", ["inspect", rel]);
  await step("Is it ready to circulate?", ["validate", rel, "--as-of", asOf]);
  await step("Who needs chasing for updates?", ["chase", rel, "--as-of", asOf]);
  const updated = path.relative(process.cwd(), path.join(outDir, "updated-plan.xlsx"));
  await step("A service manager adds an update (written to a copy)", [
    "update", rel, "--ref", "69E", "--initials", "KJ", "--text", "Thresholds workshop held", "--date", "2015-06-10", "--out", updated,
  ]);
  await step("The board's RAG summary (written to a copy)", ["summary", updated, "--as-of", asOf, "--out", path.relative(process.cwd(), path.join(outDir, "board-summary.xlsx"))]);
  process.stdout.write(`\nDone. Output workbooks are in ${path.relative(process.cwd(), outDir)}/; the sample is unchanged.\n`);
})().catch((error) => {
  process.stderr.write(`demo: ${error.message}\n`);
  process.exit(1);
});
