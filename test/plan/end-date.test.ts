import { detectDateOrder, parseDateText, parseEndDate } from "../../src/plan/end-date";
import type { EndDate } from "../../src/plan/model";
import { readingPlan } from "./reading-plan";

function textDate(date: string, text: string, twoDigitYear = false): EndDate {
  return { kind: "date", date, text, twoDigitYear, fromSerial: false };
}

describe("parseEndDate: text forms (UK day-first)", () => {
  test.each<[string, EndDate]>([
    ["30/06/2015", textDate("2015-06-30", "30/06/2015")],
    ["1/7/2015", textDate("2015-07-01", "1/7/2015")],
    ["31/07/15", textDate("2015-07-31", "31/07/15", true)],
    ["30.06.15", textDate("2015-06-30", "30.06.15", true)],
    ["30.06.2015", textDate("2015-06-30", "30.06.2015")],
    ["30-06-2015", textDate("2015-06-30", "30-06-2015")],
    ["2015-06-30", textDate("2015-06-30", "2015-06-30")],
    ["2015/06/30", textDate("2015-06-30", "2015/06/30")],
    ["30 June 2015", textDate("2015-06-30", "30 June 2015")],
    ["30th June 2015", textDate("2015-06-30", "30th June 2015")],
    ["1st July 2015", textDate("2015-07-01", "1st July 2015")],
    ["30th of June 2015", textDate("2015-06-30", "30th of June 2015")],
    ["30 Jun 15", textDate("2015-06-30", "30 Jun 15", true)],
    ["30-Jun-15", textDate("2015-06-30", "30-Jun-15", true)],
    ["30-Jun-2015", textDate("2015-06-30", "30-Jun-2015")],
    ["30 june, 2015", textDate("2015-06-30", "30 june, 2015")],
    ["6 Sept 2015", textDate("2015-09-06", "6 Sept 2015")],
    ["June 30, 2015", textDate("2015-06-30", "June 30, 2015")],
    ["Tuesday 30 June 2015", textDate("2015-06-30", "Tuesday 30 June 2015")],
    ["Tue, 30/06/2015", textDate("2015-06-30", "Tue, 30/06/2015")],
    ["by 30/06/2015", textDate("2015-06-30", "by 30/06/2015")],
    ["30/06/2015 17:00", textDate("2015-06-30", "30/06/2015 17:00")],
    ["2015-06-30T00:00:00", textDate("2015-06-30", "2015-06-30T00:00:00")],
    ["  30/06/2015  ", textDate("2015-06-30", "30/06/2015")],
    ["29/02/2016", textDate("2016-02-29", "29/02/2016")],
  ])("%s", (text, expected) => {
    expect(parseEndDate(text, text, "@", "dmy")).toEqual(expected);
  });

  test.each<[string, string, boolean]>([
    // A month alone means the last day of that month.
    ["Jun-15", "2015-06-30", true],
    ["June 2015", "2015-06-30", false],
    ["Jun 2015", "2015-06-30", false],
    ["June '15", "2015-06-30", true],
    ["Feb-16", "2016-02-29", true],
    ["end of June 2015", "2015-06-30", false],
    ["End June 2015", "2015-06-30", false],
  ])("%s (month only) → the month's last day", (text, date, twoDigitYear) => {
    expect(parseEndDate(text, text, "General", "dmy")).toEqual(textDate(date, text, twoDigitYear));
  });

  test("two-digit years: 00-69 → 20xx, 70-99 → 19xx", () => {
    expect(parseEndDate("31/07/69", "31/07/69", "General", "dmy")).toMatchObject({ date: "2069-07-31" });
    expect(parseEndDate("31/07/70", "31/07/70", "General", "dmy")).toMatchObject({ date: "1970-07-31" });
  });

  test("the cell value wins over the text for a string cell; the text is used when the value is empty", () => {
    expect(parseEndDate("30/06/2015", "", "@", "dmy")).toMatchObject({ date: "2015-06-30", text: "30/06/2015" });
    expect(parseEndDate("", "30/06/2015", "@", "dmy")).toMatchObject({ date: "2015-06-30" });
  });
});

