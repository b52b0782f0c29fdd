import fc from "fast-check";
import { formatCellText, formatNumber, formatString, isDateFormat } from "../../src/xlsx/number-format";
import { formatGeneral } from "../../src/xlsx/decimal";
import { dateToSerialDay, isoToSerial, serialDayToDate } from "../../src/xlsx/dates";

describe("date serials (1900 system, with Excel's 29 February 1900)", () => {
  it.each([
    [1, "dd/mm/yyyy", "01/01/1900"],
    [59, "dd/mm/yyyy", "28/02/1900"],
    [60, "dd/mm/yyyy", "29/02/1900"],
    [61, "dd/mm/yyyy", "01/03/1900"],
    [0, "dd/mm/yyyy", "00/01/1900"],
    [42170, "dd/mm/yyyy", "15/06/2015"],
    [42170, "yyyy-mm-dd", "2015-06-15"],
    [42170, "dd mmm yyyy", "15 Jun 2015"],
    [42170, "d mmmm yy", "15 June 15"],
    [42170, "dddd, d mmm", "Monday, 15 Jun"],
    [42170, "ddd dd.mm.yy", "Mon 15.06.15"],
    [42170, "m/d/yyyy", "6/15/2015"],
    [42170, "mmmmm", "J"],
    [2958465, "yyyy-mm-dd", "9999-12-31"],
  ])("serial %p under %p shows %p", (serial, code, text) => {
    expect(formatNumber(serial, code)).toBe(text);
  });

  it("shows times, rounding seconds but not minutes", () => {
    expect(formatNumber(42170.5, "dd/mm/yyyy hh:mm")).toBe("15/06/2015 12:00");
    expect(formatNumber(42170.75, "h:mm AM/PM")).toBe("6:00 PM");
    expect(formatNumber(0.25, "h:mm am/pm")).toBe("6:00 am");
    expect(formatNumber(0.5, "h:mm:ss A/P")).toBe("12:00:00 P");
    expect(formatNumber(1 / 24 + 59.6 / 86400, "hh:mm:ss")).toBe("01:01:00");
    expect(formatNumber(1 / 24 + 59.6 / 86400, "hh:mm")).toBe("01:00");
    expect(formatNumber(1.5, "[h]:mm")).toBe("36:00");
    expect(formatNumber(0.000_01, "mm:ss.0")).toBe("00:00.9");
  });

  it("shows an impossible date as hashes", () => {
    expect(formatNumber(-1, "dd/mm/yyyy")).toBe("########");
    expect(formatNumber(2958466, "dd/mm/yyyy")).toBe("########");
  });

  it("uses the 1904 system when asked", () => {
    expect(formatNumber(0, "yyyy-mm-dd", { date1904: true })).toBe("1904-01-01");
    expect(formatNumber(42170 - 1462, "dd/mm/yyyy", { date1904: true })).toBe("15/06/2015");
  });

  it("converts between calendar dates and serials", () => {
    expect(dateToSerialDay(2015, 6, 15)).toBe(42170);
    expect(dateToSerialDay(1900, 3, 1)).toBe(61);
    expect(dateToSerialDay(1900, 2, 28)).toBe(59);
    expect(dateToSerialDay(1900, 1, 1)).toBe(1);
    expect(serialDayToDate(60)).toEqual({ year: 1900, month: 2, day: 29, weekday: 3 });
    expect(isoToSerial("2015-06-15T12:00:00", false)).toBe(42170.5);
    expect(isoToSerial("2015-06-15", true)).toBe(42170 - 1462);
    expect(isoToSerial("not a date", false)).toBeUndefined();
  });

  it("round-trips every real date after 1 March 1900", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const d = serialDayToDate(serial);
        expect(dateToSerialDay(d.year, d.month, d.day)).toBe(serial);
      }),
    );
  });

  it("tells date formats from number formats", () => {
    expect(isDateFormat("dd/mm/yyyy")).toBe(true);
    expect(isDateFormat("[h]:mm")).toBe(true);
    expect(isDateFormat('0.0"h"')).toBe(false);
    expect(isDateFormat("#,##0.00")).toBe(false);
    expect(isDateFormat("General")).toBe(false);
  });
});

