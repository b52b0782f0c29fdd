/** The splicing helpers the writer edits parts with, and the core's change-set checks it relies on. */
import { InvalidChangeError, isValidSheetName, isValidTableName, validateChanges } from "../../src/plan/change-set";
import {
  addContentTypes,
  addSheetEntries,
  addWorksheetTitles,
  freshRelationshipIds,
  removeCalcChainCells,
  withFullCalcOnLoad,
} from "../../src/xlsx/package-edit";
import { relativeTarget } from "../../src/xlsx/writer";
import { applySplices, attributeOf, childElements, encodeCellText, rootElement, wellFormedProblem, withAttributes } from "../../src/xlsx/xml-edit";

describe("the tokenizer", () => {
  it("skips comments, CDATA and processing instructions, and reads > inside attribute values", () => {
    const xml = `<?xml version="1.0"?><!-- <a> --><root x='1>2'><a/><![CDATA[<b>]]><?pi <c>?><b y="&quot;>"><c/></b></root>`;
    const root = rootElement(xml);
    expect(root.local).toBe("root");
    expect(attributeOf(xml, root, "x")).toBe("1>2");
    const kids = childElements(xml, root);
    expect(kids.map((k) => k.name)).toEqual(["a", "b"]);
    expect(attributeOf(xml, kids[1], "y")).toBe('">');
    expect(xml.slice(kids[1].start, kids[1].end)).toBe('<b y="&quot;>"><c/></b>');
  });

  it("edits attributes in place, keeping the others as written", () => {
    const xml = `<c r="A1"  s='3' t="s" x14ac:foo="1"/>`;
    const el = rootElement(xml);
    expect(withAttributes(xml, el, { s: "7", t: null, vm: null, r2: "x" })).toBe(`<c r="A1"  s='7' x14ac:foo="1" r2="x"/>`);
    expect(applySplices("abcdef", [{ start: 4, end: 5, text: "X" }, { start: 1, end: 1, text: "_" }])).toBe("a_bcdXf");
  });

  it("encodes text Excel and the reader decode back", () => {
    expect(encodeCellText("a<b & _x000D_\r\u0007")).toBe("a&lt;b &amp; _x005F_x000D__x000D__x0007_");
    expect(encodeCellText("😀 \ud800")).toBe("😀 _xD800_");
  });
});

describe("the well-formedness check", () => {
  it("accepts parts as Excel writes them", () => {
    expect(wellFormedProblem(`<?xml version="1.0"?>\n<!-- c --><a x="1 &amp; 2" y='&#10;'><b/><c>t &lt; &#x41;<![CDATA[<&>]]></c></a>\n`)).toBeUndefined();
  });

  it.each([
    ["<a><b></a>", "</a> closes <b>"],
    ["<a>x & y</a>", 'a bare "&"'],
    ['<a x="<"/>', "a malformed start tag"],
    ['<a x="&nope;"/>', 'a bare "&" in an attribute'],
    ["<a/><b/>", "a second root element"],
    ["<a>", "<a> is not closed"],
    ["text", "text outside the root element"],
    ["", "no root element"],
  ])("finds what is wrong with %s", (xml, problem) => {
    expect(wellFormedProblem(xml)).toContain(problem);
  });
});

