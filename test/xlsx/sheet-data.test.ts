/**
 * The sheetData reader (src/xlsx/sheet-data.ts) reads a cell written as Excel writes it in one
 * step and any other cell tag by tag. The same cells written both ways must read the same.
 */
import { readWorksheet } from "../../src/xlsx/worksheet";

const strings = ["Owner", "Status"];

function cellsOf(sheetData: string) {
  const { cells } = readWorksheet(`<worksheet><sheetData>${sheetData}</sheetData></worksheet>`, { sharedStrings: strings, date1904: false });
  return cells.rows.map((row, i) => [row, cells.columns[i], cells.values[i], cells.styles[i], cells.used[i]]);
}

describe("the sheetData reader", () => {
  // Row 2, columns B (2), C (3), D (4), AA (27), E (5): shared string 1, number, empty styled
  // cell (not used), boolean, and an integer written with leading zeros (Number("0042") is 42).
  const expected = [
    [2, 2, "Status", 3, true],
    [2, 3, 42170, 9, true],
    [2, 4, "", 5, false],
    [2, 27, true, 0, true],
    [2, 5, 42, 0, true],
  ];

  it("reads cells as Excel writes them", () => {
    const excel = `<row r="2"><c r="B2" s="3" t="s"><v>1</v></c><c r="C2" s="9"><v>42170</v></c><c r="D2" s="5"/><c r="AA2" t="b"><v>1</v></c><c r="E2"><v>0042</v></c></row>`;
    expect(cellsOf(excel)).toEqual(expected);
  });

  it("reads the same cells written other ways (quotes, spacing, attribute order, prefixes, extra attributes)", () => {
    const other =
      `<x:row r="2"><x:c r='B2' t="s" s="3"><x:v>1</x:v></x:c><c  r="C2" s = "9" ><v>42170</v></c>` +
      `<c r="D2" s="5" cm="1"></c><c r="AA2" t="b"><v>1</v> </c><c r="E2"><!-- a note --><v>0042</v></c></x:row>`;
    expect(cellsOf(other)).toEqual(expected);
  });

  it("keeps numbers that are not whole digits as Number reads them", () => {
    // 1.5 and 1e3 are numbers; 19 digits are past 2^53, so Number rounds them (1234567890123456800).
    const cells = cellsOf(`<row r="1"><c r="A1"><v>1.5</v></c><c r="B1"><v>1e3</v></c><c r="C1"><v>1234567890123456789</v></c></row>`);
    expect(cells.map((c) => c[2])).toEqual([1.5, 1000, 1234567890123456800]);
  });

  it("reads a cell without a value, a missing shared string and a reference without a row as Excel does", () => {
    // `<c r="A1"></c>` is empty; shared string 7 does not exist (empty); `r="C"` has no row
    // number, so the cell stays on the row being read (1).
    const cells = cellsOf(`<row r="1"><c r="A1"></c><c r="B1" t="s"><v>7</v></c><c r="C" t="s"><v>0</v></c></row>`);
    expect(cells).toEqual([
      [1, 1, "", 0, false],
      [1, 2, "", 0, false],
      [1, 3, "Owner", 0, true],
    ]);
  });
});
