/** The writer on small synthetic packages: cell forms, formulas, styles, tables, refusals. */
import fc from "fast-check";
import JSZip from "jszip";
import { InvalidChangeError } from "../../src/plan/change-set";
import { ConflictError, type ChangeSet } from "../../src/plan/port";
import { XlsxWorkbook, WorkbookWriteError } from "../../src/xlsx";
import { buildXlsx, MAIN_NS, stylesWith, worksheet, type SyntheticWorkbook } from "./build-package";
import { cellOf, cellXml, diffParts, only, partText, sheetOf, write } from "./write-helpers";

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TABLE_REL = `${REL_NS}/table`;
const SHEET = "xl/worksheets/sheet1.xml";

async function open(spec: SyntheticWorkbook) {
  const input = await buildXlsx(spec);
  return { input, workbook: await XlsxWorkbook.fromBytes(input, "test.xlsx") };
}

async function applied(spec: SyntheticWorkbook, changes: ChangeSet) {
  const { input, workbook } = await open(spec);
  await workbook.apply(changes);
  const output = await workbook.toBytes();
  return { input, output, workbook, xml: await partText(output, SHEET) };
}

const plan = (body: string, extra: Partial<SyntheticWorkbook> = {}): SyntheticWorkbook => ({
  sheets: [{ name: "Plan", body }],
  styles: stylesWith(["dd/mm/yyyy"]),
  ...extra,
});

describe("cell forms", () => {
  it("writes strings inline, numbers and booleans as values, keeping the cell's style", async () => {
    const { xml, workbook } = await applied(
      plan(`<row r="1"><c r="A1" s="1"><v>42170</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="e"><v>#N/A</v></c></row>`, { sharedStrings: ["old"] }),
      only(write({ sheet: "Plan", address: "A1", values: [["a & <b>", 3.25, false]], asText: false })),
    );
    expect(cellXml(xml, "A1")).toBe('<c r="A1" s="1" t="inlineStr"><is><t>a &amp; &lt;b&gt;</t></is></c>');
    expect(cellXml(xml, "B1")).toBe('<c r="B1"><v>3.25</v></c>');
    expect(cellXml(xml, "C1")).toBe('<c r="C1" t="b"><v>0</v></c>');
    expect(sheetOf(await workbook.readSnapshot(), "Plan").values).toEqual([["a & <b>", 3.25, false]]);
  });

  it("clears a cell written with an empty string but keeps (or sets) its style", async () => {
    const { xml, workbook } = await applied(
      plan(`<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1"><v>2</v></c></row>`),
      only(write({ sheet: "Plan", address: "A1", values: [["", ""]] })),
    );
    expect(cellXml(xml, "A1")).toMatch(/^<c r="A1" s="\d+"\/>$/);
    expect(cellXml(xml, "B1")).toMatch(/^<c r="B1" s="\d+"\/>$/);
    expect(sheetOf(await workbook.readSnapshot(), "Plan").address).toBe("");
  });

  it("round-trips any text through the reader", async () => {
    const { workbook } = await open(plan(`<row r="1"><c r="A1"><v>1</v></c></row>`));
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 40 }), async (text) => {
        const fresh = await XlsxWorkbook.fromBytes(await workbook.toBytes());
        await fresh.apply(only(write({ sheet: "Plan", address: "B2", values: [[text]] })));
        expect(cellOf(sheetOf(await fresh.readSnapshot(), "Plan"), "B2").value).toBe(text);
      }),
      { numRuns: 40 },
    );
  }, 30_000);

  it("keeps escapes, line breaks and spaces as written", async () => {
    const text = "  _x0041_ literal\r\nline 2\ttab \u0001 end ";
    const { xml, workbook } = await applied(plan(""), only(write({ sheet: "Plan", address: "A1", values: [[text]] })));
    expect(cellXml(xml, "A1")).toContain('<t xml:space="preserve">  _x005F_x0041_ literal_x000D_\nline 2\ttab _x0001_ end </t>');
    expect(cellOf(sheetOf(await workbook.readSnapshot(), "Plan"), "A1").value).toBe(text);
  });

  it("drops value metadata and formula metadata with the old value", async () => {
    const { xml } = await applied(
      plan(`<row r="1"><c r="A1" vm="1" cm="1" ph="1"><f>SEQUENCE(1)</f><v>1</v></c></row>`),
      only(write({ sheet: "Plan", address: "A1", values: [[5]] })),
    );
    expect(cellXml(xml, "A1")).toBe('<c r="A1" ph="1"><v>5</v></c>');
  });

  it("keeps a cell's extLst", async () => {
    const { xml } = await applied(
      plan(`<row r="1"><c r="A1"><v>1</v><extLst><ext uri="{X}"/></extLst></c></row>`),
      only(write({ sheet: "Plan", address: "A1", values: [[2]] })),
    );
    expect(cellXml(xml, "A1")).toBe('<c r="A1"><v>2</v><extLst><ext uri="{X}"/></extLst></c>');
  });
});

