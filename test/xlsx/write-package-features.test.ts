/**
 * The writer on every package-feature workbook: an update (append to H5, change D5, both
 * guarded), a new change-log sheet with its table and one row, and the very hidden state sheet.
 * Only the parts that must change do; every feature of the workbook is still there, unchanged.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ConflictError, type ChangeSet } from "../../src/plan/port";
import { CHANGE_LOG_HEADER, CHANGE_LOG_TABLE } from "../../src/plan/change-log";
import { CHANGE_LOG_SHEET, STATE_SHEET } from "../../src/plan/own-sheets";
import { STATE_HEADER } from "../../src/plan/state";
import { XlsxWorkbook, verifyWrite } from "../../src/xlsx";
import { cellOf, cellXml, diffParts, partText, sheetOf, unpack } from "./write-helpers";

const DIR = path.join(__dirname, "../fixtures/package-features");
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".xlsx"));
const H5_BEFORE = "02.07.24 BO: Progress note 2.";
const ENTRY = "\n03.07.24 AB: Budget variance signed off.";

function updateChanges(statusBefore: string): ChangeSet {
  return {
    ensureSheets: [
      { name: CHANGE_LOG_SHEET, visibility: "Visible", header: CHANGE_LOG_HEADER, table: CHANGE_LOG_TABLE },
      { name: STATE_SHEET, visibility: "VeryHidden", header: STATE_HEADER },
    ],
    writes: [
      { sheet: "Action Plan", address: "H5", values: [[H5_BEFORE + ENTRY]], asText: true, expectedText: [[H5_BEFORE]] },
      { sheet: "Action Plan", address: "D5", values: [["Done"]], asText: true, expectedText: [[statusBefore]] },
      {
        sheet: CHANGE_LOG_SHEET,
        address: "A2",
        values: [["2024-07-03 10:15", "AB", "Action Plan", "H5", "2", "update", H5_BEFORE, "=1+1"]],
        asText: true,
        expectedText: [["", "", "", "", "", "", "", ""]],
        growTable: CHANGE_LOG_TABLE,
      },
    ],
  };
}

/** Parts every workbook must keep byte for byte, found from the plan sheet's and the package's relationships. */
function featureParts(workbook: XlsxWorkbook): string[] {
  const pkg = workbook.pkg;
  const plan = pkg.sheets.find((s) => s.name === "Action Plan")!;
  const sheetRels = pkg.relationships.get(plan.path) ?? [];
  const target = (type: string) => sheetRels.find((r) => r.type.endsWith(`/${type}`))?.target;
  return [
    target("drawing"),
    target("comments"),
    target("vmlDrawing"),
    target("threadedComment"),
    target("table"),
    "xl/charts/chart1.xml",
    "xl/media/image1.png",
    "xl/persons/person.xml",
    "xl/pivotCache/pivotCacheDefinition1.xml",
    "xl/pivotCache/pivotCacheRecords1.xml",
    "xl/pivotTables/pivotTable1.xml",
    "docProps/custom.xml",
    "docProps/core.xml",
    "xl/webextensions/taskpanes.xml",
    "xl/webextensions/webextension1.xml",
    "xl/webextensions/_rels/taskpanes.xml.rels",
    "xl/sharedStrings.xml",
    "xl/theme/theme1.xml",
  ].filter((p): p is string => p !== undefined);
}

it("finds the package-feature workbooks", () => {
  expect(FILES.length).toBeGreaterThanOrEqual(7);
});

