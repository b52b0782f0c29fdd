/** verifyWrite catches what a faulty writer could do: each test damages a good output one way. */
import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import type { ChangeSet } from "../../src/plan/port";
import { XlsxWorkbook, verifyWrite } from "../../src/xlsx";
import { buildXlsx, stylesWith } from "./build-package";

const FILE = path.join(__dirname, "../fixtures/package-features/every-feature.xlsx");
const CHANGES: ChangeSet = {
  ensureSheets: [{ name: "Log", visibility: "VeryHidden", header: ["When", "What"], table: "LogTable" }],
  writes: [
    { sheet: "Action Plan", address: "H5", values: [["new text"]], asText: true },
    { sheet: "Log", address: "A2", values: [["today", "=1+1"]], asText: true, growTable: "LogTable" },
  ],
};

let input: Uint8Array;
let output: Uint8Array;

beforeAll(async () => {
  input = new Uint8Array(readFileSync(FILE));
  const workbook = await XlsxWorkbook.fromBytes(input);
  await workbook.apply(CHANGES);
  output = await workbook.toBytes();
});

async function tamper(edit: (zip: JSZip) => Promise<void>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(output);
  await edit(zip);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const replaceIn = (name: string, from: string | RegExp, to: string) => async (zip: JSZip) => {
  const text = await zip.file(name)!.async("string");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`nothing replaced in ${name}`);
  zip.file(name, next);
};

it("passes a good output", async () => {
  expect(await verifyWrite(input, output, CHANGES)).toEqual([]);
  expect(await verifyWrite(input, output, [CHANGES])).toEqual([]);
});

it("finds a changed part the change set had no reason to touch", async () => {
  const changed = await tamper(async (zip) => {
    zip.file("xl/charts/chart1.xml", (await zip.file("xl/charts/chart1.xml")!.async("string")) + " ");
  });
  expect(await verifyWrite(input, changed, CHANGES)).toEqual(["These parts changed although nothing asked for it: xl/charts/chart1.xml."]);
});

it("finds a missing part and an unexpected one", async () => {
  const bad = await tamper(async (zip) => {
    zip.remove("xl/media/image1.png");
    zip.file("xl/extra.xml", "<x/>");
  });
  const problems = await verifyWrite(input, bad, CHANGES);
  expect(problems).toContain("The part xl/media/image1.png is missing from the written workbook.");
  expect(problems).toContain("The part xl/extra.xml was added although nothing asked for it.");
});

it("finds a written cell that does not read back, and a text cell without @", async () => {
  const bad = await tamper(replaceIn("xl/worksheets/sheet1.xml", "<t>new text</t>", "<t>other</t>"));
  expect(await verifyWrite(input, bad, CHANGES)).toEqual(['Action Plan!H5 reads "other" instead of "new text".']);
  const unstyled = await tamper(replaceIn("xl/worksheets/sheet1.xml", /(<c r="H5" t="inlineStr") s="\d+"/, "$1"));
  expect(await verifyWrite(input, unstyled, CHANGES)).toEqual(['Action Plan!H5 has number format "General" instead of "@".']);
});

it("finds a cell that changed although it was not written", async () => {
  const bad = await tamper(replaceIn("xl/worksheets/sheet1.xml", '<c r="G5" s="5" t="n"><v>5.2</v></c>', '<c r="G5" s="5" t="n"><v>5.3</v></c>'));
  expect(await verifyWrite(input, bad, CHANGES)).toEqual(['Cells of "Action Plan" that were not written changed: G5.']);
  const lost = await tamper(replaceIn("xl/worksheets/sheet1.xml", '<c r="G5" s="5" t="n"><v>5.2</v></c>', ""));
  expect((await verifyWrite(input, lost, CHANGES))[0]).toMatch(/^Cells of "Action Plan" that were not written changed: /);
});

it("finds a change outside the sheet's cells", async () => {
  const bad = await tamper(replaceIn("xl/worksheets/sheet1.xml", /<conditionalFormatting sqref="F4:F23">.*?<\/conditionalFormatting>/, ""));
  expect(await verifyWrite(input, bad, CHANGES)).toEqual(['The part of "Action Plan" changed outside the written cells.']);
});

it("finds a new sheet with the wrong visibility, a missing table and a sheet out of order", async () => {
  const visible = await tamper(replaceIn("xl/workbook.xml", ' state="veryHidden" r:id="rId8"', ' r:id="rId8"'));
  expect(await verifyWrite(input, visible, CHANGES)).toEqual(['The new sheet "Log" is visible, not veryHidden.']);
  const noTable = await tamper(replaceIn("xl/worksheets/sheet4.xml", /<tableParts.*<\/tableParts>/, ""));
  expect(await verifyWrite(input, noTable, CHANGES)).toContain('The new sheet "Log" has no table "LogTable".');
  const reordered = await tamper(async (zip) => {
    const wb = await zip.file("xl/workbook.xml")!.async("string");
    const log = /<sheet name="Log"[^>]*\/>/.exec(wb)![0];
    zip.file("xl/workbook.xml", wb.replace(log, "").replace("<sheets>", `<sheets>${log}`));
  });
  expect((await verifyWrite(input, reordered, CHANGES))[0]).toMatch(/^The sheets are now "Log", "Action Plan"/);
});

it("finds a changed part that is not well-formed XML", async () => {
  const bad = await tamper(replaceIn("docProps/app.xml", "</Properties>", "</Propertie>"));
  expect((await verifyWrite(input, bad, CHANGES))[0]).toMatch(/^The part docProps\/app.xml is not well-formed XML/);
});

it("finds a table that does not cover its written rows", async () => {
  const bad = await tamper(replaceIn("xl/tables/table2.xml", 'ref="A1:B2"', 'ref="A1:B1"'));
  expect(await verifyWrite(input, bad, CHANGES)).toContain('The table "LogTable" ends at row 1, above the written row 2.');
});

it("reports an output that cannot be opened", async () => {
  expect(await verifyWrite(input, new Uint8Array([1, 2, 3]), CHANGES)).toEqual([
    expect.stringMatching(/^The written workbook cannot be opened: The file is not an Excel workbook/),
  ]);
});

it("checks a large edited sheet where it changed: outside its cells and in the written rows", async () => {
  const filler = Array.from({ length: 4000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="B${i + 1}" t="inlineStr"><is><t>row ${i} of filler text</t></is></c></row>`);
  const big = await buildXlsx({ sheets: [{ name: "Big", body: filler.join("") }], styles: stylesWith([]) });
  const changes: ChangeSet = { ensureSheets: [], writes: [{ sheet: "Big", address: "C2000", values: [["x & y"]], asText: true }] };
  const workbook = await XlsxWorkbook.fromBytes(big);
  await workbook.apply(changes);
  const good = await workbook.toBytes();
  expect(await verifyWrite(big, good, changes)).toEqual([]);
  const zip = await JSZip.loadAsync(good);
  const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
  expect(xml.length).toBeGreaterThan(256 * 1024);
  zip.file("xl/worksheets/sheet1.xml", xml.replace("<t>x &amp; y</t>", "<t>x & y</t>"));
  const bad = await zip.generateAsync({ type: "uint8array" });
  expect((await verifyWrite(big, bad, changes))[0]).toMatch(/^The part xl\/worksheets\/sheet1.xml is not well-formed XML \(a bare "&"/);
});