describe("rows and cells that do not exist yet", () => {
  it("inserts rows in order, including into an empty <sheetData/>", async () => {
    const { xml } = await applied(
      { sheets: [{ name: "Plan", body: worksheet("").replace("<sheetData></sheetData>", '<dimension ref="A1"/><sheetData/>') }] },
      only(write({ sheet: "Plan", address: "B3", values: [["x"], ["y"]], asText: false }), write({ sheet: "Plan", address: "A1", values: [[1]] })),
    );
    expect(xml).toContain(
      '<dimension ref="A1:B4"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="3"><c r="B3" t="inlineStr"><is><t>x</t></is></c></row><row r="4"><c r="B4" t="inlineStr"><is><t>y</t></is></c></row></sheetData>',
    );
  });

  it("opens a self-closing row, widens spans, and follows cells without references", async () => {
    const { xml, workbook } = await applied(
      plan(`<row r="2" spans="1:2"><c><v>1</v></c><c><v>2</v></c></row><row r="5" spans="2:2" ht="20" customHeight="1"/>`),
      only(write({ sheet: "Plan", address: "C2", values: [[3]] }), write({ sheet: "Plan", address: "A5", values: [[9]] })),
    );
    expect(xml).toContain('<row r="2" spans="1:3"><c><v>1</v></c><c><v>2</v></c><c r="C2"><v>3</v></c></row>');
    expect(xml).toContain('<row r="5" spans="1:2" ht="20" customHeight="1"><c r="A5"><v>9</v></c></row>');
    expect(sheetOf(await workbook.readSnapshot(), "Plan").values).toEqual([[1, 2, 3], ["", "", ""], ["", "", ""], [9, "", ""]]);
  });

  it("gives a new cell its row's or column's style", async () => {
    const body = worksheet(`<row r="1" s="1" customFormat="1"><c r="A1"><v>1</v></c></row>`, "", `<cols><col min="3" max="3" width="9" style="1"/></cols>`);
    const { xml, workbook } = await applied(
      plan(body),
      only(write({ sheet: "Plan", address: "B1", values: [[42170]] }), write({ sheet: "Plan", address: "C4", values: [[42170]] })),
    );
    expect(cellXml(xml, "B1")).toBe('<c r="B1" s="1"><v>42170</v></c>');
    expect(cellXml(xml, "C4")).toBe('<c r="C4" s="1"><v>42170</v></c>');
    expect(cellOf(sheetOf(await workbook.readSnapshot(), "Plan"), "C4").text).toBe("15/06/2015");
  });

  it("writes a package whose sheet uses a namespace prefix", async () => {
    const body = `<x:worksheet xmlns:x="${MAIN_NS}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>old</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`;
    const { xml, workbook } = await applied(
      plan(body),
      only(write({ sheet: "Plan", address: "A1", values: [["new"]] }), write({ sheet: "Plan", address: "A2", values: [[2]] })),
    );
    expect(xml).toMatch(/<x:c r="A1" t="inlineStr" s="\d+"><x:is><x:t>new<\/x:t><\/x:is><\/x:c><\/x:row><x:row r="2"><x:c r="A2"><x:v>2<\/x:v><\/x:c><\/x:row>/);
    expect(sheetOf(await workbook.readSnapshot(), "Plan").values).toEqual([["new"], [2]]);
  });
});

