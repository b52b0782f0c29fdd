/**
 * End dates at the edges of each reading: the least and greatest day and month, the serials where
 * the "formatted as a date it would read" hint starts and stops, words shaped like dates, and the
 * per-sheet reader. Written for `npm run mutate -- end-date` (issue 15): each case is what a
 * programme manager sees in the finding or the plan, worked out by hand in the comment.
 */
import { detectDateOrder, endDateReader, parseDateText, parseEndDate } from "../../src/plan/end-date";

describe("a day and month with no year", () => {
  // Either way round, one part must be a month (1-12) and the other a day (1-31): then the
  // finding is "has no year"; otherwise the text is not a date at all.
  test.each([
    ["1/12", "1/12 has no year"], // 1 December: the least day, the last month
    ["12/1", "12/1 has no year"], // 12 January: the least month comes second
    ["31/12", "31/12 has no year"], // 31 December: the greatest day
    ["12/31", "12/31 has no year"], // month-first 31 December: still a day and a month
    ["30/6", "30/6 has no year"], // a one-digit month after a slash
    ["30-06", "30-06 has no year"],
    ["30.06", "30.06 has no year"], // two digits after a full stop: a date, not 30.06 the number
  ])("%s → %s", (text, reason) => {
    expect(parseEndDate(text, text, "General")).toEqual({ kind: "invalid", text, reason });
  });

  test.each([
    "0/5", // no day 0
    "5/0", // no month 0
    "32/5", // no day 32
    "13/13", // neither part is a month
    "30.6", // one digit after a full stop reads as the number thirty point six
  ])("%s is not a date", (text) => {
    expect(parseEndDate(text, text, "General")).toEqual({ kind: "invalid", text, reason: "not a date" });
  });
});

describe("words where a month name would be", () => {
  // Shaped like `30 June 2015`, `June 30, 2015`, `June 2015` and `30 June`, but the word is no month.
  test.each(["6 months 2016", "Phase 2 2016", "Phase 2016", "6 weeks"])("%s is not a date", (text) => {
    expect(parseEndDate(text, text, "General")).toEqual({ kind: "invalid", text, reason: "not a date" });
  });

  test("month names in capitals are months", () => {
    expect(parseEndDate("30 JUNE 2015", "30 JUNE 2015", "General")).toMatchObject({ kind: "date", date: "2015-06-30" });
    // June has 30 days, so JUNE 2015 ends on the 30th.
    expect(parseEndDate("JUNE 2015", "JUNE 2015", "General")).toMatchObject({ kind: "date", date: "2015-06-30" });
  });
});

describe("a weekday before an impossible date", () => {
  test("the date is reported, not the weekday", () => {
    // June has 30 days: there is no 31 June to check the Tuesday against.
    expect(parseEndDate("Tuesday 31/06/2015", "Tuesday 31/06/2015", "General")).toEqual({
      kind: "invalid",
      text: "Tuesday 31/06/2015",
      reason: "Tuesday 31/06/2015 is not a real date",
    });
  });
});

describe("parseDateText: which forms are a month alone", () => {
  test.each<[string, string, boolean, boolean]>([
    ["2015-06-30", "2015-06-30", false, false],
    ["30/06/15", "2015-06-30", true, false],
    ["30 June 2015", "2015-06-30", false, false],
    ["30 Jun 15", "2015-06-30", true, false],
    ["June 30, 2015", "2015-06-30", false, false],
    // A month alone is its last day: June has 30.
    ["June 2015", "2015-06-30", false, true],
    ["Jun-15", "2015-06-30", true, true],
  ])("%s → %s (two-digit year %s, month only %s)", (text, date, twoDigitYear, monthOnly) => {
    expect(parseDateText(text)).toEqual({ kind: "date", date, twoDigitYear, monthOnly });
  });
});

describe("a leading `by`", () => {
  test("only a `by` that starts the text is dropped", () => {
    // `by 2 June 2025` is the deadline 2 June 2025 (a Monday). `by` anywhere else is part of the
    // words: `June by 2025` is not `June 2025` (30 June), and `Monday by 2 June 2025` is not a date.
    expect(parseDateText("by 2 June 2025")).toEqual({ kind: "date", date: "2025-06-02", twoDigitYear: false, monthOnly: false });
    expect(parseDateText("June by 2025")).toEqual({ kind: "none" });
    expect(parseDateText("Monday by 2 June 2025")).toEqual({ kind: "none" });
  });
});

