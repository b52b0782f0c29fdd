import fc from "fast-check";
import {
  addDays,
  compareIso,
  dayNumber,
  daysBetween,
  daysInMonth,
  expandTwoDigitYear,
  formatUk,
  isDateNumberFormat,
  isLeapYear,
  isoFromDayNumber,
  isoFromParts,
  isoFromSerial,
  lastDayOfMonth,
  parseIsoDate,
  serialFromIso,
  weekday,
} from "../../src/plan/dates";

describe("isoFromParts", () => {
  test.each([
    [2015, 6, 8, "2015-06-08"],
    [2016, 2, 29, "2016-02-29"],
    [2000, 2, 29, "2000-02-29"],
    [1, 1, 1, "0001-01-01"],
    [9999, 12, 31, "9999-12-31"],
  ])("(%i, %i, %i) → %s", (y, m, d, iso) => {
    expect(isoFromParts(y, m, d)).toBe(iso);
  });

  test.each([
    [2022, 2, 31],
    [2015, 2, 29],
    [1900, 2, 29],
    [2015, 13, 1],
    [2015, 0, 10],
    [2015, 6, 0],
    [2015, 4, 31],
    [0, 1, 1],
    [10000, 1, 1],
    [2015, 6.5, 1],
  ])("(%s, %s, %s) is not a real date", (y, m, d) => {
    expect(isoFromParts(y, m, d)).toBeNull();
  });
});

describe("calendar helpers", () => {
  test("leap years and month lengths", () => {
    expect([1900, 2000, 2015, 2016].map(isLeapYear)).toEqual([false, true, false, true]);
    expect(daysInMonth(2015, 2)).toBe(28);
    expect(daysInMonth(2016, 2)).toBe(29);
    expect(daysInMonth(2015, 6)).toBe(30);
    expect(daysInMonth(2015, 7)).toBe(31);
    expect(lastDayOfMonth(2015, 6)).toBe("2015-06-30");
    expect(lastDayOfMonth(2016, 2)).toBe("2016-02-29");
  });

  test("dayNumber counts days from 1970-01-01", () => {
    expect(dayNumber("1970-01-01")).toBe(0);
    expect(dayNumber("1969-12-31")).toBe(-1);
    expect(dayNumber("2015-06-08")).toBe(16594);
    expect(() => dayNumber("8/6/2015")).toThrow();
  });

  test("dayNumber agrees with UTC calendar arithmetic", () => {
    fc.assert(
      fc.property(fc.integer({ min: -700000, max: 2900000 }), (days) => {
        const iso = isoFromDayNumber(days);
        expect(dayNumber(iso)).toBe(days);
        const utc = new Date(0);
        utc.setUTCFullYear(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
        expect(Math.round(utc.getTime() / 86400000)).toBe(days);
      }),
    );
  });

  test("daysBetween, addDays, compareIso, weekday", () => {
    expect(daysBetween("2015-06-08", "2015-06-30")).toBe(22);
    expect(daysBetween("2015-06-30", "2015-06-08")).toBe(-22);
    expect(daysBetween("2015-12-31", "2016-03-01")).toBe(61);
    expect(addDays("2015-06-08", 30)).toBe("2015-07-08");
    expect(addDays("2016-03-01", -1)).toBe("2016-02-29");
    expect(addDays("2015-12-31", 1)).toBe("2016-01-01");
    expect(compareIso("2015-06-08", "2015-06-30")).toBeLessThan(0);
    expect(compareIso("2015-06-08", "2015-06-08")).toBe(0);
    expect(weekday("2015-06-08")).toBe(1); // a Monday
    expect(weekday("1970-01-01")).toBe(4); // a Thursday
  });

  test("two-digit years: 00-69 are 20xx, 70-99 are 19xx", () => {
    expect(expandTwoDigitYear(15)).toBe(2015);
    expect(expandTwoDigitYear(0)).toBe(2000);
    expect(expandTwoDigitYear(69)).toBe(2069);
    expect(expandTwoDigitYear(70)).toBe(1970);
    expect(expandTwoDigitYear(99)).toBe(1999);
  });
});

describe("Excel serials (1900 date system)", () => {
  test.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [25569, "1970-01-01"],
    [42005, "2015-01-01"],
    [42163, "2015-06-08"],
    [42170, "2015-06-15"],
    [42170.75, "2015-06-15"],
    [2958465, "9999-12-31"],
  ])("%s → %s", (serial, iso) => {
    expect(isoFromSerial(serial)).toBe(iso);
  });

  test.each([[60], [0], [0.5], [-1], [2958466], [Number.NaN], [Number.POSITIVE_INFINITY]])(
    "%s (Excel's fictitious 29/02/1900, or out of range) → null",
    (serial) => {
      expect(isoFromSerial(serial)).toBeNull();
    },
  );

  test("serialFromIso is the inverse of isoFromSerial", () => {
    expect(serialFromIso("1900-01-01")).toBe(1);
    expect(serialFromIso("1900-02-28")).toBe(59);
    expect(serialFromIso("1900-03-01")).toBe(61);
    expect(serialFromIso("1899-12-31")).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }).filter((n) => n !== 60), (serial) => {
        const iso = isoFromSerial(serial);
        expect(iso).not.toBeNull();
        expect(serialFromIso(iso as string)).toBe(serial);
      }),
    );
  });
});

describe("formatUk and parseIsoDate", () => {
  test("formatUk writes day-first with a four-digit year", () => {
    expect(formatUk("2015-06-08")).toBe("08/06/2015");
    expect(formatUk("2016-12-31")).toBe("31/12/2016");
  });

  test("parseIsoDate accepts only real YYYY-MM-DD dates", () => {
    expect(parseIsoDate("2015-06-08")).toBe("2015-06-08");
    expect(parseIsoDate("2016-02-29")).toBe("2016-02-29");
    for (const bad of ["2015-02-29", "2015-6-8", "08/06/2015", " 2015-06-08", "2015-06-08T00:00", "", "2015-13-01"]) {
      expect(parseIsoDate(bad)).toBeNull();
    }
  });
});

describe("isDateNumberFormat", () => {
  test.each([
    "dd/mm/yyyy",
    "d-mmm-yy",
    "mmm-yy",
    "mmmm yyyy",
    "m/d/yyyy",
    "m/d/yyyy h:mm",
    "yyyy-mm-dd",
    "[$-F800]dddd, mmmm dd, yyyy",
    "[$-809]dd/mm/yyyy;@",
    '"Due "dd/mm/yyyy',
    "mmmm",
  ])("%s is a date format", (format) => {
    expect(isDateNumberFormat(format)).toBe(true);
  });

  test.each(["General", "", "@", "0", "0.00", "#,##0", "h:mm", "[h]:mm", "[h]:mm:ss", "mm:ss", "h:mm AM/PM", '0" days"', "[Red]0.0", "0%"])(
    "%s is not a date format",
    (format) => {
      expect(isDateNumberFormat(format)).toBe(false);
    },
  );
});