describe("text format for typed text", () => {
  it("clones a source style once with numFmtId 49, shares identical clones and reuses them on the next write", async () => {
    const spec = plan(`<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="1"><v>1</v></c><c r="C1"><v>1</v></c></row>`);
    const { workbook, input } = await open(spec);
    await workbook.apply(only(write({ sheet: "Plan", address: "A1", values: [["=1+1", "+44 7700", "-x"]] })));
    const styles = await partText(await workbook.toBytes(), "xl/styles.xml");
    // Styles 0 and 1 differ only in their number format, so their text clones are one entry.
    expect(styles).toContain('<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="49" applyNumberFormat="1"/></cellXfs>');
    const snapshot = sheetOf(await workbook.readSnapshot(), "Plan");
    expect(snapshot.values[0]).toEqual(["=1+1", "+44 7700", "-x"]);
    expect(snapshot.numberFormat[0]).toEqual(["@", "@", "@"]);

    const before = await workbook.toBytes();
    await workbook.apply(only(write({ sheet: "Plan", address: "A2", values: [["@again"]] })));
    expect((await diffParts(before, await workbook.toBytes())).changed).toEqual([SHEET]);
    expect((await diffParts(input, await workbook.toBytes())).changed).toEqual(["xl/styles.xml", SHEET]);
  });

  it("leaves numbers' formats alone and strings without asText in their style", async () => {
    const { xml } = await applied(
      plan(`<row r="1"><c r="A1" s="1"><v>1</v></c><c r="B1" s="1"><v>1</v></c></row>`),
      only(write({ sheet: "Plan", address: "A1", values: [[2, "t"]], asText: false }), write({ sheet: "Plan", address: "C1", values: [[3]] })),
    );
    expect(cellXml(xml, "A1")).toBe('<c r="A1" s="1"><v>2</v></c>');
    expect(cellXml(xml, "B1")).toBe('<c r="B1" s="1" t="inlineStr"><is><t>t</t></is></c>');
    expect(cellXml(xml, "C1")).toBe('<c r="C1"><v>3</v></c>');
  });

  it("creates a styles part when the package has none", async () => {
    const { input, output, workbook } = await applied(
      { sheets: [{ name: "Plan", body: "" }] },
      only(write({ sheet: "Plan", address: "A1", values: [["=x"]] })),
    );
    const diff = await diffParts(input, output);
    expect(diff.added).toEqual(["xl/styles.xml"]);
    expect(diff.changed).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", SHEET]);
    expect(cellOf(sheetOf(await workbook.readSnapshot(), "Plan"), "A1")).toMatchObject({ value: "=x", numberFormat: "@" });
  });

  it("reuses a style whose custom format is already @", async () => {
    const { input, output } = await applied(
      plan(`<row r="1"><c r="A1" s="1"><v>1</v></c></row>`, { styles: stylesWith(["@"]) }),
      only(write({ sheet: "Plan", address: "A1", values: [["=x"]] })),
    );
    expect((await diffParts(input, output)).changed).toEqual([SHEET]);
  });
});