describe("period end dates, whole", () => {
  test.each([
    // Financial quarters run Apr-Jun, Jul-Sep, Oct-Dec, Jan-Mar: Q3 of 2024/25 is Oct-Dec 2024.
    ["Q3 2024/25", "2024-12-31", "Q3 of financial year 2024/25 ends 31/12/2024"],
    // A financial year ends on 31 March of its second calendar year.
    ["2024/25", "2025-03-31", "financial year 2024/25 ends 31/03/2025"],
    // Monday 13 January 2025 + 6 days = Sunday 19 January 2025.
    ["w/c 13/01/2025", "2025-01-19", "the week commencing 13/01/2025 ends 19/01/2025"],
  ])("%s ends %s", (text, date, period) => {
    // A period is typed text: no two-digit year to report and no serial behind it.
    expect(parseEndDate(text, text, "General")).toEqual({ kind: "date", date, text, twoDigitYear: false, fromSerial: false, period });
  });

  test("a week commencing a day that does not exist is not a period", () => {
    // February 2025 has 28 days, so there is no week to end.
    expect(parseEndDate("w/c 31/02/2025", "w/c 31/02/2025", "General")).toEqual({ kind: "invalid", text: "w/c 31/02/2025", reason: "not a date" });
  });
});

describe("true and false are not dates", () => {
  test("with no displayed text the value is named", () => {
    expect(parseEndDate(false, "", "General")).toEqual({ kind: "invalid", text: "FALSE", reason: "not a date" });
    expect(parseEndDate(true, "", "General")).toEqual({ kind: "invalid", text: "TRUE", reason: "not a date" });
    expect(parseEndDate(true, " TRUE ", "General")).toEqual({ kind: "invalid", text: "TRUE", reason: "not a date" });
  });
});

describe("Excel serials: what the reader is shown", () => {
  test("the cell's own displayed text is kept", () => {
    // 42185 is 30 June 2015 (the serial counts days from 30/12/1899).
    expect(parseEndDate(42185, "30-Jun-15", "dd-mmm-yy")).toEqual({ kind: "date", date: "2015-06-30", text: "30-Jun-15", twoDigitYear: false, fromSerial: true });
    // A weekday-only format still holds a date.
    expect(parseEndDate(42185, "Tuesday", "dddd")).toEqual({ kind: "date", date: "2015-06-30", text: "Tuesday", twoDigitYear: false, fromSerial: true });
  });

  test("padding a format adds around the text (`_)`) is not kept", () => {
    // Accounting-style formats pad the shown text with spaces; the date reads the same.
    expect(parseEndDate(42185, " 30/06/2015 ", "dd/mm/yyyy_)")).toMatchObject({ kind: "date", date: "2015-06-30", text: "30/06/2015" });
    // A too-narrow padded cell shows hashes and spaces: the date is written UK-style instead.
    expect(parseEndDate(42185, "######## ", "dd/mm/yyyy_)")).toMatchObject({ kind: "date", date: "2015-06-30", text: "30/06/2015" });
  });

  test("with no displayed text, a date is written UK-style and a plain number as it is", () => {
    expect(parseEndDate(42185, "", "dd/mm/yyyy")).toMatchObject({ kind: "date", date: "2015-06-30", text: "30/06/2015" });
    // 42170 = 42185 - 15: 15 June 2015.
    expect(parseEndDate(42170, "", "General")).toEqual({
      kind: "invalid",
      text: "42170",
      reason: "not a date: the cell holds the number 42170; formatted as a date it would read 15/06/2015",
    });
    // 7 would be 7 January 1900 (serial 1 = 1 January 1900): no plan date, so no hint.
    expect(parseEndDate(7, "", "General")).toEqual({ kind: "invalid", text: "7", reason: "not a date: the cell holds the number 7" });
  });

  test("serial 60 (Excel's 29/02/1900) with no date shown", () => {
    expect(parseEndDate(60, "", "dd/mm/yyyy")).toEqual({ kind: "invalid", text: "60", reason: "60 is not a real date" });
    // Shown as a month name: no digits to call a date, so just "not a date".
    expect(parseEndDate(60, "February", "mmmm")).toEqual({ kind: "invalid", text: "February", reason: "not a date" });
  });

  test.each<[number, string | null]>([
    // Serial = days since 30/12/1899. To 1/1/1900: 2; 1900-1989: 90 years, 22 of them leap (1904-1988): 32,872.
    [32873, null], // 31/12/1989: just before 1990, no hint
    [32874, "01/01/1990"],
    // To 1/1/2101: 2 + 201 × 365 + 49 leap days (1904-2096; 1900 and 2100 are not leap) = 73,416.
    [73415, "31/12/2100"],
    [73416, null], // 01/01/2101: just after 2100, no hint
  ])("the number %s: formatted as a date it would read %s", (serial, reads) => {
    const text = String(serial);
    const hint = reads === null ? "" : `; formatted as a date it would read ${reads}`;
    expect(parseEndDate(serial, text, "General")).toEqual({ kind: "invalid", text, reason: `not a date: the cell holds the number ${text}${hint}` });
  });
});

