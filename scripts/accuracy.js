#!/usr/bin/env node
// `npm run accuracy`: how well the reader and Validate do on plans laid out as real producers lay
// them out, against hand-written answer keys (test/fixtures/layouts/*.key.json and
// test/accuracy/reading/*.key.json). Runs over the compiled core in build/cli.
//
//   node scripts/accuracy.js [--json] [--verbose] [--only NAME] [--update-readme]
//
// What is counted (per workbook, then summed):
// - layout: right when the sheets read, each sheet's header row and its set of action rows all
//   equal the key's (and its heading rows, where the key lists them); for a workbook that is not
//   a plan, right when the reader refuses it.
// - column meanings: each column the key lists is one item; right when the reader maps exactly
//   the key's meaning to it (a column the key marks null must be left unmapped).
// - error findings: a finding fits a labelled defect when it is on one of the defect's rows (and
//   sheet) and its rule is one of the defect's rules. Recall = error-labelled defects matched by
//   an error finding / error-labelled defects. Precision = error findings that fit a labelled
//   defect (of any severity: the defect is real) / all error findings; a second error finding on
//   a defect already matched is a repeat and counts as a false alarm (issue 10: one error per
//   duplicate-ref clash, not one per row).
// - warnings and notes are not scored: the report shows how many labelled warnings were found
//   (by a finding of any severity) and how many warnings/notes fall on no labelled defect.
const path = require("node:path");
const { readdirSync, readFileSync, writeFileSync, existsSync } = require("node:fs");

const ROOT = path.resolve(__dirname, "..");
const GALLERY = path.join(ROOT, "test", "fixtures", "layouts");
const READING_KEYS = path.join(ROOT, "test", "accuracy", "reading");
/** Real workbooks from the shared corpus that are not plans (test/accuracy/corpus). */
const CORPUS_KEYS = path.join(ROOT, "test", "accuracy", "corpus");
const CORPUS_DIRS = [path.resolve(ROOT, "..", "shared", "corpus"), "/work/shared/corpus"];
/** The Reading fixtures live in test/fixtures once copied there, else in the shared folder. */
const READING_DIRS = [path.join(ROOT, "test", "fixtures"), path.resolve(ROOT, "..", "shared", "fixtures"), "/work/shared/fixtures"];