describe("formulas", () => {
  const calcChain = (entries: string) => `<calcChain xmlns="${MAIN_NS}">${entries}</calcChain>`;
  const withCalcChain = (body: string): SyntheticWorkbook => ({
    sheets: [{ name: "Plan", body }, { name: "Other", body: `<row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row>` }],
    styles: stylesWith([]),
  });

  async function withChain(body: string, entries: string) {
    const bytes = await buildXlsx(withCalcChain(body));
    const zip = await JSZip.loadAsync(bytes);
    zip.file("xl/calcChain.xml", calcChain(entries));
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", `<Relationship Id="rIdCc" Type="${REL_NS}/calcChain" Target="calcChain.xml"/></Relationships>`));
    zip.file("[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`);
    return zip.generateAsync({ type: "uint8array" });
  }

  it("removes a written cell's calcChain entry and writes out the sheet id the next entry inherited", async () => {
    const body = `<row r="1"><c r="A1"><f>1</f><v>1</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1</f><v>1</v></c></row><row r="2"><c r="B2"><f t="shared" si="0"/><v>1</v></c></row>`;
    const input = await withChain(body, `<c r="A1" i="1"/><c r="B2"/><c r="B1"/><c r="A1" i="2"/>`);
    const workbook = await XlsxWorkbook.fromBytes(input);
    await workbook.apply(only(write({ sheet: "Plan", address: "A1", values: [[5]] }), write({ sheet: "Plan", address: "B2", values: [["text"]] })));
    const output = await workbook.toBytes();
    expect(await partText(output, "xl/calcChain.xml")).toBe(calcChain(`<c r="B1" i="1"/><c r="A1" i="2"/>`));
    const xml = await partText(output, SHEET);
    expect(cellXml(xml, "B2")).toMatch(/^<c r="B2" t="inlineStr" s="\d+"><is><t>text<\/t><\/is><\/c>$/);
    expect(cellXml(xml, "B1")).toContain('<f t="shared" ref="B1:B2" si="0">A1</f>');
    // The workbook has formulas whose results the write may change: Excel recalculates on open.
    expect(await partText(output, "xl/workbook.xml")).toContain('<calcPr fullCalcOnLoad="1"/></workbook>');
  });

  it("refuses to write over the master cell of a shared formula, naming the cell", async () => {
    const { workbook, input } = await open(plan(`<row r="1"><c r="B1"><f t="shared" ref="B1:B3" si="0">A1</f><v>1</v></c></row>`));
    const error = await workbook.apply(only(write({ sheet: "Plan", address: "A1", values: [["a", "b"]] }))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidChangeError);
    expect((error as Error).message).toContain("Plan!B1 holds a formula that other cells share");
    expect(Buffer.from(await workbook.toBytes()).equals(Buffer.from(input))).toBe(true);
  });

  it("refuses to write into part of an array formula", async () => {
    const { workbook } = await open(plan(`<row r="1"><c r="A1"><f t="array" ref="A1:A3">B1:B3*2</f><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>`));
    await expect(workbook.apply(only(write({ sheet: "Plan", address: "A2", values: [[0]] })))).rejects.toThrow(
      "Plan!A2 is part of an array formula entered at A1",
    );
  });
});

describe("protection", () => {
  const locked = `<styleSheet xmlns="${MAIN_NS}"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="0" applyProtection="1"><protection locked="0"/></xf></cellXfs></styleSheet>`;
  const body = worksheet(`<row r="1"><c r="A1"><v>1</v></c><c r="B1" s="1"><v>1</v></c></row>`, `<sheetProtection sheet="1" objects="1"/>`);

  it("refuses a locked cell of a protected sheet and writes an unlocked one", async () => {
    const { workbook } = await open(plan(body, { styles: locked }));
    await expect(workbook.apply(only(write({ sheet: "Plan", address: "A1", values: [[2]] })))).rejects.toThrow(
      '"Plan" is protected and A1 is locked',
    );
    await workbook.apply(only(write({ sheet: "Plan", address: "B1", values: [["ok"]] })));
    expect(cellOf(sheetOf(await workbook.readSnapshot(), "Plan"), "B1").value).toBe("ok");
  });

  it("refuses to add a sheet to a workbook whose structure is protected", async () => {
    const input = await buildXlsx(plan(""));
    const zip = await JSZip.loadAsync(input);
    const wb = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", wb.replace("<workbookPr/>", '<workbookPr/><workbookProtection lockStructure="1"/>'));
    const workbook = await XlsxWorkbook.fromBytes(await zip.generateAsync({ type: "uint8array" }));
    await expect(workbook.apply({ ensureSheets: [{ name: "Log", visibility: "Visible" }], writes: [] })).rejects.toThrow(
      "structure is protected",
    );
  });
});

describe("sheets and tables", () => {
  const tableSheet = (table: string): SyntheticWorkbook => ({
    sheets: [
      {
        name: "Log",
        body: worksheet(
          `<row r="1"><c r="A1" t="inlineStr"><is><t>When</t></is></c><c r="B1" t="inlineStr"><is><t>What</t></is></c></row><row r="2"><c r="A2"><v>1</v></c></row>`,
          `<tableParts count="1"><tablePart r:id="rIdT"/></tableParts>`,
        ),
        rels: `<Relationship Id="rIdT" Type="${TABLE_REL}" Target="../tables/table1.xml"/>`,
        parts: { "xl/tables/table1.xml": table },
      },
    ],
    styles: stylesWith([]),
  });
  const table = (attrs = "") =>
    `<table xmlns="${MAIN_NS}" id="1" name="Log" displayName="Log"${attrs} ref="A1:B2"><autoFilter ref="A1:B2"/><tableColumns count="2"><tableColumn id="1" name="When"/><tableColumn id="2" name="What"/></tableColumns></table>`;

  it("grows a table and its filter over appended rows", async () => {
    const { output, workbook } = await applied(tableSheet(table()), only(write({ sheet: "Log", address: "A3", values: [["x", "y"], ["z", "w"]], growTable: "log" })));
    expect(await partText(output, "xl/tables/table1.xml")).toContain('ref="A1:B4"><autoFilter ref="A1:B4"/>');
    expect(sheetOf(await workbook.readSnapshot(), "Log").tables[0].address).toBe("A1:B4");
  });

  it("refuses to grow a table below its totals row", async () => {
    const { workbook } = await open(tableSheet(table(' totalsRowCount="1"')));
    await expect(workbook.apply(only(write({ sheet: "Log", address: "A3", values: [["x"]], growTable: "Log" })))).rejects.toBeInstanceOf(InvalidChangeError);
  });

  it("writes rows anyway when the table to grow is not there", async () => {
    const { output, input, workbook } = await applied(tableSheet(table()), only(write({ sheet: "Log", address: "A3", values: [["x"]], growTable: "Missing" })));
    expect((await diffParts(input, output)).changed).toEqual(["xl/styles.xml", SHEET]);
    expect(cellOf(sheetOf(await workbook.readSnapshot(), "Log"), "A3").value).toBe("x");
  });

  it("refuses a new table whose name the workbook already uses", async () => {
    const { workbook } = await open(tableSheet(table()));
    await expect(
      workbook.apply({ ensureSheets: [{ name: "New", visibility: "Visible", header: ["A"], table: "LOG" }], writes: [] }),
    ).rejects.toThrow('already has a table or name "LOG"');
  });

  it("does not create a sheet that exists under another case, and guards its real cells", async () => {
    const { workbook, input } = await open(tableSheet(table()));
    const changes: ChangeSet = {
      ensureSheets: [{ name: "LOG", visibility: "VeryHidden", header: ["other"] }],
      writes: [write({ sheet: "log", address: "A1", values: [["x"]], expectedText: [["other"]] })],
    };
    const error = await workbook.apply(changes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).conflicts).toEqual([{ sheet: "log", address: "A1", expected: "other", actual: "When" }]);
    expect(Buffer.from(await workbook.toBytes()).equals(Buffer.from(input))).toBe(true);
  });

  it("guards a sheet it creates against its header", async () => {
    const { workbook } = await open(plan(""));
    const error = await workbook
      .apply({ ensureSheets: [{ name: "New", visibility: "Hidden", header: ["H"] }], writes: [write({ sheet: "New", address: "A1", values: [["x", "y"]], expectedText: [["H", "z"]] })] })
      .catch((e: unknown) => e);
    expect((error as ConflictError).conflicts).toEqual([{ sheet: "New", address: "B1", expected: "z", actual: "" }]);
  });

  it("creates a hidden sheet at the end of the tab order with a fresh id, part and relationship", async () => {
    const { workbook, output } = await applied(plan(""), { ensureSheets: [{ name: "Hidden one", visibility: "Hidden" }], writes: [] });
    const wb = await partText(output, "xl/workbook.xml");
    expect(wb).toContain('<sheet name="Hidden one" sheetId="2" state="hidden" r:id="rId1"/></sheets>');
    expect(await partText(output, "[Content_Types].xml")).toContain('<Override PartName="/xl/worksheets/sheet2.xml"');
    const snapshot = await workbook.readSnapshot();
    expect(snapshot.sheets.map((s) => [s.name, s.visibility, s.address])).toEqual([["Plan", "Visible", ""], ["Hidden one", "Hidden", ""]]);
  });

  it("refuses to write to a sheet that does not exist, or to a chart sheet", async () => {
    const { workbook } = await open({
      sheets: [{ name: "Plan", body: "" }, { name: "Chart", kind: "chartsheet", body: `<chartsheet xmlns="${MAIN_NS}"/>` }],
    });
    await expect(workbook.apply(only(write({ sheet: "Nope", address: "A1", values: [[1]] })))).rejects.toThrow('There is no sheet "Nope"');
    await expect(workbook.apply(only(write({ sheet: "chart", address: "A1", values: [[1]] })))).rejects.toThrow("is not a worksheet");
    await expect(workbook.apply({ ensureSheets: [{ name: "Chart", visibility: "Visible" }], writes: [] })).rejects.toBeInstanceOf(InvalidChangeError);
  });

  it("validates the change set before anything else", async () => {
    const { workbook } = await open(plan(""));
    const bad: ChangeSet[] = [
      { ensureSheets: [{ name: "a/b", visibility: "Visible" }], writes: [] },
      { ensureSheets: [{ name: "x".repeat(32), visibility: "Visible" }], writes: [] },
      { ensureSheets: [{ name: "Log", visibility: "Visible", header: ["A"], table: "A1" }], writes: [] },
      { ensureSheets: [{ name: "Log", visibility: "Visible", header: ["A", "a"], table: "T" }], writes: [] },
      { ensureSheets: [{ name: "Log", visibility: "Visible", table: "T" }], writes: [] },
      only(write({ sheet: "Plan", address: "A1", values: [[Number.NaN]] })),
      only(write({ sheet: "Plan", address: "A0", values: [[1]] })),
    ];
    for (const changes of bad) await expect(workbook.apply(changes)).rejects.toBeInstanceOf(InvalidChangeError);
  });

  it("does nothing for an empty change set", async () => {
    const { workbook, input } = await open(plan(""));
    await workbook.apply({ ensureSheets: [], writes: [] });
    await workbook.apply({ ensureSheets: [{ name: "plan", visibility: "Visible" }], writes: [] });
    expect(Buffer.from(await workbook.toBytes()).equals(Buffer.from(input))).toBe(true);
    expect(workbook.appliedChanges).toEqual([]);
  });
});