describe.each(FILES)("writing %s", (file) => {
  let input: Uint8Array;
  let output: Uint8Array;
  let workbook: XlsxWorkbook;
  let planPart: string;

  beforeAll(async () => {
    input = new Uint8Array(readFileSync(path.join(DIR, file)));
    workbook = await XlsxWorkbook.fromBytes(input, file);
    planPart = workbook.pkg.sheets.find((s) => s.name === "Action Plan")!.path;
    const status = cellOf(sheetOf(await workbook.readSnapshot(), "Action Plan"), "D5").text;
    await workbook.apply(updateChanges(status));
    output = await workbook.toBytes();
  });

  it("keeps every part, changing only the expected ones", async () => {
    const diff = await diffParts(input, output);
    expect(diff.removed).toEqual([]);
    expect(diff.changed).toEqual(
      [planPart, "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "docProps/app.xml", "xl/styles.xml"].sort(),
    );
    expect(diff.added).toEqual(["xl/tables/table2.xml", "xl/worksheets/_rels/sheet4.xml.rels", "xl/worksheets/sheet4.xml", "xl/worksheets/sheet5.xml"]);
    expect(workbook.writeReports[0]).toMatchObject({ changed: diff.changed, added: diff.added, removed: [] });
  });

  it("leaves the chart, image, notes, threaded comment, pivot, properties and add-in parts untouched", async () => {
    const before = await unpack(input);
    const after = await unpack(output);
    const parts = featureParts(workbook);
    expect(parts.length).toBeGreaterThanOrEqual(18);
    for (const part of parts) {
      expect(before.has(part)).toBe(true);
      expect(Buffer.from(after.get(part)!).equals(Buffer.from(before.get(part)!))).toBe(true);
    }
    expect(new TextDecoder().decode(after.get("xl/webextensions/webextension1.xml"))).toContain("<we:properties>");
  });

  it("keeps validations, conditional formats and defined names in the parts it edits", async () => {
    const sheetBefore = await partText(input, planPart);
    const sheetAfter = await partText(output, planPart);
    const outside = (xml: string) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, "");
    expect(outside(sheetAfter)).toBe(outside(sheetBefore));
    expect(sheetAfter).toContain('<dataValidation sqref="D4:D23"');
    expect(sheetAfter).toContain("<x14:dataValidations");
    expect(sheetAfter.match(/<conditionalFormatting /g)).toHaveLength(2);
    const names = (xml: string) => /<definedNames>[\s\S]*<\/definedNames>/.exec(xml)?.[0];
    expect(names(await partText(output, "xl/workbook.xml"))).toBe(names(await partText(input, "xl/workbook.xml")));
  });

  it("reads back the update, the status and the new sheets", async () => {
    const again = await XlsxWorkbook.fromBytes(output, file);
    const snapshot = await again.readSnapshot();
    const plan = sheetOf(snapshot, "Action Plan");
    expect(cellOf(plan, "H5").value).toBe(H5_BEFORE + ENTRY);
    expect(cellOf(plan, "H5").numberFormat).toBe("@");
    expect(cellOf(plan, "D5").value).toBe("Done");
    expect(plan.tables).toEqual([{ name: "ActionTable", address: "A3:H23", showHeaders: true, showTotals: false }]);
    const log = sheetOf(snapshot, CHANGE_LOG_SHEET);
    expect(log.visibility).toBe("Visible");
    expect(log.values[0]).toEqual(CHANGE_LOG_HEADER);
    expect(log.values[1][7]).toBe("=1+1");
    expect(log.tables).toEqual([{ name: CHANGE_LOG_TABLE, address: "A1:I2", showHeaders: true, showTotals: false }]);
    const state = sheetOf(snapshot, STATE_SHEET);
    expect(state.visibility).toBe("VeryHidden");
    expect(state.values).toEqual([STATE_HEADER]);
    expect(snapshot.sheets.slice(-2).map((s) => s.name)).toEqual([CHANGE_LOG_SHEET, STATE_SHEET]);
    // The in-memory workbook shows the same.
    expect(await workbook.readSnapshot()).toEqual(snapshot);
  });

  it("writes typed text that looks like a formula as text", async () => {
    const log = await partText(output, "xl/worksheets/sheet4.xml");
    const cell = cellXml(log, "H2")!;
    expect(cell).toMatch(/t="inlineStr"/);
    expect(cell).not.toContain("<f");
    const style = Number(/ s="(\d+)"/.exec(cell)![1]);
    const xfs = /<cellXfs[^>]*>([\s\S]*)<\/cellXfs>/.exec(await partText(output, "xl/styles.xml"))![1].match(/<xf\b[^>]*>/g)!;
    expect(xfs[style]).toContain('numFmtId="49"');
    expect(xfs[style]).toContain('applyNumberFormat="1"');
  });

  it("lists the new sheets in docProps/app.xml", async () => {
    const app = await partText(output, "docProps/app.xml");
    expect(app).toContain("<vt:i4>5</vt:i4>");
    expect(app).toContain(`<vt:lpstr>Lookups</vt:lpstr><vt:lpstr>${CHANGE_LOG_SHEET}</vt:lpstr><vt:lpstr>${STATE_SHEET}</vt:lpstr>`);
    expect(app).toContain('<vt:vector size="9" baseType="lpstr">');
  });

  it("passes the independent verification", async () => {
    const status = cellOf(sheetOf(await (await XlsxWorkbook.fromBytes(input)).readSnapshot(), "Action Plan"), "D5").text;
    expect(await verifyWrite(input, output, updateChanges(status))).toEqual([]);
  });

  it("changes nothing when a guarded cell changed since it was read", async () => {
    const fresh = await XlsxWorkbook.fromBytes(input, file);
    const changes = updateChanges("Someone else's status");
    const error = await fresh.apply(changes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).conflicts).toEqual([{ sheet: "Action Plan", address: "D5", expected: "Someone else's status", actual: expect.any(String) }]);
    expect(Buffer.from(await fresh.toBytes()).equals(Buffer.from(input))).toBe(true);
    expect(fresh.appliedChanges).toEqual([]);
  });
});

