#!/usr/bin/env node
/**
 * Manual check that the .xlsx writer's output is valid for another implementation: writes an
 * update (append to H5, change D5, a new change-log sheet with its table and a row, the very
 * hidden state sheet) into every package-feature workbook and the core's own update into the
 * Reading plan, saves each with saveWorkbookCopy, then has LibreOffice open every result
 * headless, convert it to PDF and back to .xlsx, and reads LibreOffice's .xlsx back to see the
 * edits there. Run through scripts/check-with-libreoffice.sh (it builds first).
 *   node scripts/check-with-libreoffice.js <build dir> <output dir>
 */
const { execFileSync } = require("node:child_process");
const { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } = require("node:fs");
const os = require("node:os");
const path = require("node:path");

const [build, out] = process.argv.slice(2);
if (!build || !out) {
  console.error("usage: check-with-libreoffice.js <build dir> <output dir>");
  process.exit(2);
}
const { XlsxWorkbook } = require(path.resolve(build, "xlsx"));
const { saveWorkbookCopy } = require(path.resolve(build, "xlsx/save"));
const { readPlan, prepareUpdate } = require(path.resolve(build, "plan"));

const shared = path.join(__dirname, "../test/fixtures");
const features = path.join(shared, "package-features");
const ENTRY = "\n03.07.24 AB: Budget variance signed off.";
const LOG_HEADER = ["Timestamp", "Initials", "Sheet", "Cell", "Ref", "Field", "Before", "After"];

function cell(sheet, address) {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  const column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const first = /^([A-Z]+)(\d+)/.exec(sheet.address);
  const firstColumn = [...first[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return sheet.values[Number(m[2]) - Number(first[2])]?.[column - firstColumn];
}

async function writeFeatureUpdate(file) {
  const source = path.join(features, file);
  const bytes = new Uint8Array(readFileSync(source));
  const workbook = await XlsxWorkbook.fromBytes(bytes, file);
  const plan = (await workbook.readSnapshot()).sheets.find((s) => s.name === "Action Plan");
  const h5 = cell(plan, "H5");
  await workbook.apply({
    ensureSheets: [
      { name: "Plan change log", visibility: "Visible", header: LOG_HEADER, table: "PlanChangeLog" },
      { name: "ActionPlanAssistant", visibility: "VeryHidden", header: ["Key", "Part", "Value"] },
    ],
    writes: [
      { sheet: "Action Plan", address: "H5", values: [[h5 + ENTRY]], asText: true, expectedText: [[h5]] },
      { sheet: "Action Plan", address: "D5", values: [["Done"]], asText: true },
      { sheet: "Action Plan", address: "J30", values: [["beyond the used range"]], asText: true },
      { sheet: "Plan change log", address: "A2", values: [["2024-07-03 10:15", "AB", "Action Plan", "H5", "2", "update", h5, "=1+1"]], asText: true, growTable: "PlanChangeLog" },
    ],
  });
  const target = path.join(out, file.replace(/\.xlsx$/, "-updated.xlsx"));
  await saveWorkbookCopy(bytes, workbook, target, { sourcePath: source });
  return { target, expect: { "Action Plan": { H5: h5 + ENTRY, D5: "Done", J30: "beyond the used range" }, "Plan change log": { A1: "Timestamp", H2: "=1+1" } } };
}

async function writeReadingUpdate() {
  const source = path.join(shared, "reading-improvement-plan.xlsx");
  const bytes = new Uint8Array(readFileSync(source));
  const workbook = await XlsxWorkbook.fromBytes(bytes, "reading-improvement-plan.xlsx");
  const snapshot = await workbook.readSnapshot();
  const result = readPlan(snapshot);
  if (!result.ok) throw new Error(result.message);
  const prepared = prepareUpdate(result.plan, snapshot, {
    target: { ref: "81" }, initials: "AB", text: "Budget agreed.", date: "2015-07-01", status: "Complete", timestamp: "2015-07-01 09:30",
  });
  if (!prepared.ok) throw new Error(prepared.reason);
  await workbook.apply(prepared.changes);
  const target = path.join(out, "reading-improvement-plan-updated.xlsx");
  await saveWorkbookCopy(bytes, workbook, target, { sourcePath: source });
  return { target, expect: { "Action Plan": { [prepared.action.cells.update]: prepared.newText, [prepared.action.cells.status]: "Complete" } } };
}

async function main() {
  mkdirSync(out, { recursive: true });
  const jobs = [];
  for (const file of readdirSync(features).filter((f) => f.endsWith(".xlsx")).sort()) jobs.push(await writeFeatureUpdate(file));
  jobs.push(await writeReadingUpdate());
  const files = jobs.map((j) => j.target);
  const profile = `file://${mkdtempSync(path.join(os.tmpdir(), "apa-lo-profile-"))}`;
  const soffice = process.env.SOFFICE || "soffice";
  const run = (args) => execFileSync(soffice, ["--headless", "--norestore", `-env:UserInstallation=${profile}`, ...args], { stdio: "pipe", timeout: 300_000 });
  const pdfDir = path.join(out, "pdf");
  const xlsxDir = path.join(out, "libreoffice-xlsx");
  run(["--convert-to", "pdf", "--outdir", pdfDir, ...files]);
  run(["--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", xlsxDir, ...files]);

  let failures = 0;
  for (const job of jobs) {
    const name = path.basename(job.target, ".xlsx");
    const pdf = path.join(pdfDir, `${name}.pdf`);
    const back = path.join(xlsxDir, `${name}.xlsx`);
    const problems = [];
    if (!existsSync(pdf) || statSync(pdf).size === 0) problems.push("no PDF");
    if (!existsSync(back)) problems.push("no .xlsx from LibreOffice");
    else {
      const snapshot = await (await XlsxWorkbook.fromBytes(readFileSync(back), back)).readSnapshot();
      for (const [sheetName, cells] of Object.entries(job.expect)) {
        const sheet = snapshot.sheets.find((s) => s.name === sheetName);
        if (!sheet) {
          problems.push(`LibreOffice lost the sheet "${sheetName}"`);
          continue;
        }
        for (const [address, value] of Object.entries(cells)) {
          const got = cell(sheet, address);
          if (got !== value) problems.push(`${sheetName}!${address} reads ${JSON.stringify(got)} in LibreOffice, not ${JSON.stringify(value)}`);
        }
      }
      const names = snapshot.sheets.map((s) => `${s.name} (${s.visibility})`).join(", ");
      if (problems.length === 0) console.log(`ok   ${name}: LibreOffice opened it; PDF ${statSync(pdf).size} bytes; sheets: ${names}`);
    }
    if (problems.length > 0) {
      failures++;
      console.log(`FAIL ${name}: ${problems.join("; ")}`);
    }
  }
  console.log(failures === 0 ? `All ${jobs.length} written workbooks open in LibreOffice with the edits in place.` : `${failures} of ${jobs.length} failed.`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
