/**
 * Merged areas as the snapshot reports them: read as written when Excel's own form (upper-case,
 * no `$`, top-left first), written back in that form otherwise. The fixtures are checked against
 * an expectation made apart from the reader: each `<mergeCell ref>` found in the sheet part's
 * raw text with a regular expression and normalised by hand below.
 */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../src/xlsx";
import { buildXlsx, worksheet } from "./build-package";

const FIXTURES = path.join(__dirname, "../fixtures");

async function mergedOf(mergeCells: string): Promise<string[]> {
  const body = worksheet(`<row r="1"><c r="A1"><v>1</v></c></row>`, `<mergeCells>${mergeCells}</mergeCells>`);
  const workbook = await XlsxWorkbook.fromBytes(await buildXlsx({ sheets: [{ name: "Plan", body }] }), "test.xlsx");
  return (await workbook.readSnapshot()).sheets[0].merged;
}

/** `AB` → 28: the letters as a base-26 number with digits 1 to 26. */
function columnOf(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function lettersOf(column: number): string {
  return column === 0 ? "" : lettersOf(Math.floor((column - 1) / 26)) + String.fromCharCode(65 + ((column - 1) % 26));
}

/** A ref normalised without the reader's code: `$` dropped, corners ordered, upper-case. */
function expectedArea(ref: string): string | undefined {
  const corners = ref.split(":").map((corner) => /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(corner));
  if (corners.length > 2 || corners.some((m) => !m)) return undefined;
  const [a, b = a] = corners as RegExpExecArray[];
  const columns = [columnOf(a[1]), columnOf(b[1])].sort((x, y) => x - y);
  const rows = [Number(a[2]), Number(b[2])].sort((x, y) => x - y);
  return `${lettersOf(columns[0])}${rows[0]}:${lettersOf(columns[1])}${rows[1]}`;
}

function fixtureFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return fixtureFiles(full);
    return entry.name.endsWith(".xlsx") ? [full] : [];
  });
}

describe("merged areas", () => {
  it("keeps a ref already in Excel's form, even thousands of columns or rows apart", async () => {
    expect(await mergedOf(`<mergeCell ref="A6:G6"/><mergeCell ref="Z1:AA1"/><mergeCell ref="B9:B10"/><mergeCell ref="XFD1:XFD1048576"/>`)).toEqual([
      "A6:G6",
      "Z1:AA1",
      "B9:B10",
      "XFD1:XFD1048576",
    ]);
  });

  it("writes other refs in that form: corners ordered (AA is column 27, after Z), `$` and leading zeros dropped, one cell as a range", async () => {
    expect(
      await mergedOf(
        `<mergeCell ref="AA1:Z1"/><mergeCell ref="C10:C9"/><mergeCell ref="$B$1:$C$2"/><mergeCell ref="b2:c3"/><mergeCell ref="A01:B2"/><mergeCell ref="D4"/>`,
      ),
    ).toEqual(["Z1:AA1", "C9:C10", "B1:C2", "B2:C3", "A1:B2", "D4:D4"]);
  });

  it("leaves out a ref that names no cells", async () => {
    expect(await mergedOf(`<mergeCell ref="A1:"/><mergeCell ref="Plan"/><mergeCell ref=""/><mergeCell ref="A1:B2"/>`)).toEqual(["A1:B2"]);
  });

  it("reads merges written other ways as it reads Excel's: between comments and text, with a prefix or an entity, spread over lines", async () => {
    // Excel's form is read with one match per merge; any other child makes the reader go tag by
    // tag, which must give the same refs. `&#65;1:B2` is `A1:B2` (character 65 is A).
    expect(
      await mergedOf(`\n  <mergeCell ref="A1:B2"/><!-- a note --><x:mergeCell ref="C3:D4"/>text<mergeCell ref="&#65;5:B6"></mergeCell>\n  <mergeCell ref="E7:F8"/>\n`),
    ).toEqual(["A1:B2", "C3:D4", "A5:B6", "E7:F8"]);
  });

  it.each(fixtureFiles(FIXTURES).map((file) => [path.relative(FIXTURES, file), file]))("reads the merges of %s as its sheet parts hold them", async (_name, file) => {
    const bytes = readFileSync(file);
    const snapshot = await (await XlsxWorkbook.fromBytes(bytes, file)).readSnapshot();
    const zip = await JSZip.loadAsync(bytes);
    const written: string[] = [];
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/[^/]+\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async("string");
      for (const m of xml.matchAll(/<(?:\w+:)?mergeCell\s+ref="([^"]*)"/g)) {
        const area = expectedArea(m[1]);
        if (area) written.push(area);
      }
    }
    expect(snapshot.sheets.flatMap((s) => s.merged).sort()).toEqual(written.sort());
  });
});
