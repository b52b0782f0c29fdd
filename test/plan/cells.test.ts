/*
 * A1 addresses as producers write them: Excel's own `D12`, absolute `$D$12`, lower-case from
 * hand-written XML, a sheet prefix from a defined name, a merge written bottom-right first.
 * Columns: A = 1, Z = 26, AA = 27, XFD = 16,384 (Excel's last: 24 × 676 + 6 × 26 + 4).
 */
import { cellAddress, columnLetter, columnNumber, parseCell, parseRange, rangeAddress } from "../../src/plan/cells";

describe("parseCell", () => {
  it.each([
    ["D12", 12, 4],
    ["$D$12", 12, 4],
    ["d12", 12, 4],
    [" AA3 ", 3, 27],
    ["XFD1048576", 1_048_576, 16_384],
    ["A0", 0, 1],
  ])("reads %j as row %i, column %i", (address, row, column) => {
    expect(parseCell(address)).toEqual({ row, column });
  });

  it.each(["", "12", "D", "ABCD1", "D1.5", "D-1", "$$D1", "D$$1", "É1", "D 12", "Plan!D12"])("refuses %j, naming it", (address) => {
    expect(() => parseCell(address)).toThrow(`Not a cell address: "${address}"`);
  });
});

describe("parseRange", () => {
  it("reads a range, a single cell and a sheet-prefixed range", () => {
    expect(parseRange("A5:I189")).toEqual({ firstRow: 5, firstColumn: 1, lastRow: 189, lastColumn: 9 });
    expect(parseRange("C3")).toEqual({ firstRow: 3, firstColumn: 3, lastRow: 3, lastColumn: 3 });
    // The sheet name may itself hold a "!": the address is what follows the last one.
    expect(parseRange("'Plan!2015'!$B$2:$G$40")).toEqual({ firstRow: 2, firstColumn: 2, lastRow: 40, lastColumn: 7 });
  });

  it("orders corners written bottom-right first, and writes the range back top-left first", () => {
    const bounds = parseRange("h9:b2");
    expect(bounds).toEqual({ firstRow: 2, firstColumn: 2, lastRow: 9, lastColumn: 8 });
    expect(rangeAddress(bounds)).toBe("B2:H9");
  });

  it("names the part that is not an address", () => {
    expect(() => parseRange("A1:")).toThrow('Not a cell address: ""');
    expect(() => parseRange("A1:Total")).toThrow('Not a cell address: "Total"');
    expect(() => parseRange("Plan!x")).toThrow('Not a cell address: "x"');
  });
});

describe("column letters and cell addresses", () => {
  it.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [702, "ZZ"],
    [703, "AAA"],
    [16_384, "XFD"],
  ])("column %i is %s, and back", (column, letters) => {
    expect(columnLetter(column)).toBe(letters);
    expect(columnNumber(letters)).toBe(column);
    expect(parseCell(cellAddress(7, column))).toEqual({ row: 7, column });
  });
});
