/**
 * Valid workbooks some producers write that the file adapter once refused (issue 15): Strict
 * Open XML (read; writing is refused with the reason), a sheet whose relationship id is empty,
 * and XML parts encoded as UTF-16. Each workbook is built here, part by part.
 */
import JSZip from "jszip";
import { WorkbookWriteError, XlsxWorkbook } from "../../src/xlsx";
import { CHANGE_LOG_SHEET } from "../../src/plan/own-sheets";

const T = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  rels: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
};
// ISO/IEC 29500-1 Strict: the same parts under purl.oclc.org namespaces and relationship types.
const S = {
  main: "http://purl.oclc.org/ooxml/spreadsheetml/main",
  rels: "http://purl.oclc.org/ooxml/officeDocument/relationships",
};
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";

interface Parts {
  ns: typeof T;
  sheets: { name: string; rid: string; relId?: string; xml: string }[];
  strings?: string[];
  encode?: (path: string, text: string) => Uint8Array | string;
}

async function workbook({ ns, sheets, strings, encode = (_p, t) => t }: Parts): Promise<Uint8Array> {
  const zip = new JSZip();
  const put = (path: string, text: string) => zip.file(path, encode(path, text));
  put("[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`);
  put("_rels/.rels", `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${ns.rels}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const rels = sheets.map((s, i) => `<Relationship Id="${s.relId ?? s.rid}" Type="${ns.rels}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`);
  if (strings) rels.push(`<Relationship Id="rIdSst" Type="${ns.rels}/sharedStrings" Target="sharedStrings.xml"/>`);
  put("xl/_rels/workbook.xml.rels", `<Relationships xmlns="${PKG}">${rels.join("")}</Relationships>`);
  const sheetEls = sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="${s.rid}"/>`).join("");
  put("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns.main}" xmlns:r="${ns.rels}"><sheets>${sheetEls}</sheets></workbook>`);
  sheets.forEach((s, i) => put(`xl/worksheets/sheet${i + 1}.xml`, `<worksheet xmlns="${ns.main}"><sheetData>${s.xml}</sheetData></worksheet>`));
  if (strings) put("xl/sharedStrings.xml", `<sst xmlns="${ns.main}">${strings.map((t) => `<si><t>${t}</t></si>`).join("")}</sst>`);
  return zip.generateAsync({ type: "uint8array" });
}

const CELLS = `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>42</v></c></row>`;

describe("Strict Open XML", () => {
  it("is read like a transitional workbook", async () => {
    const bytes = await workbook({ ns: S, sheets: [{ name: "Plan", rid: "rId1", xml: CELLS }], strings: ["Ref"] });
    const snapshot = await (await XlsxWorkbook.fromBytes(bytes, "strict.xlsx")).readSnapshot();
    expect(snapshot.sheets.map((s) => [s.name, s.address, s.values])).toEqual([["Plan", "A1:B1", [["Ref", 42]]]]);
  });

  it("is not written: the change is refused with the reason, and nothing changes", async () => {
    const bytes = await workbook({ ns: S, sheets: [{ name: "Plan", rid: "rId1", xml: CELLS }], strings: ["Ref"] });
    const book = await XlsxWorkbook.fromBytes(bytes, "strict.xlsx");
    const change = { ensureSheets: [], writes: [{ sheet: "Plan", address: "B1", values: [["43"]], asText: true }] };
    const refused = book.apply(change);
    await expect(refused).rejects.toThrow(WorkbookWriteError);
    await expect(refused).rejects.toThrow(/"strict\.xlsx" was not changed: it is saved as Strict Open XML, which this tool reads but does not change/);
    expect(Buffer.from(await book.toBytes()).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe("a sheet whose relationship id is empty", () => {
  it("takes the worksheet relationship no other sheet claims, in order", async () => {
    // Both sheets say r:id=""; the relationships have ids nobody names (a producer's mistake that
    // Excel and LibreOffice open anyway): first unclaimed relationship → first sheet.
    const bytes = await workbook({
      ns: T,
      sheets: [
        { name: "Plan", rid: "", relId: "rIdA", xml: `<row r="1"><c r="A1"><v>1</v></c></row>` },
        { name: "Notes", rid: "", relId: "rIdB", xml: `<row r="1"><c r="A1"><v>2</v></c></row>` },
      ],
    });
    const snapshot = await (await XlsxWorkbook.fromBytes(bytes, "empty-id.xlsx")).readSnapshot();
    expect(snapshot.sheets.map((s) => [s.name, s.values[0][0]])).toEqual([
      ["Plan", 1],
      ["Notes", 2],
    ]);
  });

  it("still reads a sheet named by its id beside one with an empty id", async () => {
    const bytes = await workbook({
      ns: T,
      sheets: [
        { name: "Plan", rid: "", relId: "rIdA", xml: `<row r="1"><c r="A1"><v>1</v></c></row>` },
        { name: "Notes", rid: "rIdB", xml: `<row r="1"><c r="A1"><v>2</v></c></row>` },
      ],
    });
    const snapshot = await (await XlsxWorkbook.fromBytes(bytes)).readSnapshot();
    expect(snapshot.sheets.map((s) => [s.name, s.values[0][0]])).toEqual([
      ["Plan", 1],
      ["Notes", 2],
    ]);
  });
});

describe("XML parts encoded as UTF-16", () => {
  const utf16le = (text: string, bom: boolean) => new Uint8Array(Buffer.from(`${bom ? "\ufeff" : ""}${text}`, "utf16le"));
  const utf16be = (text: string) => {
    const le = Buffer.from(`\ufeff${text}`, "utf16le");
    return new Uint8Array(le.swap16());
  };

  it("are read with and without a byte order mark, little- and big-endian", async () => {
    const bytes = await workbook({
      ns: T,
      sheets: [{ name: "Plan", rid: "rId1", xml: CELLS }],
      strings: ["Réf – £5"],
      encode: (path, text) => {
        const declared = text.replace('encoding="UTF-8"', 'encoding="UTF-16"');
        if (path === "xl/workbook.xml") return utf16le(declared, true);
        if (path === "xl/worksheets/sheet1.xml") return utf16le(declared, false);
        if (path === "xl/sharedStrings.xml") return utf16be(declared);
        return text;
      },
    });
    const book = await XlsxWorkbook.fromBytes(bytes, "utf16.xlsx");
    expect((await book.readSnapshot()).sheets[0].values).toEqual([["Réf – £5", 42]]);
    // A change to a UTF-16 sheet is written back as UTF-8, declared so, and reads the same.
    await book.apply({ ensureSheets: [], writes: [{ sheet: "Plan", address: "B1", values: [["43"]], asText: true }] });
    const again = await (await XlsxWorkbook.fromBytes(await book.toBytes())).readSnapshot();
    expect(again.sheets.find((s) => s.name === "Plan")!.values).toEqual([["Réf – £5", "43"]]);
    expect(again.sheets.some((s) => s.name === CHANGE_LOG_SHEET)).toBe(false);
  });
});