describe("guards", () => {
  it("compares the displayed text: dates, numbers and missing cells", async () => {
    const { workbook } = await open(plan(`<row r="1"><c r="A1" s="1"><v>42170</v></c><c r="B1"><v>0.1</v></c></row>`));
    await workbook.apply(only(write({ sheet: "Plan", address: "A1", values: [["a", "b", "c"]], expectedText: [["15/06/2015", "0.1", ""]] })));
    const error = await workbook.apply(only(write({ sheet: "Plan", address: "A1", values: [["z"]], expectedText: [["15/06/2015"]] }))).catch((e: unknown) => e);
    expect((error as ConflictError).message).toBe('Plan!A1 changed since you opened it: it now reads "a".');
  });
});

describe("app.xml it cannot read", () => {
  it("is left alone", async () => {
    const input = await buildXlsx(plan(""));
    const zip = await JSZip.loadAsync(input);
    const app = `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><TitlesOfParts/></Properties>`;
    zip.file("docProps/app.xml", app);
    const rels = await zip.file("_rels/.rels")!.async("string");
    zip.file("_rels/.rels", rels.replace("</Relationships>", `<Relationship Id="rIdApp" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`));
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const workbook = await XlsxWorkbook.fromBytes(bytes);
    await workbook.apply({ ensureSheets: [{ name: "New", visibility: "Visible" }], writes: [] });
    const diff = await diffParts(bytes, await workbook.toBytes());
    expect(diff.changed).toEqual(["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/workbook.xml"]);
  });
});

