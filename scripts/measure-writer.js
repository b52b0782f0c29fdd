#!/usr/bin/env node
/**
 * Times the .xlsx writer on the Reading plan and on a synthetic 20,000-row plan: open, snapshot,
 * prepare an update (the core's own job), apply it (edit + re-open + check), and a safe save
 * (temp file, read back, verify, rename). Run `npm run build:cli` first:
 *   node scripts/measure-writer.js [rows]
 */
const { mkdtempSync, readFileSync, rmSync } = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { performance } = require("node:perf_hooks");
const JSZip = require("jszip");

const build = process.env.APA_BUILD ?? path.join(__dirname, "../build/cli");
const { XlsxWorkbook, verifyWrite } = require(`${build}/xlsx`);
const { saveWorkbookCopy } = require(`${build}/xlsx/save`);
const { readPlan, prepareUpdate } = require(`${build}/plan`);

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A plan of `rows` actions × 7 text columns in shared strings, as Excel lays one out. */
async function syntheticPlan(rows) {
  const header = ["Ref No", "Task/Action", "Role", "Status", "Start", "End Date", "Update on Progress"];
  const strings = [...header];
  const body = [`<row r="1">${header.map((_, j) => `<c r="${String.fromCharCode(65 + j)}1" s="1" t="s"><v>${j}</v></c>`).join("")}</row>`];
  for (let i = 0; i < rows; i++) {
    const values = [
      `${Math.floor(i / 10) + 1}.${(i % 10) + 1}`,
      `Action number ${i} of the improvement plan`,
      `Service manager ${i % 37}`,
      ["Not Started", "In Progress (on track)", "Complete"][i % 3],
      `0${(i % 9) + 1}/04/2015`,
      `3${i % 2}/06/2015`,
      `01.05.15 AB: update ${i}, written at some length to look like a real progress note.`,
    ];
    body.push(
      `<row r="${i + 2}">${values.map((v, j) => `<c r="${String.fromCharCode(65 + j)}${i + 2}" t="s"><v>${strings.push(v) - 1}</v></c>`).join("")}</row>`,
    );
  }
  const zip = new JSZip();
  const ct = (part, type) => `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.${type}+xml"/>`;
  zip.file(
    "[Content_Types].xml",
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      ct("xl/workbook.xml", "sheet.main") + ct("xl/worksheets/sheet1.xml", "worksheet") + ct("xl/sharedStrings.xml", "sharedStrings") + ct("xl/styles.xml", "styles") + `</Types>`,
  );
  zip.file("_rels/.rels", `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file("xl/workbook.xml", `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Action Plan" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file("xl/styles.xml", `<styleSheet xmlns="${MAIN}"><fonts count="2"><font/><font><b/></font></fonts><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="1" applyFont="1"/></cellXfs></styleSheet>`);
  zip.file("xl/sharedStrings.xml", `<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${esc(s)}</t></si>`).join("")}</sst>`);
  zip.file("xl/worksheets/sheet1.xml", `<worksheet xmlns="${MAIN}"><dimension ref="A1:G${rows + 1}"/><sheetData>${body.join("")}</sheetData></worksheet>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function measure(label, bytes, ref) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "apa-measure-"));
  const times = {};
  let t = performance.now();
  const lap = (name) => {
    const now = performance.now();
    times[name] = Math.round(now - t);
    t = now;
  };
  const workbook = await XlsxWorkbook.fromBytes(bytes, label);
  lap("open");
  const snapshot = await workbook.readSnapshot();
  lap("snapshot");
  const result = readPlan(snapshot);
  if (!result.ok) throw new Error(result.message);
  const prepared = prepareUpdate(result.plan, snapshot, {
    target: { ref },
    initials: "AB",
    text: "Budget agreed; next review in July.",
    date: "2015-07-01",
    status: "Complete",
    timestamp: "2015-07-01 09:30",
  });
  if (!prepared.ok) throw new Error(prepared.reason);
  lap("readPlan+prepareUpdate");
  await workbook.apply(prepared.changes);
  lap("apply (edit, zip, re-open, check)");
  const out = await workbook.toBytes();
  await verifyWrite(bytes, out, prepared.changes);
  lap("verifyWrite alone (from bytes)");
  const source = path.join(dir, "plan.xlsx");
  require("node:fs").writeFileSync(source, bytes);
  const saved = await saveWorkbookCopy(bytes, workbook, path.join(dir, "plan-updated.xlsx"), { sourcePath: source });
  lap("saveWorkbookCopy (write temp, read back, verify, rename)");
  rmSync(dir, { recursive: true, force: true });
  console.log(`${label}: ${(bytes.length / 1024).toFixed(0)} KB in, ${(saved.bytes / 1024).toFixed(0)} KB out`);
  for (const [name, ms] of Object.entries(times)) console.log(`  ${name.padEnd(58)} ${String(ms).padStart(6)} ms`);
}

async function main() {
  const rows = Number(process.argv[2] ?? 20000);
  const reading = readFileSync(path.join(__dirname, "../test/fixtures/reading-improvement-plan.xlsx"));
  await measure("reading-improvement-plan.xlsx (warm-up)", reading, "81");
  await measure("reading-improvement-plan.xlsx", reading, "81");
  await measure(`synthetic ${rows} rows x 7`, await syntheticPlan(rows), "1000.1");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