describe("rich-text-update-cell.xlsx", () => {
  it("keeps the bold run and its text, adding the new text as a plain run", async () => {
    const file = "rich-text-update-cell.xlsx";
    const workbook = await XlsxWorkbook.fromBytes(readFileSync(path.join(DIR, file)), file);
    await workbook.apply({
      ensureSheets: [],
      writes: [{ sheet: "Action Plan", address: "H5", values: [[H5_BEFORE + ENTRY]], asText: true, expectedText: [[H5_BEFORE]] }],
    });
    const cell = cellXml(await partText(await workbook.toBytes(), "xl/worksheets/sheet1.xml"), "H5")!;
    expect(cell).toMatch(/^<c r="H5" t="inlineStr" s="\d+"><is><r><rPr><b\/>/);
    expect(cell).toContain('<t xml:space="preserve">02.07.24 BO:</t></r>');
    expect(cell).toContain('<t xml:space="preserve"> Progress note 2.</t></r>');
    expect(cell).toContain(`<r><t xml:space="preserve">${ENTRY}</t></r></is></c>`);
    expect(cellOf(sheetOf(await workbook.readSnapshot(), "Action Plan"), "H5").value).toBe(H5_BEFORE + ENTRY);

    // A second append keeps all three runs.
    await workbook.apply({
      ensureSheets: [],
      writes: [{ sheet: "Action Plan", address: "H5", values: [[H5_BEFORE + ENTRY + "\nmore"]], asText: true, expectedText: [[H5_BEFORE + ENTRY]] }],
    });
    const again = cellXml(await partText(await workbook.toBytes(), "xl/worksheets/sheet1.xml"), "H5")!;
    expect(again.match(/<r>/g)).toHaveLength(4);
    expect(again).toContain("<b/>");
  });

  it("falls back to plain text when the new value does not start with the old", async () => {
    const file = "rich-text-update-cell.xlsx";
    const workbook = await XlsxWorkbook.fromBytes(readFileSync(path.join(DIR, file)), file);
    await workbook.apply({ ensureSheets: [], writes: [{ sheet: "Action Plan", address: "H5", values: [["Replaced"]], asText: true }] });
    const cell = cellXml(await partText(await workbook.toBytes(), "xl/worksheets/sheet1.xml"), "H5")!;
    expect(cell).toMatch(/<is><t>Replaced<\/t><\/is>/);
  });
});

