/*
 * Issue 15: one Excel-serial date module and one "is this a date format" test. The file adapter's
 * rendering helpers are the core's (src/plan/dates.ts); these tests fail if the two drift apart.
 */
import { dateToSerialDay, isDateNumberFormat, isoFromSerial, numberFormatShows, serialDayToDate, serialFromIso } from "../../src/plan/dates";
import * as xlsxDates from "../../src/xlsx/dates";
import { isDateFormat } from "../../src/xlsx/number-format";

describe("one Excel serial module", () => {
  it("the file adapter's serial functions are the core's", () => {
    expect(xlsxDates.serialDayToDate).toBe(serialDayToDate);
    expect(xlsxDates.dateToSerialDay).toBe(dateToSerialDay);
  });

  it("serialDayToDate agrees with isoFromSerial on every real day, and round-trips", () => {
    // Every 997th serial from 1 to 31/12/9999, plus the days around Excel's fictitious 29/02/1900.
    const serials = [1, 59, 61, 62, 2958465];
    for (let s = 1; s <= 2958465; s += 997) serials.push(s);
    for (const s of serials) {
      if (s === 60) continue;
      const { year, month, day } = serialDayToDate(s);
      const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      expect([s, iso]).toEqual([s, isoFromSerial(s)]);
      expect(dateToSerialDay(year, month, day)).toBe(s);
      expect(serialFromIso(iso)).toBe(s);
    }
  });

  it("shows the two days Excel displays that never existed", () => {
    // Serial 0 is "0 January 1900"; 60 is 29/02/1900. 1/1/1900 is serial 1, a Sunday to Excel (WEEKDAY 1).
    expect(serialDayToDate(0)).toEqual({ year: 1900, month: 1, day: 0, weekday: 6 });
    expect(serialDayToDate(60)).toEqual({ year: 1900, month: 2, day: 29, weekday: 3 });
    expect(serialDayToDate(1).weekday).toBe(0);
    expect(isoFromSerial(60)).toBeNull();
  });

  it("rolls a month or day past its end over, as Date.UTC does", () => {
    // 2015-13-01 is 2016-01-01; 2015-02-30 is 2015-03-02.
    expect(dateToSerialDay(2015, 13, 1)).toBe(serialFromIso("2016-01-01"));
    expect(dateToSerialDay(2015, 2, 30)).toBe(serialFromIso("2015-03-02"));
  });
});

describe("one test of a date format", () => {
  it.each<[string, boolean, boolean]>([
    ["dd/mm/yyyy", true, false],
    ["d-mmm-yy", true, false],
    ["mmm-yy", true, false],
    ["[$-F800]dddd, mmmm dd, yyyy", true, false],
    ["dd/mm/yyyy hh:mm", true, true],
    ["h:mm", false, true],
    ["[h]:mm:ss", false, true],
    ["mm:ss", false, true],
    ["h:mm AM/PM", false, true],
    ["General", false, false],
    ["0.00", false, false],
    ['#,##0 "days"', false, false],
    ['0.0"h"', false, false],
    ["@", false, false],
  ])("%s: date %s, time %s", (code, date, time) => {
    expect(numberFormatShows(code)).toEqual({ date, time });
    // The plan reads a cell as a date only when its format shows a date; the file adapter renders
    // a number as a date or time when either shows: both from the one function.
    expect(isDateNumberFormat(code)).toBe(date);
    expect(isDateFormat(code)).toBe(date || time);
  });
});