describe("the writer's own check", () => {
  it("is a WorkbookWriteError with the problems listed", () => {
    const error = new WorkbookWriteError("failed", ["a", "b"]);
    expect(error.problems).toEqual(["a", "b"]);
    expect(error.name).toBe("WorkbookWriteError");
  });
});

describe("parts the writer cannot edit", () => {
  it("fail with a WorkbookWriteError naming the file, and change nothing", async () => {
    const { workbook, input } = await open(plan(`<row r="1"><c r="A1"><v>1</v></c></row>`, { styles: `<styleSheet xmlns="${MAIN_NS}"/>` }));
    const error = await workbook.apply(only(write({ sheet: "Plan", address: "A1", values: [["x"]] }))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookWriteError);
    expect((error as Error).message).toBe('"test.xlsx" could not be edited (the styles part has no cell formats (cellXfs)); nothing was changed.');
    expect(Buffer.from(await workbook.toBytes()).equals(Buffer.from(input))).toBe(true);
  });
});

describe("macro-enabled workbooks", () => {
  it("keep their VBA project as an untouched part", async () => {
    const input = await buildXlsx(plan(`<row r="1"><c r="A1"><v>1</v></c></row>`));
    const zip = await JSZip.loadAsync(input);
    const vba = new Uint8Array(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    zip.file("xl/vbaProject.bin", vba);
    const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
    zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", `<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>`));
    const xlsm = await zip.generateAsync({ type: "uint8array" });
    const workbook = await XlsxWorkbook.fromBytes(xlsm, "plan.xlsm");
    await workbook.apply({ ensureSheets: [{ name: "Log", visibility: "Visible", header: ["A"] }], writes: [write({ sheet: "Plan", address: "A1", values: [["x"]] })] });
    const out = await JSZip.loadAsync(await workbook.toBytes());
    expect(Buffer.from(await out.file("xl/vbaProject.bin")!.async("uint8array")).equals(Buffer.from(vba))).toBe(true);
    expect(await out.file("xl/_rels/workbook.xml.rels")!.async("string")).toContain('Target="vbaProject.bin"');
  });
});