describe("tab-order-differs-from-part-names.xlsx", () => {
  it("writes the Action Plan's own part, found through the relationships", async () => {
    const file = "tab-order-differs-from-part-names.xlsx";
    const input = new Uint8Array(readFileSync(path.join(DIR, file)));
    const workbook = await XlsxWorkbook.fromBytes(input, file);
    await workbook.apply({ ensureSheets: [], writes: [{ sheet: "Action Plan", address: "H5", values: [["x"]], asText: true }] });
    const diff = await diffParts(input, await workbook.toBytes());
    expect(diff.changed).toEqual(["xl/styles.xml", "xl/worksheets/sheet1.xml"]);
    const snapshot = await workbook.readSnapshot();
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Pivot Summary", "Action Plan", "Lookups"]);
    expect(cellOf(sheetOf(snapshot, "Action Plan"), "H5").value).toBe("x");
    expect(cellOf(sheetOf(snapshot, "Pivot Summary"), "A3").value).toBe("Row Labels");
  });
});

describe("calc-chain.xlsx", () => {
  it("drops the formula and its calcChain entry (and the emptied part) when G25 is written", async () => {
    const file = "calc-chain.xlsx";
    const input = new Uint8Array(readFileSync(path.join(DIR, file)));
    const workbook = await XlsxWorkbook.fromBytes(input, file);
    await workbook.apply({ ensureSheets: [], writes: [{ sheet: "Action Plan", address: "G25", values: [[150]], asText: true, expectedText: [["145.0h"]] }] });
    const output = await workbook.toBytes();
    const diff = await diffParts(input, output);
    expect(diff.removed).toEqual(["xl/calcChain.xml"]);
    expect(diff.changed).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/worksheets/sheet1.xml"]);
    expect(await partText(output, "[Content_Types].xml")).not.toContain("calcChain");
    expect(await partText(output, "xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    const cell = cellXml(await partText(output, "xl/worksheets/sheet1.xml"), "G25")!;
    expect(cell).toBe('<c r="G25" s="5"><v>150</v></c>');
    expect(cellOf(sheetOf(await workbook.readSnapshot(), "Action Plan"), "G25")).toEqual({ value: 150, text: "150.0h", numberFormat: '0.0"h"' });
  });
});

describe("every-feature.xlsx: cells beyond the used range", () => {
  it("inserts new rows and cells in order and grows <dimension>", async () => {
    const file = "every-feature.xlsx";
    const workbook = await XlsxWorkbook.fromBytes(readFileSync(path.join(DIR, file)), file);
    await workbook.apply({
      ensureSheets: [],
      writes: [
        { sheet: "Action Plan", address: "J30", values: [["far"]], asText: true, expectedText: [[""]] },
        { sheet: "Action Plan", address: "C24", values: [[7, true]], asText: false },
        { sheet: "Action Plan", address: "I4", values: [["beside"]], asText: false },
        { sheet: "Action Plan", address: "C25", values: [["between"]], asText: true },
      ],
    });
    const xml = await partText(await workbook.toBytes(), "xl/worksheets/sheet1.xml");
    expect(xml).toContain('<dimension ref="A1:J30"/>');
    const rows = [...xml.matchAll(/<row r="(\d+)"/g)].map((m) => Number(m[1]));
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(rows).toEqual(expect.arrayContaining([24, 25, 30]));
    expect(/<row r="24">(.*?)<\/row>/.exec(xml)![1]).toBe('<c r="C24"><v>7</v></c><c r="D24" t="b"><v>1</v></c>');
    const row25 = /<row r="25">(.*?)<\/row>/.exec(xml)![1];
    expect([...row25.matchAll(/<c r="([A-Z]+)25"/g)].map((m) => m[1])).toEqual(["A", "C", "G"]);
    expect(/<row r="4">.*?<\/row>/.exec(xml)![0]).toMatch(/<c r="H4"[^>]*>.*<\/c><c r="I4" t="inlineStr"><is><t>beside<\/t><\/is><\/c><\/row>$/);
    const plan = sheetOf(await workbook.readSnapshot(), "Action Plan");
    expect(plan.address).toBe("A1:J30");
    expect(cellOf(plan, "J30").value).toBe("far");
    expect(cellOf(plan, "D24")).toMatchObject({ value: true, text: "TRUE" });
  });
});
