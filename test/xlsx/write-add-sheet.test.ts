/**
 * The writer drawing a new sheet from a `SheetSpec` (`ChangeSet.addSheets`): the board summary
 * the real core builds, added to every package-feature workbook and to the Reading plan. Only
 * the parts that must change do; the new sheet, its styles, tables, chart and print titles are
 * all there and read back; a clash changes nothing.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { InvalidChangeError, validateChanges } from "../../src/plan/change-set";
import { readPlan } from "../../src/plan/read-plan";
import { resolveSettings } from "../../src/plan/settings";
import type { ChangeSet } from "../../src/plan/port";
import type { SheetSpec } from "../../src/plan/sheet-spec";
import { buildReport } from "../../src/plan/report";
import { summarySheetName, summarySheetSpec } from "../../src/plan/summary-sheet";
import { XlsxWorkbook, verifyWrite } from "../../src/xlsx";
import { columnWidth, fittedRowHeight } from "../../src/xlsx/spec-sheet";
import { PACKAGE_FEATURES, READING } from "../support/fixtures";
import { MAIN_NS, buildXlsx, stylesWith } from "./build-package";
import { cellOf, cellXml, diffParts, partText, sheetOf, unpack } from "./write-helpers";

const AS_OF = "2015-06-08";
const FILES = [...readdirSync(PACKAGE_FEATURES).filter((f) => f.endsWith(".xlsx")).map((f) => path.join(PACKAGE_FEATURES, f)), READING];
const META = { madeBy: "PM", madeAt: "2015-06-08 09:00" };

/** The summary sheet the core builds for a workbook, as at `asOf`. */
async function summaryOf(workbook: XlsxWorkbook, asOf = AS_OF): Promise<SheetSpec> {
  const snapshot = await workbook.readSnapshot();
  const plan = readPlan(snapshot);
  if (!plan.ok) throw new Error(plan.message);
  const report = buildReport(plan.plan, snapshot, asOf, resolveSettings(), null);
  return summarySheetSpec(report, META, summarySheetName(asOf, snapshot.sheets.map((s) => s.name)));
}

const adding = (...specs: SheetSpec[]): ChangeSet => ({ ensureSheets: [], writes: [], addSheets: specs });

