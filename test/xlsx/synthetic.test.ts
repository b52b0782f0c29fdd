import JSZip from "jszip";
import type { SheetSnapshot } from "../../src/plan/snapshot";
import { WorkbookReadError } from "../../src/plan/port";
import { openXlsxPackage, readWorkbookSnapshot, XlsxWorkbook } from "../../src/xlsx";
import { buildXlsx, MAIN_NS, stylesWith, worksheet, type SyntheticWorkbook } from "./build-package";

async function snapshotOf(spec: SyntheticWorkbook) {
  return (await XlsxWorkbook.fromBytes(await buildXlsx(spec), "test.xlsx")).readSnapshot();
}

async function onlySheet(body: string, extra: Partial<SyntheticWorkbook> = {}): Promise<SheetSnapshot> {
  return (await snapshotOf({ sheets: [{ name: "Plan", body }], ...extra })).sheets[0];
}

const TABLE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";

describe("cell values", () => {
  it("reads every cell type as Office.js gives it", async () => {
    const s = await onlySheet(
      `<row r="1">` +
        `<c r="A1" t="s"><v>0</v></c>` +
        `<c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space="preserve"> rest</t></r></is></c>` +
        `<c r="C1" t="b"><v>1</v></c>` +
        `<c r="D1" t="b"><v>0</v></c>` +
        `<c r="E1" t="e"><v>#REF!</v></c>` +
        `<c r="F1" t="str"><f>A1&amp;"!"</f><v>Fish &amp; chips!</v></c>` +
        `<c r="G1"><v>2.5</v></c>` +
        `<c r="H1" t="d"><v>2015-06-15T00:00:00</v></c>` +
        `</row>`,
      { sharedStrings: [`<t xml:space="preserve">Line 1_x000D_
Line 2 &#8212; done</t>`] },
    );
    expect(s.address).toBe("A1:H1");
    expect(s.values[0]).toEqual(["Line 1\r\nLine 2 \u2014 done", "Bold rest", true, false, "#REF!", "Fish & chips!", 2.5, 42170]);
    expect(s.text[0]).toEqual(["Line 1\r\nLine 2 \u2014 done", "Bold rest", "TRUE", "FALSE", "#REF!", "Fish & chips!", "2.5", "42170"]);
  });

  it("joins rich text runs of shared strings and skips phonetic runs", async () => {
    const s = await onlySheet(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>`, {
      sharedStrings: [
        `<r><rPr><b/></rPr><t>02.07.24 BO:</t></r><r><t xml:space="preserve"> Progress note 2.</t></r>`,
        `<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>`,
      ],
    });
    expect(s.values[0]).toEqual(["02.07.24 BO: Progress note 2.", "東京"]);
  });

  it("keeps spaces and line breaks inside strings", async () => {
    const s = await onlySheet(`<row r="1"><c r="A1" t="s"><v>0</v></c></row>`, {
      sharedStrings: ["  two leading\nand a break  "],
    });
    expect(s.values[0][0]).toBe("  two leading\nand a break  ");
  });

  it("counts formulas without a cached value in the used range", async () => {
    const s = await onlySheet(`<row r="2"><c r="B2"><f>1+1</f></c><c r="C2" s="0"/></row><row r="3"><c r="C3" t="s"><v>0</v></c></row>`, {
      sharedStrings: ["x"],
    });
    expect(s.address).toBe("B2:C3");
    expect(s.values).toEqual([["", ""], ["", "x"]]);
  });

  it("places cells that have no reference after the previous one", async () => {
    const s = await onlySheet(`<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="B2"><v>3</v></c><c><v>4</v></c></row>`);
    expect(s.address).toBe("A1:C2");
    expect(s.values).toEqual([[1, 2, ""], ["", 3, 4]]);
  });

  it("gives an empty sheet an empty address and empty grids", async () => {
    const s = await onlySheet(`<row r="4"><c r="B4" s="1"/></row>`, { styles: stylesWith(["0.00"]) });
    expect(s).toMatchObject({ address: "", values: [], text: [], numberFormat: [], hiddenRows: [], hiddenColumns: [] });
  });

  it("reads SpreadsheetML written with an element prefix", async () => {
    const body =
      `<x:worksheet xmlns:x="${MAIN_NS}"><x:cols><x:col min="2" max="3" hidden="1"/></x:cols>` +
      `<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Ref</x:t></x:is></x:c><x:c r="C1"><x:v>7</x:v></x:c></x:row></x:sheetData>` +
      `<x:mergeCells><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>`;
    const s = await onlySheet(body);
    expect(s.values).toEqual([["Ref", "", 7]]);
    expect(s.merged).toEqual(["A1:B1"]);
    expect(s.hiddenColumns).toEqual([2, 3]);
  });
});

describe("number formats and styles", () => {
  const styles = stylesWith(["dd/mm/yyyy", '0.0"h"', "@", "#,##0.00"]);

  it("formats each cell through its style and reports General for unstyled cells", async () => {
    const s = await onlySheet(
      `<row r="1"><c r="A1" s="1"><v>42170</v></c><c r="B1" s="2"><v>1.5</v></c><c r="C1" s="3" t="s"><v>0</v></c><c r="D1" s="4"><v>1234.5</v></c><c r="E1"><v>0.1</v></c></row>`,
      { styles, sharedStrings: ["=not a formula"] },
    );
    expect(s.text[0]).toEqual(["15/06/2015", "1.5h", "=not a formula", "1,234.50", "0.1"]);
    expect(s.numberFormat[0]).toEqual(["dd/mm/yyyy", '0.0"h"', "@", "#,##0.00", "General"]);
  });

  it("resolves built-in format ids", async () => {
    const builtIn = `<styleSheet xmlns="${MAIN_NS}"><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="10"/><xf numFmtId="49"/><xf numFmtId="3"/></cellXfs></styleSheet>`;
    const s = await onlySheet(
      `<row r="1"><c r="A1" s="1"><v>42170</v></c><c r="B1" s="2"><v>0.125</v></c><c r="C1" s="3"><v>5</v></c><c r="D1" s="4"><v>12345</v></c></row>`,
      { styles: builtIn },
    );
    expect(s.numberFormat[0]).toEqual(["m/d/yyyy", "0.00%", "@", "#,##0"]);
    // Built-in 14 shows in the user's short-date format, UK unless told otherwise.
    expect(s.text[0]).toEqual(["15/06/2015", "12.50%", "5", "12,345"]);
    const bytes = await buildXlsx({ sheets: [{ name: "P", body: `<row r="1"><c r="A1" s="1"><v>42170.5</v></c></row>` }], styles: builtIn });
    const us = await (await XlsxWorkbook.fromBytes(bytes, "us.xlsx", { shortDateFormat: "m/d/yyyy" })).readSnapshot();
    expect(us.sheets[0].text[0][0]).toBe("6/15/2015");
  });

  it("shows built-in date and time 22 with the short-date format", async () => {
    const builtIn = `<styleSheet xmlns="${MAIN_NS}"><cellXfs><xf numFmtId="0"/><xf numFmtId="22"/></cellXfs></styleSheet>`;
    const s = await onlySheet(`<row r="1"><c r="A1" s="1"><v>42170.5</v></c></row>`, { styles: builtIn });
    expect(s.numberFormat[0][0]).toBe("m/d/yyyy h:mm");
    expect(s.text[0][0]).toBe("15/06/2015 12:00");
  });

  it("gives empty cells their row's or column's format", async () => {
    const body = worksheet(
      `<row r="1"><c r="A1"><v>1</v></c><c r="C1"><v>3</v></c></row><row r="2" s="2" customFormat="1"><c r="A2"><v>2</v></c></row>`,
      "",
      `<cols><col min="2" max="2" style="1"/></cols>`,
    );
    const s = await onlySheet(body, { styles });
    expect(s.numberFormat).toEqual([
      ["General", "dd/mm/yyyy", "General"],
      ["General", '0.0"h"', '0.0"h"'],
    ]);
  });

  it("ignores number formats inside differential formats", async () => {
    const withDxf = `<styleSheet xmlns="${MAIN_NS}"><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs><dxfs><dxf><numFmt numFmtId="164" formatCode="@"/></dxf></dxfs></styleSheet>`;
    const s = await onlySheet(`<row r="1"><c r="A1" s="1"><v>42170</v></c></row>`, { styles: withDxf });
    expect(s.text[0][0]).toBe("15/06/2015");
  });

  it("leaves dateSystem out for the usual 1900 date system", async () => {
    expect((await snapshotOf({ sheets: [{ name: "Plan", body: "" }] })).dateSystem).toBeUndefined();
  });

  it("keeps 1904-system serials as written and shows their dates", async () => {
    // 15/06/2015 is 1900-system serial 42170; in the 1904 system it is 42170 - 1462 = 40708.
    const { sheets, dateSystem } = await snapshotOf({
      sheets: [{ name: "Plan", body: `<row r="1"><c r="A1" s="1"><v>40708</v></c></row>` }],
      styles,
      date1904: true,
    });
    expect(dateSystem).toBe(1904);
    expect(sheets[0].values[0][0]).toBe(40708);
    expect(sheets[0].text[0][0]).toBe("15/06/2015");
    const pkg = await openXlsxPackage(await buildXlsx({ sheets: [{ name: "P", body: "" }], date1904: true }));
    expect(pkg.date1904).toBe(true);
  });
});

describe("structure", () => {
  it("lists hidden rows and expands hidden column spans within the used range", async () => {
    const body = worksheet(
      `<row r="1"><c r="A1"><v>1</v></c><c r="F1"><v>1</v></c></row><row r="2" hidden="1"><c r="A2"><v>2</v></c></row><row r="3" hidden="true"/><row r="4"><c r="A4"><v>4</v></c></row><row r="9" hidden="1"/>`,
      `<mergeCells count="1"><mergeCell ref="$B$1:$C$2"/></mergeCells>`,
      `<cols><col min="2" max="4" hidden="1"/><col min="6" max="16384" hidden="1"/></cols>`,
    );
    const s = await onlySheet(body);
    expect(s.address).toBe("A1:F4");
    expect(s.hiddenRows).toEqual([2, 3]);
    expect(s.hiddenColumns).toEqual([2, 3, 4, 6]);
    expect(s.merged).toEqual(["B1:C2"]);
  });

  it("reads tables through the sheet's relationships, headers and totals from their counts", async () => {
    const body = worksheet(
      `<row r="1"><c r="A1"><v>1</v></c></row><row r="6"><c r="D6"><v>1</v></c></row>`,
      `<tableParts count="2"><tablePart r:id="rIdT2"/><tablePart r:id="rIdT1"/></tableParts>`,
    );
    const s = await onlySheet(body, {
      absoluteTargets: true,
      sheets: [
        {
          name: "Plan",
          body,
          rels:
            `<Relationship Id="rIdT1" Type="${TABLE_REL}" Target="/xl/tables/anything.xml"/>` +
            `<Relationship Id="rIdT2" Type="${TABLE_REL}" Target="../tables/other.xml"/>`,
          parts: {
            "xl/tables/anything.xml": `<table xmlns="${MAIN_NS}" id="1" name="T1" displayName="Actions" ref="A1:D5" totalsRowShown="1"/>`,
            "xl/tables/other.xml": `<table xmlns="${MAIN_NS}" id="2" name="Totals" displayName="Totals" ref="a1:b6" headerRowCount="0" totalsRowCount="1"/>`,
          },
        },
      ],
    });
    expect(s.tables).toEqual([
      { name: "Totals", address: "A1:B6", showHeaders: false, showTotals: true },
      { name: "Actions", address: "A1:D5", showHeaders: true, showTotals: false },
    ]);
  });

  it("puts chart sheets aside, keeps tab order and reads hidden sheets", async () => {
    const snapshot = await snapshotOf({
      absoluteTargets: true,
      sheetFolder: "sheets/custom",
      sheets: [
        { name: "Chart", body: `<chartsheet xmlns="${MAIN_NS}"/>`, kind: "chartsheet" },
        { name: "Plan", body: `<row r="1"><c r="A1"><v>1</v></c></row>` },
        { name: "Hidden & old", body: `<row r="1"><c r="A1"><v>2</v></c></row>`, state: "hidden" },
        { name: "Lookups", body: `<row r="1"><c r="A1"><v>3</v></c></row>`, state: "veryHidden" },
      ],
    });
    expect(snapshot.chartSheets).toEqual(["Chart"]);
    expect(snapshot.sheets.map((s) => [s.name, s.position, s.visibility, s.values[0][0]])).toEqual([
      ["Plan", 0, "Visible", 1],
      ["Hidden & old", 1, "Hidden", 2],
      ["Lookups", 2, "VeryHidden", 3],
    ]);
  });

  it("finds parts whose names differ in case from their targets", async () => {
    const bytes = await buildXlsx({ sheets: [{ name: "Plan", body: `<row r="1"><c r="A1"><v>1</v></c></row>` }] });
    const zip = await JSZip.loadAsync(bytes);
    const text = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.remove("xl/worksheets/sheet1.xml");
    zip.file("xl/Worksheets/Sheet1.xml", text);
    const pkg = await openXlsxPackage(await zip.generateAsync({ type: "uint8array" }));
    expect(readWorkbookSnapshot(pkg).sheets[0].values).toEqual([[1]]);
  });

  it("refuses a used range too large to hold", async () => {
    const s = buildXlsx({ sheets: [{ name: "Plan", body: `<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>1</v></c></row>` }] });
    const workbook = await XlsxWorkbook.fromBytes(await s, "big.xlsx");
    await expect(workbook.readSnapshot()).rejects.toThrow(WorkbookReadError);
    await expect(workbook.readSnapshot()).rejects.toThrow(/Sheet "Plan" uses A1:XFD1048576/);
  });
});

describe("a large sheet", () => {
  // Read speed is measured by `npm run bench` (speed is never asserted in a test).
  it("reads a 20,000 × 8 sheet whole", async () => {
    const rows: string[] = [];
    const strings: string[] = [];
    for (let r = 1; r <= 20_000; r++) {
      const cells: string[] = [];
      for (let c = 0; c < 8; c++) {
        const ref = `${String.fromCharCode(65 + c)}${r}`;
        if (c === 3) cells.push(`<c r="${ref}" s="1"><v>${42170 + (r % 400)}</v></c>`);
        else if (c === 6) cells.push(`<c r="${ref}" s="2"><v>${(r % 97) / 4}</v></c>`);
        else {
          strings.push(`Row ${r} column ${c} with some words of text`);
          cells.push(`<c r="${ref}" t="s"><v>${strings.length - 1}</v></c>`);
        }
      }
      rows.push(`<row r="${r}">${cells.join("")}</row>`);
    }
    const bytes = await buildXlsx({
      sheets: [{ name: "Big", body: rows.join("") }],
      sharedStrings: strings,
      styles: stylesWith(["dd/mm/yyyy", '0.0"h"']),
    });
    const snapshot = await (await XlsxWorkbook.fromBytes(bytes)).readSnapshot();
    const big = snapshot.sheets[0];
    expect(big.address).toBe("A1:H20000");
    expect(big.values[19_999][3]).toBe(42170);
    expect(big.text[19_999][3]).toBe("15/06/2015");
    expect(big.text[19_999][6]).toBe("4.5h");
  });
});