describe("endDateReader: one sheet's end dates", () => {
  test("reads each distinct cell as parseEndDate does", () => {
    const read = endDateReader("dmy");
    const cells: [number | string, string, string][] = [
      [42185, "30/06/2015", "dd/mm/yyyy"],
      ["TBC", "TBC", "General"],
      ["31/07/15", "31/07/15", "@"],
      // The same digits as a number and as text: a number with no date format, and text that is no date.
      [42185, "42185", "General"],
      ["42185", "42185", "@"],
      [42185, "30/06/2015", "dd/mm/yyyy"],
    ];
    for (const [value, text, format] of cells) expect(read(value, text, format)).toEqual(parseEndDate(value, text, format, "dmy"));
  });

  test("reads in the sheet's order", () => {
    expect(endDateReader("mdy")("06/07/2015", "06/07/2015", "@")).toMatchObject({ date: "2015-06-07" });
    expect(endDateReader("dmy")("06/07/2015", "06/07/2015", "@")).toMatchObject({ date: "2015-07-06" });
  });

  test("rows with the same cell share one frozen end date: no row can change another's", () => {
    const read = endDateReader("dmy");
    const first = read("30/06/2015", "30/06/2015", "@");
    const second = read("30/06/2015", "30/06/2015", "@");
    // Modules are strict: writing to a frozen object throws rather than changing the other row.
    expect(() => {
      (first as { text: string }).text = "changed on one row";
    }).toThrow(TypeError);
    expect(second).toMatchObject({ kind: "date", text: "30/06/2015" });
  });
});

describe("detectDateOrder: which value decides", () => {
  test("a cell's leading spaces and later words do not hide its date", () => {
    expect(detectDateOrder(["  09/25/2024"]).order).toBe("mdy");
    expect(detectDateOrder(["09/25/2024 revised"]).order).toBe("mdy");
  });

  test("a date starting with 9 counts", () => {
    // 9/25/2024: there is no month 25, so only month-first reads it.
    expect(detectDateOrder(["9/25/2024"])).toEqual({ order: "mdy", reason: 'Dates read month first: "9/25/2024" only makes sense month first (there is no month 25).' });
  });

  test("the first value of each kind is the one named", () => {
    expect(detectDateOrder(["09/25/2024", "10/26/2024"]).reason).toBe('Dates read month first: "09/25/2024" only makes sense month first (there is no month 25).');
    expect(detectDateOrder(["09/25/2024", "25/09/2024", "26/10/2024"]).reason).toBe(
      'Dates read day first: "09/25/2024" only makes sense month first, but "25/09/2024" only makes sense day first.',
    );
  });

  test("dotted dates name their month too", () => {
    expect(detectDateOrder(["09.25.2024"]).reason).toBe('Dates read month first: "09.25.2024" only makes sense month first (there is no month 25).');
  });
});