describe("parseEndDate: month-first columns", () => {
  test.each([
    ["09/25/2024", "2024-09-25"],
    ["6/30/2015", "2015-06-30"],
    ["06/07/2015", "2015-06-07"],
    ["2015-06-07", "2015-06-07"],
    ["30 June 2015", "2015-06-30"],
    ["June 30, 2015", "2015-06-30"],
  ])("%s → %s", (text, date) => {
    expect(parseEndDate(text, text, "General", "mdy")).toMatchObject({ kind: "date", date });
  });

  test("day-first is the default order", () => {
    expect(parseEndDate("06/07/2015", "06/07/2015", "General")).toMatchObject({ date: "2015-07-06" });
  });
});

describe("parseEndDate: Excel serials", () => {
  test("a serial with a date format is a date from the serial", () => {
    expect(parseEndDate(42185, "30/06/2015", "dd/mm/yyyy", "dmy")).toEqual({
      kind: "date",
      date: "2015-06-30",
      text: "30/06/2015",
      twoDigitYear: false,
      fromSerial: true,
    });
  });

  test("the serial decides, whatever order the format shows", () => {
    expect(parseEndDate(42185, "6/30/2015", "m/d/yyyy", "dmy")).toMatchObject({ date: "2015-06-30", fromSerial: true });
    expect(parseEndDate(42185, "30/06/15", "dd/mm/yy", "dmy")).toMatchObject({ date: "2015-06-30", twoDigitYear: false });
  });

  test("a time of day is ignored", () => {
    expect(parseEndDate(42185.5, "30/06/2015 12:00", "dd/mm/yyyy hh:mm", "dmy")).toMatchObject({ date: "2015-06-30" });
  });

  test("a serial whose text shows a date is a date even when the format is not reported", () => {
    expect(parseEndDate(42185, "30/06/2015", "General", "dmy")).toMatchObject({ date: "2015-06-30", fromSerial: true });
  });

  test("a too-narrow column (####) shows the date written UK-style", () => {
    expect(parseEndDate(42185, "########", "dd/mm/yyyy", "dmy")).toMatchObject({ date: "2015-06-30", text: "30/06/2015" });
  });

  test("a number without a date format is not taken as a date; the reason says what it would be", () => {
    expect(parseEndDate(42170, "42170", "General", "dmy")).toEqual({
      kind: "invalid",
      text: "42170",
      reason: "not a date: the cell holds the number 42170; formatted as a date it would read 15/06/2015",
    });
    expect(parseEndDate(7, "7", "General", "dmy")).toEqual({
      kind: "invalid",
      text: "7",
      reason: "not a date: the cell holds the number 7",
    });
  });

  test("serial 60 (Excel's 29/02/1900) and serial 0 are not real dates", () => {
    expect(parseEndDate(60, "29/02/1900", "dd/mm/yyyy", "dmy")).toEqual({
      kind: "invalid",
      text: "29/02/1900",
      reason: "29/02/1900 is not a real date",
    });
    expect(parseEndDate(0, "00/01/1900", "dd/mm/yyyy", "dmy")).toMatchObject({ kind: "invalid" });
  });
});

describe("parseEndDate: TBC, blank and not-a-date", () => {
  test.each(["TBC", "tbc", "T.B.C.", "TBA", "TBD", "To be confirmed", "to be agreed", "TBC - after the review"])(
    "%s → tbc",
    (text) => {
      expect(parseEndDate(text, text, "General", "dmy")).toEqual({ kind: "tbc", text });
    },
  );

  // No fixed end at all (issue 10 cause 9): tbc, marked standing so it is never reported as TBC.
  test.each(["Ongoing", "On-going", "Continuous"])("%s → tbc, standing", (text) => {
    expect(parseEndDate(text, text, "General", "dmy")).toEqual({ kind: "tbc", text, standing: true });
  });

  test.each(["", "   ", "\n"])("%j → blank", (text) => {
    expect(parseEndDate(text, text, "General", "dmy")).toEqual({ kind: "blank" });
  });

  test.each<[string, string]>([
    ["31/02/2022", "31/02/2022 is not a real date"],
    ["29/02/2015", "29/02/2015 is not a real date"],
    ["31.06.15", "31.06.15 is not a real date"],
    ["31/13/2015", "31/13/2015 is not a real date"],
    ["2015-02-30", "2015-02-30 is not a real date"],
    ["31 June 2015", "31 June 2015 is not a real date"],
    ["09/25/2024", "09/25/2024 is not a real date (read day first; the other way round it would be 25 September 2024)"],
    ["30/06", "30/06 has no year"],
    ["30 June", "30 June has no year"],
    ["Jun 15", "Jun 15 is ambiguous: 15 June or June 2015"],
    ["Monday 30 June 2015", "Monday 30 June 2015 does not add up: 30/06/2015 was a Tuesday, not a Monday"],
    ["LSCB Chair", "not a date"],
    // Either April-June (calendar) or July-September (financial year 2015/16): ask, do not guess.
    ["Q2 2015", "Q2 2015 is ambiguous: the calendar quarter ending 30/06/2015 or the financial quarter ending 30/09/2015; write Q2 2015/16 or a date"],
    ["Summer", "not a date"],
    ["N/A", "not a date"],
    ["3.5", "not a date"],
  ])("%s → invalid: %s", (text, reason) => {
    expect(parseEndDate(text, text, "General", "dmy")).toEqual({ kind: "invalid", text, reason });
  });

  test("a month-first column reports the day-first reading as the alternative", () => {
    expect(parseEndDate("25/09/2024", "25/09/2024", "General", "mdy")).toMatchObject({
      reason: "25/09/2024 is not a real date (read month first; the other way round it would be 25 September 2024)",
    });
  });

  test("a boolean is not a date", () => {
    expect(parseEndDate(true, "TRUE", "General", "dmy")).toEqual({ kind: "invalid", text: "TRUE", reason: "not a date" });
  });
});