/** The part a new file of `stem` gets in `folder`: one above the highest number there. */
function nextPart(parts: Iterable<string>, folder: string, stem: string, skip = 0): string {
  let n = 0;
  for (const p of parts) {
    const m = new RegExp(`^${folder}${stem}(\\d+)\\.xml$`).exec(p);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return `${folder}${stem}${n + 1 + skip}.xml`;
}

/** The `<xf>` elements of `<cellXfs>`, and the entries of another list of a styles part. */
function list(styles: string, name: string, item: string): string[] {
  const body = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(styles)?.[1] ?? "";
  return body.match(new RegExp(`<${item}\\b[^>]*?(?:/>|>[\\s\\S]*?</${item}>)`, "g")) ?? [];
}

it("finds the package-feature workbooks and the Reading plan", () => {
  expect(FILES.length).toBeGreaterThanOrEqual(8);
});

describe.each(FILES.map((f) => [path.basename(f), f]))("adding a board summary to %s", (file, full) => {
  let input: Uint8Array;
  let output: Uint8Array;
  let spec: SheetSpec;
  let workbook: XlsxWorkbook;
  let sheetPart: string;
  let inputParts: string[];

  beforeAll(async () => {
    input = new Uint8Array(readFileSync(full));
    inputParts = [...(await unpack(input)).keys()];
    workbook = await XlsxWorkbook.fromBytes(input, file);
    spec = await summaryOf(workbook);
    await workbook.apply(adding(spec));
    output = await workbook.toBytes();
    sheetPart = workbook.pkg.sheets.at(-1)!.path;
  });

  it("adds the sheet, its tables, drawing and chart, and changes only the workbook's lists and styles", async () => {
    const diff = await diffParts(input, output);
    expect(diff.removed).toEqual([]);
    const changed = ["[Content_Types].xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/workbook.xml"];
    if (inputParts.includes("docProps/app.xml")) changed.push("docProps/app.xml");
    expect(diff.changed).toEqual(changed.sort());
    const sheet = nextPart(inputParts, "xl/worksheets/", "sheet");
    const drawing = nextPart(inputParts, "xl/drawings/", "drawing");
    expect(sheetPart).toBe(sheet);
    expect(diff.added).toEqual(
      [
        sheet,
        sheet.replace("worksheets/", "worksheets/_rels/") + ".rels",
        // One table: the workstream lines (the exceptions have merged cells, so are no table).
        nextPart(inputParts, "xl/tables/", "table"),
        drawing,
        drawing.replace("drawings/", "drawings/_rels/") + ".rels",
        nextPart(inputParts, "xl/charts/", "chart"),
      ].sort(),
    );
    expect(workbook.writeReports[0]).toMatchObject({ changed: diff.changed, added: diff.added, removed: [], createdSheets: [spec.name] });
    if (file === "every-feature.xlsx") {
      // Its own chart, drawing and table keep their names and bytes.
      expect(diff.added).toEqual(expect.arrayContaining(["xl/charts/chart2.xml", "xl/drawings/drawing2.xml", "xl/tables/table2.xml"]));
    }
  });

  it("reads the new sheet back with the summary's values, at the end of the tab order", async () => {
    const snapshot = await (await XlsxWorkbook.fromBytes(output, file)).readSnapshot();
    const names = snapshot.sheets.map((s) => s.name);
    expect(names.at(-1)).toBe(`RAG ${AS_OF}`);
    const sheet = sheetOf(snapshot, spec.name);
    expect(sheet.visibility).toBe("Visible");
    expect(cellOf(sheet, "A1").value).toMatch(/: board highlight report$/);
    // Every cell the spec fills reads back as written.
    spec.rows.forEach((row, r) =>
      row.values.forEach((value, c) => {
        if (value !== "") expect([r + 1, c + 1, cellOf(sheet, `${String.fromCharCode(65 + c)}${r + 1}`).value]).toEqual([r + 1, c + 1, value]);
      }),
    );
    // The workstream rows and the totals row, found from the table the spec puts over them.
    const table = sheet.tables.find((t) => t.name.endsWith("_Workstreams"))!;
    const [first, last] = table.address.split(":").map((a) => Number(a.replace(/^[A-Z]+/, "")));
    expect(cellOf(sheet, `A${first}`).value).toBe("Workstream");
    expect(cellOf(sheet, `A${last}`).value).toBe("All workstreams");
    const workstreams = last - first - 1;
    expect(workstreams).toBeGreaterThanOrEqual(1);
    const counted = Array.from({ length: workstreams }, (_, i) => cellOf(sheet, `B${first + 1 + i}`).value as number).reduce((a, b) => a + b, 0);
    expect(cellOf(sheet, `B${last}`).value).toBe(counted);
    // The overall rating is a word in its band's colour, not a number.
    expect(cellOf(sheet, `H${last}`).value).toMatch(/^(Blue|Green|Amber|Red|Not rated)$/);
    expect(sheet.tables.map((t) => t.name)).toEqual(spec.tables.map((t) => t.name));
    // The rest of the workbook reads as before.
    const before = await (await XlsxWorkbook.fromBytes(input, file)).readSnapshot();
    expect(snapshot.sheets.slice(0, -1)).toEqual(before.sheets);
  });

  it("adds only the styles it needs, one cell format per style, every index valid and every old one unchanged", async () => {
    const before = await partText(input, "xl/styles.xml");
    const after = await partText(output, "xl/styles.xml");
    for (const [name, item] of [["cellXfs", "xf"], ["fonts", "font"], ["fills", "fill"], ["borders", "border"], ["numFmts", "numFmt"]]) {
      const old = list(before, name, item);
      expect(list(after, name, item).slice(0, old.length)).toEqual(old);
      const count = new RegExp(`<${name} count="(\\d+)"`).exec(after)?.[1];
      if (count !== undefined) expect(Number(count)).toBe(list(after, name, item).length);
    }
    const xfs = list(after, "cellXfs", "xf");
    const added = xfs.slice(list(before, "cellXfs", "xf").length);
    // Every new font is named and sized, so any reader draws the same.
    for (const font of list(after, "fonts", "font").slice(list(before, "fonts", "font").length)) {
      expect(font).toMatch(/<name val="[^"]+"\/>/);
      expect(font).toMatch(/<sz val="\d+"\/>/);
    }
    const sheetXml = await partText(output, sheetPart);
    const styleOfCell = new Map<string, number>();
    for (const m of sheetXml.matchAll(/<c r="([A-Z]+\d+)"(?: s="(\d+)")?/g)) styleOfCell.set(m[1], Number(m[2] ?? 0));
    const byKey = new Map<string, Set<number>>();
    spec.rows.forEach((row, r) =>
      row.styles?.forEach((style, c) => {
        if (!style) return;
        const value = row.values[c] ?? "";
        const key = `${style}|${typeof value === "string" && value !== ""}`;
        const s = styleOfCell.get(`${String.fromCharCode(65 + c)}${r + 1}`)!;
        expect(s).toBeLessThan(xfs.length);
        byKey.set(key, (byKey.get(key) ?? new Set()).add(s));
      }),
    );
    // Each style name (as text or not) has one cell format, reused by all its cells.
    for (const indices of byKey.values()) expect(indices.size).toBe(1);
    expect(added.length).toBeLessThanOrEqual(byKey.size);
    expect(added.length).toBeGreaterThan(0);

    // A second summary, for another date, reuses them all.
    const again = await XlsxWorkbook.fromBytes(output, file);
    await again.apply(adding(await summaryOf(again, "2015-06-29")));
    expect(list(await partText(await again.toBytes(), "xl/styles.xml"), "cellXfs", "xf")).toEqual(xfs);
  });

  it("gives every table in the package a unique id and name, its columns from the header cells", async () => {
    const parts = await unpack(output);
    const tables = [...parts.keys()].filter((p) => /^xl\/tables\/table\d+\.xml$/.test(p)).map((p) => new TextDecoder().decode(parts.get(p)));
    const ids = tables.map((t) => /<table [^>]*\bid="(\d+)"/.exec(t)![1]);
    const names = tables.map((t) => /<table [^>]*\bdisplayName="([^"]+)"/.exec(t)![1].toLowerCase());
    expect(new Set(ids).size).toBe(tables.length);
    expect(new Set(names).size).toBe(tables.length);
    const workstreams = tables.find((t) => t.includes(`displayName="${spec.tables[0].name}"`))!;
    expect(workstreams).toContain(`ref="${spec.tables[0].address}"`);
    expect(workstreams).toContain(`<autoFilter ref="${spec.tables[0].address}"/>`);
    expect(workstreams).toMatch(/<tableStyleInfo name="TableStyle(Light9|Medium2)"/);
    const columns = [...workstreams.matchAll(/<tableColumn id="\d+" name="([^"]*)"/g)].map((m) => m[1]);
    expect(columns).toEqual(["Workstream", "Actions", "Blue", "Green", "Amber", "Red", "Not rated", "Overall", "Since last board"]);
  });

  it("links the sheet to its drawing, the drawing to its chart, with content types", async () => {
    const sheetXml = await partText(output, sheetPart);
    const sheetRels = await partText(output, sheetPart.replace("worksheets/", "worksheets/_rels/") + ".rels");
    const drawingId = /<drawing r:id="(rId\d+)"\/>/.exec(sheetXml)![1];
    const drawingTarget = new RegExp(`Id="${drawingId}" Type="[^"]*/drawing" Target="\\.\\./drawings/(drawing\\d+\\.xml)"`).exec(sheetRels)![1];
    expect(sheetXml).toMatch(/<tableParts count="1"><tablePart r:id="rId\d+"\/><\/tableParts><\/worksheet>$/);
    const drawing = await partText(output, `xl/drawings/${drawingTarget}`);
    const drawingRels = await partText(output, `xl/drawings/_rels/${drawingTarget}.rels`);
    const chartTarget = /Type="[^"]*\/chart" Target="\.\.\/charts\/(chart\d+\.xml)"/.exec(drawingRels)![1];
    // Anchored from the spec's top-left cell to the end of its bottom-right cell (0-based).
    const from = /^([A-Z])(\d+)$/.exec(spec.chart!.from)!;
    expect(drawing).toContain(`<xdr:from><xdr:col>${from[1].charCodeAt(0) - 65}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${Number(from[2]) - 1}</xdr:row>`);
    expect(drawing).toMatch(/<c:chart [^>]*r:id="rId1"\/>/);
    const chart = await partText(output, `xl/charts/${chartTarget}`);
    expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(chart).toContain('<c:overlap val="100"/>');
    expect(chart).toContain('<c:legendPos val="b"/>');
    expect(chart).toContain(`<a:t>${spec.chart!.title}</a:t>`);
    const included = spec.chart!.series.filter((s) => s.include);
    expect(chart.match(/<c:ser>/g)).toHaveLength(included.length);
    for (const s of included) expect(chart).toContain(`<a:srgbClr val="${s.color.slice(1)}"/>`);
    const header = Number(spec.chart!.source.split(":")[0].slice(1));
    expect(chart).toContain(`<c:tx><c:strRef><c:f>'${spec.name}'!$C$${header}</c:f>`);
    const last = Number(spec.chart!.source.split(":")[1].slice(1));
    const column = (c: string) => `'${spec.name}'!$${c}$${header + 1}${last > header + 1 ? `:$${c}$${last}` : ""}`;
    expect(chart).toContain(`<c:cat><c:strRef><c:f>${column("A")}</c:f>`);
    expect(chart).toContain(`<c:val><c:numRef><c:f>${column("C")}</c:f>`);
    const types = await partText(output, "[Content_Types].xml");
    expect(types).toContain(`<Override PartName="/${sheetPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    expect(types).toContain(`<Override PartName="/xl/drawings/${drawingTarget}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
    expect(types).toContain(`<Override PartName="/xl/charts/${chartTarget}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`);
    expect(types.match(/spreadsheetml\.table\+xml/g)!.length).toBe(inputParts.filter((p) => /^xl\/tables\//.test(p)).length + 1);
  });

  it("sets up the page: tab colour, widths, fit to one page wide, landscape A4, footer and print titles", async () => {
    const sheetXml = await partText(output, sheetPart);
    expect(sheetXml).toMatch(/^<\?xml[^>]*>\n<worksheet [^>]*><sheetPr><tabColor rgb="FF1F3864"\/><pageSetUpPr fitToPage="1"\/><\/sheetPr>/);
    expect(sheetXml).toContain(`<col min="1" max="1" width="${columnWidth(spec.columnWidths[0])}" customWidth="1"/>`);
    expect(sheetXml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    expect(sheetXml).toContain("<headerFooter><oddFooter>&amp;CPage &amp;P of &amp;N, printed &amp;D</oddFooter></headerFooter>");
    expect(sheetXml).toContain('<mergeCell ref="A1:I1"/>');
    // The workstream header row has the spec's 30 points; a page break starts the exceptions.
    const header = spec.rows.findIndex((r) => r.values[0] === "Workstream") + 1;
    expect(sheetXml).toContain(`<row r="${header}" ht="30" customHeight="1">`);
    expect(sheetXml).toContain(`<rowBreaks count="1" manualBreakCount="1"><brk id="${spec.print.rowBreaks![0]}" max="16383" man="1"/></rowBreaks>`);
    const workbookXml = await partText(output, "xl/workbook.xml");
    const position = workbook.pkg.sheets.length - 1;
    expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${position}">'${spec.name}'!$1:$2</definedName>`);
    // The names the workbook had are still there, as written.
    const before = await partText(input, "xl/workbook.xml");
    for (const name of before.match(/<definedName\b[^>]*>[^<]*<\/definedName>/g) ?? []) expect(workbookXml).toContain(name);
  });

  it("passes the independent verification", async () => {
    expect(await verifyWrite(input, output, adding(spec))).toEqual([]);
  });

  it("refuses a sheet name already taken (ignoring case) and a table name already used, writing nothing", async () => {
    const fresh = await XlsxWorkbook.fromBytes(input, file);
    const taken = fresh.pkg.sheets[0].name.toUpperCase();
    await expect(fresh.apply(adding({ ...spec, name: taken }))).rejects.toThrow(new InvalidChangeError(`A sheet named "${fresh.pkg.sheets[0].name}" already exists, so "${taken}" cannot be added; nothing was written.`));
    expect(Buffer.from(await fresh.toBytes()).equals(Buffer.from(input))).toBe(true);
    expect(fresh.appliedChanges).toEqual([]);

    const again = await XlsxWorkbook.fromBytes(output, file);
    const error = await again.apply(adding({ ...spec, name: "Another summary" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidChangeError);
    expect((error as Error).message).toMatch(/already has a table or name "RAG_20150608_Workstreams"/);
    expect(Buffer.from(await again.toBytes()).equals(Buffer.from(output))).toBe(true);
  });
});

describe("text in a drawn sheet", () => {
  const spec: SheetSpec = {
    name: "Formula text",
    rows: [
      { values: ["=1+1", "+44 118", "-3", "@home", 12, true], styles: ["plain", "plain", "plain", undefined, "plain"] },
      { values: ["_x0041_ literal", "line one\nline two"], styles: ["plain", "wrapped"] },
    ],
    styles: { plain: { border: true }, wrapped: { wrap: true } },
    columnWidths: [10, 10],
    merges: [],
    tables: [],
    print: { landscape: false, fitToWidth: false },
  };

  it("keeps text that looks like a formula as an inline string, never a formula", async () => {
    const workbook = await XlsxWorkbook.fromBytes(readFileSync(path.join(PACKAGE_FEATURES, "every-feature.xlsx")), "every-feature.xlsx");
    await workbook.apply(adding(spec));
    const bytes = await workbook.toBytes();
    const xml = await partText(bytes, workbook.pkg.sheets.at(-1)!.path);
    expect(xml).not.toMatch(/<f[\s>]/);
    for (const address of ["A1", "B1", "C1", "D1", "A2", "B2"]) expect(cellXml(xml, address)).toMatch(/t="inlineStr"/);
    expect(cellXml(xml, "A1")).toMatch(/<is><t>=1\+1<\/t><\/is>/);
    expect(cellXml(xml, "E1")).toMatch(/^<c r="E1" s="\d+"><v>12<\/v><\/c>$/);
    expect(cellXml(xml, "F1")).toMatch(/t="b"><v>1<\/v>/);
    const sheet = sheetOf(await workbook.readSnapshot(), "Formula text");
    expect(sheet.values).toEqual([
      ["=1+1", "+44 118", "-3", "@home", 12, true],
      ["_x0041_ literal", "line one\nline two", "", "", "", ""],
    ]);
    // Text cells are formatted as text, so typing over them later keeps text as text.
    expect(["A1", "D1", "A2"].map((a) => cellOf(sheet, a).numberFormat)).toEqual(["@", "@", "@"]);
    expect(cellOf(sheet, "E1").numberFormat).toBe("General");
    // No print set-up asked for: no fit-to-page, no footer, no print titles.
    expect(xml).not.toContain("fitToPage");
    expect(xml).not.toContain("headerFooter");
    expect(await partText(bytes, "xl/workbook.xml")).not.toContain("'Formula text'");
    expect(xml).toContain('<row r="2" ht="30">');
  });
});

describe("row heights of wrapped text", () => {
  const base: SheetSpec = { name: "S", rows: [], styles: { w: { wrap: true }, big: { fontSize: 16, bold: true } }, columnWidths: [20, 10], merges: [], tables: [], print: { landscape: true, fitToWidth: true } };
  const height = (rows: SheetSpec["rows"], merges: string[] = []) => fittedRowHeight({ ...base, rows, merges }, 0);

  it("fits the lines wrapped text takes in its column, or its merged columns, and larger fonts", () => {
    expect(height([{ values: ["short"], styles: ["w"] }])).toBe(15);
    expect(height([{ values: ["one two three four five six seven eight nine ten"], styles: ["w"] }])).toBe(45);
    expect(height([{ values: ["one two three four five six seven eight nine ten"], styles: ["w"] }], ["A1:B1"])).toBe(30);
    expect(height([{ values: ["a\nb\nc"], styles: ["w"] }])).toBe(45);
    expect(height([{ values: ["x".repeat(50)], styles: ["w"] }])).toBe(45);
    expect(height([{ values: ["Title"], styles: ["big"] }])).toBe(22);
    // Text without wrap stays on one line, however long.
    expect(height([{ values: ["word ".repeat(40)] }])).toBe(15);
  });
});

describe("validateChanges on new sheets", () => {
  const spec: SheetSpec = {
    name: "Summary",
    rows: [
      { values: ["Name", "Count"], styles: ["h", "h"] },
      { values: ["A", 1] },
      { values: ["B", 2] },
    ],
    styles: { h: { bold: true, fill: "#D9E1F2" } },
    columnWidths: [20, 10],
    merges: [],
    tables: [{ name: "Counts", address: "A1:B3" }],
    chart: { title: "Counts", source: "A1:B3", series: [{ name: "Count", color: "#C00000", include: true }], from: "D1", to: "H10" },
    print: { landscape: true, fitToWidth: true, repeatRows: "1:1" },
  };
  const check = (changes: Partial<SheetSpec>, ensure: ChangeSet["ensureSheets"] = []) => () =>
    validateChanges({ ensureSheets: ensure, writes: [], addSheets: [{ ...spec, ...changes }] });

  it("accepts a well-formed spec", () => {
    expect(check({})).not.toThrow();
  });

  it.each<[string, Partial<SheetSpec>, RegExp]>([
    ["a bad sheet name", { name: "a/b" }, /"a\/b" is not a valid sheet name/],
    ["an unknown style", { rows: [{ values: ["x"], styles: ["nope"] }] }, /uses the style "nope" in row 1, which it does not define/],
    ["a colour that is not #RRGGBB", { styles: { h: { fill: "red" } } }, /fill "red", which is not a #RRGGBB colour/],
    ["a bad table name", { tables: [{ name: "A1", address: "A1:B3" }] }, /table named "A1", which is not a valid table name/],
    ["a table header that is not text", { tables: [{ name: "T", address: "A2:B3" }] }, /the table "T" with a header cell that is not text/],
    ["a repeated table column", { rows: [{ values: ["x", "X"] }, { values: [1, 2] }], tables: [{ name: "T", address: "A1:B2" }], chart: undefined }, /the column "X" twice/],
    ["a table over a merge", { merges: ["A3:B3"] }, /the table "Counts" overlapping the merge A3:B3/],
    ["overlapping merges", { merges: ["D1:E1", "E1:F1"], tables: [] }, /the merge E1:F1 overlapping the merge D1:E1/],
    ["a bad range", { merges: ["A1:"] }, /a merge "A1:", which is not a range/],
    ["series not matching the source", { chart: { ...spec.chart!, series: [] } }, /0 chart series for the 1 data columns/],
    ["bad print titles", { print: { landscape: true, fitToWidth: true, repeatRows: "3:1" } }, /repeats the rows "3:1"/],
    ["an infinite number", { rows: [{ values: [Infinity] }], tables: [], chart: undefined }, /not finite/],
  ])("refuses %s", (_, changes, message) => {
    expect(check(changes)).toThrow(InvalidChangeError);
    expect(check(changes)).toThrow(message);
  });

  it("refuses a name or table used twice in one change set, with ensured sheets too", () => {
    expect(check({ name: "State" }, [{ name: "state", visibility: "VeryHidden" }])).toThrow(/Sheet "State" is asked for twice/);
    expect(check({}, [{ name: "Log", visibility: "Visible", header: ["a"], table: "COUNTS" }])).toThrow(/The table "Counts" is asked for twice/);
    expect(() => validateChanges({ ensureSheets: [], writes: [], addSheets: [spec, { ...spec, name: "Other" }] })).toThrow(/The table "Counts" is asked for twice/);
  });
});

describe("styles parts that lack lists", () => {
  const spec: SheetSpec = {
    name: "New",
    rows: [{ values: ["Hours", 1.5, 0.25], styles: ["head", "hours", "percent"] }],
    styles: { head: { bold: true, fill: "#D9E1F2", border: true }, hours: { numberFormat: '0.0"h"' }, percent: { numberFormat: "0%" } },
    columnWidths: [12],
    merges: [],
    tables: [],
    print: { landscape: true, fitToWidth: true },
  };

  it("writes a whole styles part when the package has none", async () => {
    const input = await buildXlsx({ sheets: [{ name: "Plan", body: `<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>` }] });
    const workbook = await XlsxWorkbook.fromBytes(input);
    await workbook.apply(adding(spec));
    const output = await workbook.toBytes();
    const diff = await diffParts(input, output);
    expect(diff.added).toEqual(expect.arrayContaining(["xl/styles.xml", "xl/worksheets/sheet2.xml"]));
    expect(await verifyWrite(input, output, adding(spec))).toEqual([]);
    const sheet = sheetOf(await workbook.readSnapshot(), "New");
    expect([cellOf(sheet, "A1").numberFormat, cellOf(sheet, "B1").text, cellOf(sheet, "C1").text]).toEqual(["@", "1.5h", "25%"]);
    const styles = await partText(output, "xl/styles.xml");
    expect(styles).toMatch(/^<\?xml[^>]*>\n<styleSheet [^>]*><numFmts count="1"><numFmt numFmtId="164" formatCode="0\.0&quot;h&quot;"\/><\/numFmts><fonts count="/);
  });

  it("adds <numFmts> where the schema puts it, and reuses a custom format the part already has", async () => {
    const noFormats = `<styleSheet xmlns="${MAIN_NS}"><fonts count="1"><font><sz val="10"/><name val="Arial"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>`;
    const input = await buildXlsx({ sheets: [{ name: "Plan", body: "" }], styles: noFormats });
    const workbook = await XlsxWorkbook.fromBytes(input);
    await workbook.apply(adding(spec));
    const styles = await partText(await workbook.toBytes(), "xl/styles.xml");
    expect(styles).toContain(`<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot;h&quot;"/></numFmts><fonts count="`);
    // New fonts take the workbook's default font and size.
    expect(styles).toContain('<font><b/><sz val="10"/><color rgb="FF000000"/><name val="Arial"/><family val="2"/></font>');
    expect(styles).toContain('<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill>');

    const withFormat = stylesWith(['0.0"h"']);
    const reuse = await XlsxWorkbook.fromBytes(await buildXlsx({ sheets: [{ name: "Plan", body: "" }], styles: withFormat }));
    await reuse.apply(adding(spec));
    const reused = await partText(await reuse.toBytes(), "xl/styles.xml");
    expect(reused.match(/<numFmt /g)).toHaveLength(1);
    expect(cellOf(sheetOf(await reuse.readSnapshot(), "New"), "B1").text).toBe("1.5h");
  });
});