describe("General", () => {
  it.each([
    [0, "0"],
    [1, "1"],
    [-3, "-3"],
    [1.5, "1.5"],
    [145.0, "145"],
    [0.1 + 0.2, "0.3"],
    [1 / 3, "0.333333333"],
    [2 / 3, "0.666666667"],
    [-2 / 3, "-0.666666667"],
    [123.456789012345, "123.456789"],
    [1234567.891234, "1234567.891"],
    [12345678901, "12345678901"],
    [123456789012, "1.23457E+11"],
    [1e21, "1E+21"],
    [0.0001, "0.0001"],
    [0.00001, "0.00001"],
    [0.0000123456789, "1.23457E-05"],
    [1e-10, "1E-10"],
    [99999999999.6, "1E+11"],
  ])("%p shows as %p", (value, text) => {
    expect(formatGeneral(value)).toBe(text);
  });

  it("shows integers below 1e11 exactly", () => {
    fc.assert(
      fc.property(fc.integer({ min: -99_999_999_999, max: 99_999_999_999 }), (n) => {
        expect(formatGeneral(n)).toBe(String(n));
      }),
    );
  });

  it("never shows more than 11 characters besides the sign, and reads back close", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e15, max: 1e15, noNaN: true }), (n) => {
        const text = formatGeneral(n);
        expect(text.replace("-", "").length).toBeLessThanOrEqual(11);
        const back = Number(text);
        expect(Math.abs(back - n)).toBeLessThanOrEqual(Math.abs(n) * 1e-5 + 1e-9);
      }),
    );
  });
});

describe("number formats", () => {
  it.each([
    [1.5, "0", "2"],
    [2.5, "0", "3"],
    [-2.5, "0", "-3"],
    [1.005, "0.00", "1.01"],
    [1.5, "0.0", "1.5"],
    [1.5, '0.0"h"', "1.5h"],
    [145, '0.0"h"', "145.0h"],
    [1234567.891, "#,##0", "1,234,568"],
    [1234567.891, "#,##0.00", "1,234,567.89"],
    [0, "#,##0", "0"],
    [0.5, "0%", "50%"],
    [0.1234, "0.00%", "12.34%"],
    [1234, "#,##0 ;(#,##0)", "1,234 "],
    [-1234, "#,##0 ;(#,##0)", "(1,234)"],
    [-1234, "#,##0_);[Red](#,##0)", "(1,234)"],
    [0, '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)', " - "],
    [1234567, '#,##0,"k"', "1,235k"],
    [12345678, '#,##0.0,,"M"', "12.3M"],
    [12345, "0.00E+00", "1.23E+04"],
    [0.00012, "0.0E+00", "1.2E-04"],
    [12345, "##0.0E+0", "12.3E+3"],
    [5, '"£"#,##0.00', "£5.00"],
    [5, "[$£-809]#,##0.00", "£5.00"],
    [1.25, "0.0#", "1.25"],
    [1.2, "0.0#", "1.2"],
    [7, "000", "007"],
    [1.5, "General", "1.5"],
    [1.5, "@", "1.5"],
    [150, '[>=100]"big";"small"', "big"],
    [50, '[>=100]"big";"small"', "small"],
    [-0.2, "0", "-0"],
    [0.5, "# ?/?", "0.5"],
  ])("%p under %p shows %p", (value, code, text) => {
    expect(formatNumber(value, code)).toBe(text);
  });

  it("applies text sections to strings and leaves other strings alone", () => {
    expect(formatString("TBC", "dd/mm/yyyy")).toBe("TBC");
    expect(formatString("TBC", "@")).toBe("TBC");
    expect(formatString("x", '0;-0;0;"note: "@')).toBe("note: x");
    expect(formatString("x", '"<"@">"')).toBe("<x>");
  });

  it("shows booleans as TRUE and FALSE", () => {
    expect(formatCellText(true, "General")).toBe("TRUE");
    expect(formatCellText(false, "0.00")).toBe("FALSE");
    expect(formatCellText("#REF!", "General")).toBe("#REF!");
  });
});
