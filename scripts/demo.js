#!/usr/bin/env node
// `npm run demo [-- --verbose]`: the main job on the bundled sample plan, as at its own board date
// (8 June 2015). Runs the compiled CLI (built by `npm ci` through `prepare`) and never modifies
// the sample. A person reads the answer first: the verdict and counts, then the top findings,
// then where the full report and the board summary copy were written. `--verbose` prints every
// command's own output as well.
const { mkdirSync, writeFileSync } = require("node:fs");
const path = require("node:path");
const { run } = require("../build/cli/cli/main.js");

const root = path.resolve(__dirname, "..");
const sample = path.join(root, "samples", "reading-improvement-plan.xlsx");
const outDir = path.join(root, "test-output", "demo");
const asOf = "2015-06-08";
const TOP_FINDINGS = 5;

const args = process.argv.slice(2);
const verbose = args.includes("--verbose") || args.includes("-v");
if (args.some((a) => a !== "--verbose" && a !== "-v")) {
  process.stderr.write("usage: npm run demo [-- --verbose]\n");
  process.exit(2);
}

const rel = (file) => path.relative(process.cwd(), file);
const plural = (n, word) => `${n.toLocaleString("en-GB")} ${word}${n === 1 ? "" : "s"}`;

/** Runs one CLI command, capturing what it prints; with --verbose, shows it too. */
async function cli(title, argv) {
  let stdout = "";
  let stderr = "";
  const out = { stdout: (t) => (stdout += t.endsWith("\n") ? t : `${t}\n`), stderr: (t) => (stderr += t.endsWith("\n") ? t : `${t}\n`) };
  const code = await run(["node", "action-plan", ...argv], out);
  // validate exits 1 when it finds errors: that is its answer, not a failure of the demo.
  if (code !== 0 && !(argv[0] === "validate" && code === 1)) throw new Error(`${argv[0]} failed with exit code ${code}: ${stderr.trim()}`);
  if (verbose && title) {
    const shown = argv.map((a) => (a.includes(" ") ? `"${a}"` : a)).join(" ");
    process.stdout.write(`\n=== ${title}\n$ action-plan ${shown}\n\n${stdout}`);
  }
  return stdout;
}

/** One finding from each of the rules with most errors first (then warnings), so the top few show the range of problems. */
function topFindings(findings, count) {
  const bySeverity = ["error", "warning", "info"].map((s) => findings.filter((f) => f.severity === s));
  const picked = [];
  for (const list of bySeverity) {
    const byRule = new Map();
    for (const f of list) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
    const rules = [...byRule.values()].sort((a, b) => b.length - a.length);
    for (const group of rules) if (picked.length < count) picked.push({ finding: group[0], more: group.length - 1 });
  }
  return picked;
}

(async () => {
  mkdirSync(outDir, { recursive: true });
  const plan = rel(sample);
  const files = {
    report: path.join(outDir, "validation-report.txt"),
    markdown: path.join(outDir, "validation-report.md"),
    chase: path.join(outDir, "chase-list.txt"),
    updated: path.join(outDir, "updated-plan.xlsx"),
    summary: path.join(outDir, "board-summary.xlsx"),
  };

  const overview = JSON.parse(await cli(null, ["inspect", plan, "--json"]));
  if (verbose) await cli("Where is the plan?", ["inspect", plan]);
  const report = JSON.parse(await cli(null, ["validate", plan, "--as-of", asOf, "--json"]));
  writeFileSync(files.report, await cli("Is it ready to circulate?", ["validate", plan, "--as-of", asOf]));
  writeFileSync(files.markdown, await cli(null, ["validate", plan, "--as-of", asOf, "--format", "markdown"]));
  const chase = JSON.parse(await cli(null, ["chase", plan, "--as-of", asOf, "--json"]));
  writeFileSync(files.chase, await cli("Who needs chasing for updates?", ["chase", plan, "--as-of", asOf]));
  await cli("A service manager adds an update (written to a copy)", [
    "update", plan, "--ref", "69E", "--initials", "KJ", "--text", "Thresholds workshop held", "--date", "2015-06-08", "--out", rel(files.updated),
  ]);
  const summary = JSON.parse(await cli(null, ["summary", rel(files.updated), "--as-of", asOf, "--json"]));
  const added = await cli("The board's RAG summary (written to a copy)", ["summary", rel(files.updated), "--as-of", asOf, "--out", rel(files.summary)]);
  const sheet = /Added sheet "([^"]+)"/.exec(added)?.[1] ?? "?";

  const { counts } = report;
  const ready = counts.error === 0 && counts.warning === 0;
  const chased = new Set(chase.owners.flatMap((o) => o.items.map((i) => `${i.sheet}!${i.row}`))).size;
  const t = summary.totals;
  const lines = [
    "",
    `${plan}, as at 08/06/2015 (the plan's own board date)`,
    "",
    `Verdict: ${ready ? "ready to circulate" : "not ready to circulate"}: ${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}, ${plural(counts.info, "note")}.`,
    `  Plan:  ${plural(overview.actions, "action")} in ${plural(overview.workstreams.length, "workstream")} on "${overview.sheet}" (header on row ${overview.headerRow}).`,
    `  Board: overall ${t.overall}; ${t.rag.red} Red, ${t.rag.amber} Amber, ${t.rag.green} Green, ${t.rag.blue} Blue (complete), ${t.rag.grey} Grey; ${t.percentComplete}% complete.`,
    `  Chase: ${plural(chased, "open action")} without an update in ${chase.staleDays} days, ${plural(chase.owners.length, "owner")} to chase.`,
    "",
    `Top findings (one per rule, most frequent first):`,
    ...topFindings(report.findings, TOP_FINDINGS).map(
      ({ finding: f, more }) => `  ${f.severity.padEnd(7)} ${`${f.sheet}!${f.cell}`.padEnd(16)} ${f.ref ? `${f.ref}: ` : ""}${f.message}${more ? ` (+${more} more like this)` : ""}`,
    ),
    "",
    "Written (the sample is unchanged):",
    `  full validation report   ${rel(files.report)} (and ${path.basename(files.markdown)} to paste into a board paper)`,
    `  chase list               ${rel(files.chase)}`,
    `  copy with an update      ${rel(files.updated)} (69E, "Thresholds workshop held", KJ, logged)`,
    `  board summary copy       ${rel(files.summary)} (sheet "${sheet}")`,
    "",
    verbose ? "" : "Every command's full output: npm run demo -- --verbose",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
})().catch((error) => {
  process.stderr.write(`demo: ${error.message}\n`);
  process.exit(1);
});