describe("structural edits", () => {
  it("adds overrides once, and a rels default when missing", () => {
    const xml = `<Types xmlns="ct"><Override PartName="/xl/a.xml" ContentType="x"/></Types>`;
    expect(addContentTypes(xml, [{ partName: "/XL/A.xml", contentType: "x" }, { partName: "/xl/b.xml", contentType: "y" }])).toBe(
      `<Types xmlns="ct"><Override PartName="/xl/a.xml" ContentType="x"/><Override PartName="/xl/b.xml" ContentType="y"/></Types>`,
    );
    expect(addContentTypes(`<Types xmlns="ct"/>`, [{ partName: "/xl/_rels/a.xml.rels", contentType: "r" }])).toContain('<Default Extension="rels"');
  });

  it("appends sheets with the workbook's own prefixes", () => {
    const xml = `<x:workbook xmlns:x="m" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="A" sheetId="1" rel:id="rId1"/></x:sheets></x:workbook>`;
    expect(addSheetEntries(xml, [{ name: "B & C", sheetId: 2, relId: "rId2", state: "veryHidden" }])).toContain(
      `<x:sheet name="B &amp; C" sheetId="2" state="veryHidden" rel:id="rId2"/></x:sheets>`,
    );
  });

  it("asks for a full calculation on load once, in schema order", () => {
    expect(withFullCalcOnLoad(`<workbook><sheets/><definedNames/><pivotCaches/></workbook>`)).toBe(
      `<workbook><sheets/><definedNames/><calcPr fullCalcOnLoad="1"/><pivotCaches/></workbook>`,
    );
    expect(withFullCalcOnLoad(`<workbook><calcPr calcId="1"/></workbook>`)).toBe(`<workbook><calcPr calcId="1" fullCalcOnLoad="1"/></workbook>`);
    expect(withFullCalcOnLoad(`<workbook><calcPr fullCalcOnLoad="true"/></workbook>`)).toBeUndefined();
  });

  it("adds worksheet titles to a localised app.xml, or leaves an unexpected one alone", () => {
    const app = (pairs: string, titles: string, size: number, count: number) =>
      `<Properties xmlns:vt="v"><HeadingPairs><vt:vector size="${count}" baseType="variant">${pairs}</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${size}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts></Properties>`;
    const pair = (name: string, n: number) => `<vt:variant><vt:lpstr>${name}</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant>`;
    const german = app(pair("Arbeitsblätter", 2) + pair("Benannte Bereiche", 1), "<vt:lpstr>A</vt:lpstr><vt:lpstr>B &amp; C</vt:lpstr><vt:lpstr>N</vt:lpstr>", 3, 4);
    expect(addWorksheetTitles(german, ["A", "B & C"], ["New"])).toBe(
      app(pair("Arbeitsblätter", 3) + pair("Benannte Bereiche", 1), "<vt:lpstr>A</vt:lpstr><vt:lpstr>B &amp; C</vt:lpstr><vt:lpstr>New</vt:lpstr><vt:lpstr>N</vt:lpstr>", 4, 4),
    );
    expect(addWorksheetTitles(german, ["A", "X"], ["New"])).toBeUndefined();
    expect(addWorksheetTitles(app(pair("Worksheets", 2), "<vt:lpstr>A</vt:lpstr>", 1, 2), ["A", "B"], ["New"])).toBeUndefined();
    expect(addWorksheetTitles("<Properties/>", [], ["New"])).toBeUndefined();
  });

  it("removes calcChain entries by sheet id, keeping inherited ids right", () => {
    const chain = (c: string) => `<calcChain>${c}</calcChain>`;
    const result = removeCalcChainCells(chain(`<c r="A1" i="3"/><c r="A2"/><c r="$A$3" i="4"/><c r="A4"/>`), new Map([["3", new Set(["A1"])], ["4", new Set(["A3"])]]));
    expect(result).toEqual({ xml: chain(`<c r="A2" i="3"/><c r="A4" i="4"/>`), remaining: 2 });
    expect(removeCalcChainCells(chain(`<c r="A1" i="1"/>`), new Map([["1", new Set(["A1"])]])).remaining).toBe(0);
  });

  it("makes fresh relationship ids and relative targets", () => {
    expect(freshRelationshipIds(["rId1", "rId3", "rIdPc1", "RID4"], 2)).toEqual(["rId5", "rId6"]);
    expect(relativeTarget("xl/worksheets/sheet4.xml", "xl/tables/table2.xml")).toBe("../tables/table2.xml");
    expect(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet4.xml")).toBe("worksheets/sheet4.xml");
  });
});

describe("change-set checks (src/plan/change-set.ts)", () => {
  it("knows Excel's sheet and table name rules", () => {
    expect(["Plan", "Plan change log", "x".repeat(31), "It's"].every(isValidSheetName)).toBe(true);
    expect(["", "x".repeat(32), "a[b", "a:b", "a*b", "a?b", "a/b", "a\\b", "'quoted'"].some(isValidSheetName)).toBe(false);
    expect(["PlanChangeLog", "_t", "\\t", "Tbl.1", "Ärger"].every(isValidTableName)).toBe(true);
    expect(["1abc", "A1", "xfd100", "R1C1", "r", "C", "with space", "a-b", "x".repeat(256)].some(isValidTableName)).toBe(false);
  });

  it("is the one InvalidChangeError both adapters throw", async () => {
    const excel = await import("../../src/excel");
    expect(excel.InvalidChangeError).toBe(InvalidChangeError);
    expect(() => validateChanges({ ensureSheets: [{ name: "a", visibility: "Visible" }, { name: "A", visibility: "Hidden" }], writes: [] })).toThrow(
      'Sheet "A" is ensured twice.',
    );
  });
});