describe("parseEndDate: every end date in the Reading plan", () => {
  test("each value reads as a date, TBC, or (LSCB Chair) not a date", () => {
    const seen = new Map<string, EndDate>();
    for (const row of readingPlan.actions) seen.set(row.endDate, parseEndDate(row.endDate, row.endDate, "@", "dmy"));
    expect(seen.get("TBC")).toEqual({ kind: "tbc", text: "TBC" });
    expect(seen.get("LSCB Chair")).toEqual({ kind: "invalid", text: "LSCB Chair", reason: "not a date" });
    expect(seen.get("31/07/15")).toEqual(textDate("2015-07-31", "31/07/15", true));
    expect(seen.get("15/06/2015")).toEqual(textDate("2015-06-15", "15/06/2015"));
    for (const [text, parsed] of seen) {
      if (text === "TBC" || text === "LSCB Chair") continue;
      expect(parsed.kind).toBe("date");
    }
  });

  test("its column reads day-first without comment", () => {
    expect(detectDateOrder(readingPlan.actions.map((a) => a.endDate))).toEqual({ order: "dmy" });
  });
});

describe("detectDateOrder", () => {
  test("one value impossible day-first but real month-first makes the column month-first", () => {
    expect(detectDateOrder(["06/07/2024", "09/25/2024", "TBC", "", "10/01/2024"])).toEqual({
      order: "mdy",
      reason: 'Dates read month first: "09/25/2024" only makes sense month first (there is no month 25).',
    });
  });

  test("a value impossible month-first keeps the column day-first, and says why", () => {
    expect(detectDateOrder(["09/25/2024", "25/09/2024"])).toEqual({
      order: "dmy",
      reason: 'Dates read day first: "09/25/2024" only makes sense month first, but "25/09/2024" only makes sense day first.',
    });
  });

  test("ambiguous or day-first values, impossible either way, or no dates at all → day-first", () => {
    expect(detectDateOrder(["06/07/2024", "01/02/2024"])).toEqual({ order: "dmy" });
    expect(detectDateOrder(["30/06/2015", "31/07/15"])).toEqual({ order: "dmy" });
    expect(detectDateOrder(["31/02/2022"])).toEqual({ order: "dmy" });
    expect(detectDateOrder([])).toEqual({ order: "dmy" });
    expect(detectDateOrder(["TBC", "30 June 2015", "2015-06-30"])).toEqual({ order: "dmy" });
  });

  test("two-digit years and times are understood", () => {
    expect(detectDateOrder(["12/31/24 17:00"]).order).toBe("mdy");
  });
});

describe("parseDateText", () => {
  test("reports month-only dates", () => {
    expect(parseDateText("Jun-15")).toEqual({ kind: "date", date: "2015-06-30", twoDigitYear: true, monthOnly: true });
    expect(parseDateText("30/06/2015")).toEqual({ kind: "date", date: "2015-06-30", twoDigitYear: false, monthOnly: false });
    expect(parseDateText("hello")).toEqual({ kind: "none" });
  });
});
