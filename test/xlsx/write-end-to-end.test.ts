/**
 * The core's update job through the file adapter: read the plan, prepare an update, apply it,
 * read it back; twice, so the change log is created, then appended to. Plus the writer's cost
 * on a 20,000-row plan (timings are printed; the bounds are loose so slow CI machines pass).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { prepareUpdate, readPlan, type Plan, type WorkbookSnapshot } from "../../src/plan";
import { CHANGE_LOG_HEADER, CHANGE_LOG_TABLE } from "../../src/plan/change-log";
import { CHANGE_LOG_SHEET } from "../../src/plan/own-sheets";
import type { ChangeSet } from "../../src/plan/port";
import { XlsxWorkbook } from "../../src/xlsx";
import { escapeXml, MAIN_NS } from "./build-package";
import { cellOf, diffParts, sheetOf } from "./write-helpers";

const FIXTURES = path.join(__dirname, "../fixtures");

function planOf(snapshot: WorkbookSnapshot): Plan {
  const result = readPlan(snapshot);
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

describe.each(["reading-improvement-plan.xlsx", "reading-improvement-plan-table.xlsx"])("an update to %s", (file) => {
  it("is written, logged, and read back by the plan reader; a second update appends to the log", async () => {
    const input = new Uint8Array(readFileSync(path.join(FIXTURES, file)));
    const workbook = await XlsxWorkbook.fromBytes(input, file);
    let snapshot = await workbook.readSnapshot();
    let plan = planOf(snapshot);
    const action = plan.actions.find((a) => a.ref === "81")!;
    const first = prepareUpdate(plan, snapshot, {
      target: { ref: "81" },
      initials: "AB",
      text: "=Budget agreed; next review in July",
      date: "2015-07-01",
      status: "Complete",
      timestamp: "2015-07-01 09:30",
    });
    if (!first.ok) throw new Error(first.reason);
    await workbook.apply(first.changes);

    snapshot = await workbook.readSnapshot();
    plan = planOf(snapshot);
    const after = plan.actions.find((a) => a.ref === "81")!;
    expect(after.updateText).toBe(first.newText);
    expect(after.updateText).toContain("=Budget agreed");
    expect(after.status.raw).toBe("Complete");
    expect(cellOf(sheetOf(snapshot, action.sheet), action.cells.update!).numberFormat).toBe("@");
    const log = sheetOf(snapshot, CHANGE_LOG_SHEET);
    expect(log.values[0]).toEqual(CHANGE_LOG_HEADER);
    expect(log.values.slice(1).map((r) => [r[3], r[5]])).toEqual([
      [action.cells.update, "update"],
      [action.cells.status, "status"],
    ]);
    expect(log.tables).toEqual([{ name: CHANGE_LOG_TABLE, address: "A1:I3", showHeaders: true, showTotals: false }]);

    const second = prepareUpdate(plan, snapshot, { target: { ref: "81" }, initials: "CD", text: "Signed off", date: "2015-07-02", timestamp: "2015-07-02 10:00" });
    if (!second.ok) throw new Error(second.reason);
    await workbook.apply(second.changes);
    const again = await XlsxWorkbook.fromBytes(await workbook.toBytes(), file);
    const final = await again.readSnapshot();
    expect(planOf(final).actions.find((a) => a.ref === "81")!.updateText).toBe(second.newText);
    expect(sheetOf(final, CHANGE_LOG_SHEET).tables[0].address).toBe("A1:I4");
    const diff = await diffParts(input, await workbook.toBytes());
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual(["[Content_Types].xml", "docProps/app.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"]);
  });
});

/** A plan of `rows` actions × 7 text columns, laid out as Excel writes it (shared strings, styles). */
async function bigPlan(rows: number): Promise<Uint8Array> {
  const strings: string[] = ["Ref", "Action", "Owner", "Status", "Start", "End Date", "Update on Progress"];
  const header = strings.map((_, j) => `<c r="${String.fromCharCode(65 + j)}1" s="1" t="s"><v>${j}</v></c>`).join("");
  const body: string[] = [`<row r="1" spans="1:7">${header}</row>`];
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    const values = [`${Math.floor(i / 10) + 1}.${(i % 10) + 1}`, `Action number ${i} for the plan`, `Owner ${i % 37}`, ["Not Started", "In Progress", "Complete"][i % 3], `0${(i % 9) + 1}/04/2015`, `3${i % 2}/06/2015`, `01.05.15 AB: update ${i} written at some length to look real.`];
    const cells = values.map((v, j) => {
      strings.push(v);
      return `<c r="${String.fromCharCode(65 + j)}${r}" t="s"><v>${strings.length - 1}</v></c>`;
    });
    body.push(`<row r="${r}" spans="1:7">${cells.join("")}</row>`);
  }
  const zip = new JSZip();
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  zip.file(
    "[Content_Types].xml",
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  );
  zip.file("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file("xl/workbook.xml", `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL}"><sheets><sheet name="Action Plan" sheetId="1" r:id="rId1"/></sheets></workbook>`);
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file("xl/styles.xml", `<styleSheet xmlns="${MAIN_NS}"><fonts count="2"><font/><font><b/></font></fonts><cellXfs count="2"><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="1" applyFont="1"/></cellXfs></styleSheet>`);
  zip.file("xl/sharedStrings.xml", `<sst xmlns="${MAIN_NS}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join("")}</sst>`);
  zip.file("xl/worksheets/sheet1.xml", `<worksheet xmlns="${MAIN_NS}"><dimension ref="A1:G${rows + 1}"/><sheetData>${body.join("")}</sheetData></worksheet>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("a 20,000-row plan", () => {
  // How long this takes is measured by `npm run bench` (CLI on a 20,000-action workbook), not here.
  it("takes one update (cell, status, new log sheet with a row, state sheet)", async () => {
    const bytes = await bigPlan(20_000);
    const workbook = await XlsxWorkbook.fromBytes(bytes, "big.xlsx");
    const row = 10_001;
    const before = `01.05.15 AB: update ${row - 2} written at some length to look real.`;
    const changes: ChangeSet = {
      ensureSheets: [
        { name: CHANGE_LOG_SHEET, visibility: "Visible", header: CHANGE_LOG_HEADER, table: CHANGE_LOG_TABLE },
        { name: "ActionPlanAssistant", visibility: "VeryHidden", header: ["Key", "Part", "Value"] },
      ],
      writes: [
        { sheet: "Action Plan", address: `G${row}`, values: [[`${before}\n02.05.15 CD: done.`]], asText: true, expectedText: [[before]] },
        { sheet: "Action Plan", address: `D${row}`, values: [["Complete"]], asText: true, expectedText: [[["Not Started", "In Progress", "Complete"][(row - 2) % 3]]] },
        { sheet: CHANGE_LOG_SHEET, address: "A2", values: [["2015-05-02 10:00", "CD", "Action Plan", `G${row}`, "", "update", before, "x"]], asText: true, growTable: CHANGE_LOG_TABLE },
      ],
    };
    await workbook.apply(changes);
    const out = await workbook.toBytes();
    const snapshot = await (await XlsxWorkbook.fromBytes(out)).readSnapshot();
    expect(cellOf(sheetOf(snapshot, "Action Plan"), `G${row}`).value).toBe(`${before}\n02.05.15 CD: done.`);
    expect(sheetOf(snapshot, "Action Plan").address).toBe("A1:G20001");
  }, 60_000);
});