/** `A` → 1, `AA` → 27. */
function columnNumber(letters) {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `["5-11", 14]` → [5, 6, ..., 11, 14]. */
function expandRows(list = []) {
  const rows = [];
  for (const item of list) {
    const m = /^(\d+)-(\d+)$/.exec(String(item));
    if (m) for (let r = Number(m[1]); r <= Number(m[2]); r += 1) rows.push(r);
    else rows.push(Number(item));
  }
  return rows;
}

/** Each answer key with the workbook it describes; `set` is "gallery" or "reading". */
function loadEntries() {
  const entries = [];
  // A Reading key whose workbook is nowhere to be found is skipped (with a message), not failed.
  for (const name of readdirSync(GALLERY).filter((f) => f.endsWith(".key.json")).sort()) {
    const key = JSON.parse(readFileSync(path.join(GALLERY, name), "utf8"));
    entries.push({ set: "gallery", name: key.workbook.replace(/\.xlsx$/, ""), file: path.join(GALLERY, key.workbook), key });
  }
  for (const [set, keys, dirs] of [["reading", READING_KEYS, READING_DIRS], ["corpus", CORPUS_KEYS, CORPUS_DIRS]]) {
    if (!existsSync(keys)) continue;
    for (const name of readdirSync(keys).filter((f) => f.endsWith(".key.json")).sort()) {
      const key = JSON.parse(readFileSync(path.join(keys, name), "utf8"));
      const dir = dirs.find((d) => existsSync(path.join(d, key.workbook)));
      if (!dir) {
        process.stderr.write(`accuracy: ${key.workbook} not found in ${dirs.join(", ")}; skipped\n`);
        continue;
      }
      entries.push({ set, name: path.basename(key.workbook).replace(/\.xlsx$/, ""), file: path.join(dir, key.workbook), key });
    }
  }
  return entries;
}

const sameSet = (a, b) => a.length === b.length && a.every((x) => b.includes(x));

/** Where the reader put each column of one plan sheet: column number → meanings. */
function mappedColumns(planSheet) {
  const byColumn = new Map();
  for (const [meaning, at] of Object.entries(planSheet.columns || {})) {
    for (const col of Array.isArray(at) ? at : [at]) {
      if (typeof col !== "number") continue;
      byColumn.set(col, [...(byColumn.get(col) || []), meaning]);
    }
  }
  // Period columns holding one update history (`November 2024`, `December 2024`) are each `update`.
  for (const { column } of planSheet.updateColumns || []) if (!byColumn.has(column)) byColumn.set(column, ["update"]);
  return byColumn;
}

/** Scores one workbook's read plan (or refusal) and findings against its key. */
function scoreEntry(entry, result, findings) {
  const { key } = entry;
  const out = { set: entry.set, name: entry.name, layout: { right: false, why: [] }, columns: { right: 0, total: 0, wrong: [] }, errors: { labelled: 0, found: 0, findings: 0, correct: 0, missed: [], falseAlarms: [] }, warnings: { labelled: 0, found: 0, unlabelled: 0 } };
  const keySheets = key.sheets || [];
  for (const s of keySheets) out.columns.total += Object.keys(s.columns).length;

  if (!key.plan) {
    out.layout.right = !result.ok;
    if (result.ok) out.layout.why.push(`read as a plan (${result.plan.sheets.map((s) => `${s.sheet}!${s.headerRow}`).join(", ")}) but it is not one`);
  } else if (!result.ok) {
    out.layout.why.push(`refused: ${result.message}`);
    for (const s of keySheets) for (const [letter, meaning] of Object.entries(s.columns)) out.columns.wrong.push(`${s.sheet}!${letter} ${meaning ?? "none"} (plan refused)`);
  } else {
    const plan = result.plan;
    const readSheets = plan.sheets.map((s) => s.sheet);
    if (!sameSet(readSheets, keySheets.map((s) => s.sheet))) out.layout.why.push(`sheets ${JSON.stringify(readSheets)}, key ${JSON.stringify(keySheets.map((s) => s.sheet))}`);
    for (const s of keySheets) {
      const read = plan.sheets.find((p) => p.sheet === s.sheet);
      if (!read) {
        for (const [letter, meaning] of Object.entries(s.columns)) out.columns.wrong.push(`${s.sheet}!${letter} ${meaning ?? "none"} (sheet not read)`);
        continue;
      }
      if (read.headerRow !== s.headerRow) out.layout.why.push(`${s.sheet}: header row ${read.headerRow}, key ${s.headerRow}`);
      const want = expandRows(s.actionRows);
      const got = plan.actions.filter((a) => a.sheet === s.sheet).map((a) => a.row);
      const extra = got.filter((r) => !want.includes(r));
      const missing = want.filter((r) => !got.includes(r));
      if (extra.length) out.layout.why.push(`${s.sheet}: rows read as actions that are not: ${extra.join(", ")}`);
      if (missing.length) out.layout.why.push(`${s.sheet}: action rows not read: ${missing.join(", ")}`);
      if (s.headingRows) {
        const lo = s.headerRow;
        const hi = Math.max(...want, ...s.headingRows);
        const headings = plan.headings.filter((h) => h.sheet === s.sheet && h.row > lo && h.row <= hi).map((h) => h.row);
        if (!sameSet(headings, s.headingRows)) out.layout.why.push(`${s.sheet}: heading rows ${JSON.stringify(headings)}, key ${JSON.stringify(s.headingRows)}`);
      }
      const byColumn = mappedColumns(read);
      for (const [letter, meaning] of Object.entries(s.columns)) {
        const got = byColumn.get(columnNumber(letter)) || [];
        const right = meaning === null ? got.length === 0 : got.length === 1 && got[0] === meaning;
        if (right) out.columns.right += 1;
        else out.columns.wrong.push(`${s.sheet}!${letter} ${meaning ?? "none"}, read as ${got.join("+") || "none"}`);
      }
    }
    out.layout.right = out.layout.why.length === 0;
  }

  // Findings against labelled defects.
  const defaultSheet = keySheets[0]?.sheet;
  const defects = (key.defects || []).map((d) => ({ ...d, sheet: d.sheet || defaultSheet, rows: d.rows || [d.row], matchedByError: false, matched: false }));
  const fits = (f, d) => f.sheet === d.sheet && d.rows.includes(f.row) && d.rules.includes(f.rule);
  // A defect's first rule is the one that names it best: findings of that rule are matched first,
  // so when two rules fire on one defect the other one is the repeat.
  const errors = findings.filter((x) => x.severity === "error");
  const matchedFinding = new Set();
  for (const primary of [true, false]) {
    for (const f of errors) {
      if (matchedFinding.has(f)) continue;
      const open = defects.find((d) => !d.matchedByError && fits(f, d) && (!primary || d.rules[0] === f.rule));
      if (!open) continue;
      open.matchedByError = true;
      open.matched = true;
      matchedFinding.add(f);
    }
  }
  out.errors.findings = errors.length;
  out.errors.correct = matchedFinding.size;
  for (const f of errors.filter((x) => !matchedFinding.has(x))) {
    out.errors.falseAlarms.push(`${f.sheet}!${f.cell} ${f.rule}${defects.some((d) => fits(f, d)) ? " (repeat)" : ""}: ${f.message}`);
  }
  for (const f of findings.filter((x) => x.severity !== "error")) {
    const candidates = defects.filter((d) => fits(f, d));
    if (candidates.length) candidates.forEach((d) => (d.matched = true));
    else out.warnings.unlabelled += 1;
  }
  for (const d of defects) {
    if (d.severity === "error") {
      out.errors.labelled += 1;
      if (d.matchedByError) out.errors.found += 1;
      else out.errors.missed.push(`${d.sheet}!${d.rows.join("/")} ${d.ref ?? ""} ${d.rules.join("|")}: ${d.why}`);
    } else {
      out.warnings.labelled += 1;
      if (d.matched) out.warnings.found += 1;
    }
  }
  return out;
}

/** Sums workbook scores into the table's figures. */
function total(scores) {
  const t = { workbooks: scores.length, layoutRight: 0, columnsRight: 0, columns: 0, errorsLabelled: 0, errorsFound: 0, errorFindings: 0, errorsCorrect: 0, warningsLabelled: 0, warningsFound: 0, unlabelledWarnings: 0 };
  for (const s of scores) {
    t.layoutRight += s.layout.right ? 1 : 0;
    t.columnsRight += s.columns.right;
    t.columns += s.columns.total;
    t.errorsLabelled += s.errors.labelled;
    t.errorsFound += s.errors.found;
    t.errorFindings += s.errors.findings;
    t.errorsCorrect += s.errors.correct;
    t.warningsLabelled += s.warnings.labelled;
    t.warningsFound += s.warnings.found;
    t.unlabelledWarnings += s.warnings.unlabelled;
  }
  t.recall = t.errorsLabelled ? t.errorsFound / t.errorsLabelled : 1;
  t.precision = t.errorFindings ? t.errorsCorrect / t.errorFindings : 1;
  return t;
}

/**
 * Measures every key. `api` is the core: `openSnapshot(file)`, `readPlan(snapshot)` and
 * `validatePlan(plan, asOf)`, so the jest test can pass the TypeScript sources and the script
 * the compiled ones.
 */
async function measure(api, { only, sets: wanted } = {}) {
  const entries = loadEntries().filter((e) => (!only || e.name.includes(only)) && (!wanted || wanted.includes(e.set)));
  const scores = [];
  for (const entry of entries) {
    const snapshot = await api.openSnapshot(entry.file);
    const result = api.readPlan(snapshot);
    const findings = result.ok ? api.validatePlan(result.plan, entry.key.asOf).findings : [];
    scores.push(scoreEntry(entry, result, findings));
  }
  const sets = {};
  for (const set of ["gallery", "reading", "corpus"]) {
    const some = scores.filter((s) => s.set === set);
    if (some.length) sets[set] = total(some);
  }
  return { sets, all: total(scores), workbooks: scores };
}

const pct = (x) => `${(100 * x).toFixed(1)} %`;

/** The table README shows. */
function table(report) {
  const lines = ["| | workbooks | layout right | column meanings right | error recall | error precision | labelled warnings found | unlabelled warnings/notes |", "| --- | --- | --- | --- | --- | --- | --- | --- |"];
  const row = (label, t) =>
    `| ${label} | ${t.workbooks} | ${t.layoutRight}/${t.workbooks} | ${t.columnsRight}/${t.columns} | ${t.errorsFound}/${t.errorsLabelled} (${pct(t.recall)}) | ${t.errorsCorrect}/${t.errorFindings} (${pct(t.precision)}) | ${t.warningsFound}/${t.warningsLabelled} | ${t.unlabelledWarnings} |`;
  if (report.sets.gallery) lines.push(row("layout gallery", report.sets.gallery));
  if (report.sets.reading) lines.push(row("Reading fixtures", report.sets.reading));
  if (report.sets.corpus) lines.push(row("real non-plans (corpus)", report.sets.corpus));
  lines.push(row("all", report.all));
  return lines.join("\n");
}

function details(report, verbose) {
  const lines = [];
  for (const s of report.workbooks) {
    const ok = s.layout.right && s.columns.right === s.columns.total && !s.errors.missed.length && !s.errors.falseAlarms.length;
    lines.push(`${ok ? "ok  " : "MISS"} ${s.name}: layout ${s.layout.right ? "right" : "wrong"}, columns ${s.columns.right}/${s.columns.total}, errors found ${s.errors.found}/${s.errors.labelled}, false alarms ${s.errors.falseAlarms.length}`);
    if (ok && !verbose) continue;
    const cap = (list) => (verbose ? list : list.slice(0, 6).concat(list.length > 6 ? [`... ${list.length - 6} more (--verbose)`] : []));
    for (const w of s.layout.why) lines.push(`       layout: ${w}`);
    for (const w of cap(s.columns.wrong)) lines.push(`       column: ${w}`);
    for (const w of cap(s.errors.missed)) lines.push(`       missed: ${w}`);
    for (const w of cap(s.errors.falseAlarms)) lines.push(`       false alarm: ${w}`);
  }
  return lines.join("\n");
}

/** Writes the table into README.md between its accuracy markers (`--update-readme`). */
function updateReadme(report) {
  const file = path.join(ROOT, "README.md");
  const text = readFileSync(file, "utf8");
  const start = "<!-- accuracy:start -->";
  const end = "<!-- accuracy:end -->";
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a < 0 || b < a) throw new Error("README.md has no accuracy markers");
  writeFileSync(file, `${text.slice(0, a + start.length)}\n${table(report)}\n${text.slice(b)}`);
}

/** The compiled core, as `npm run accuracy` runs it. */
function compiledApi() {
  const build = path.join(ROOT, "build", "cli");
  const { openXlsxFile } = require(path.join(build, "xlsx", "file.js"));
  const { readPlan } = require(path.join(build, "plan", "read-plan.js"));
  const { validatePlan } = require(path.join(build, "plan", "validate.js"));
  return { openSnapshot: async (file) => (await openXlsxFile(file)).readSnapshot(), readPlan, validatePlan };
}

module.exports = { measure, table, scoreEntry, expandRows, columnNumber, loadEntries };

if (require.main === module) {
  const args = process.argv.slice(2);
  const onlyAt = args.indexOf("--only");
  measure(compiledApi(), { only: onlyAt >= 0 ? args[onlyAt + 1] : undefined })
    .then((report) => {
      if (args.includes("--json")) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else process.stdout.write(`${details(report, args.includes("--verbose"))}\n\n${table(report)}\n`);
      if (args.includes("--update-readme")) updateReadme(report);
    })
    .catch((error) => {
      process.stderr.write(`accuracy: ${error.stack}\n`);
      process.exit(1);
    });
}
