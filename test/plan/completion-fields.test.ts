import { parseLateFlag, parsePercent, percentScale } from "../../src/plan/completion-fields";

describe("% complete as tools write it", () => {
  it("reads a fraction under a percentage format as hundreds", () => {
    expect(parsePercent(0.75, "75%", "0%", "fraction")).toEqual({ value: 75, text: "75%" });
    // 0.7 * 100 is 70.00000000000001 in binary floating point: read as 70.
    expect(parsePercent(0.7, "70%", "0.0%", "hundred").value).toBe(70);
  });

  it("reads text with a percent sign, with or without a space", () => {
    expect(parsePercent("48%", "48%", "General", "fraction").value).toBe(48);
    expect(parsePercent("100 %", "100 %", "General", "fraction").value).toBe(100);
  });

  it("reads bare numbers by the column's scale", () => {
    expect(parsePercent(1, "1", "General", "fraction").value).toBe(100);
    expect(parsePercent(1, "1", "General", "hundred").value).toBe(1);
    expect(parsePercent(75, "75", "General", "hundred").value).toBe(75);
    expect(parsePercent("60", "60", "General", "hundred").value).toBe(60);
  });

  it("gives no value for a blank or a word", () => {
    expect(parsePercent("", "", "General", "fraction").value).toBeNull();
    expect(parsePercent("Nearly", "Nearly", "General", "fraction").value).toBeNull();
  });

  it("decides the scale from the whole column: hundreds when any bare number is above 1", () => {
    const cell = (value: number | string, numberFormat = "General") => ({ value, text: String(value), numberFormat });
    expect(percentScale([cell(0), cell(0.5), cell(1)])).toBe("fraction");
    expect(percentScale([cell(0), cell(50), cell(1)])).toBe("hundred");
    // 75 under a percentage format is 7,500%: a fraction column with a typo, not a column of hundreds.
    expect(percentScale([cell(0.5, "0%"), cell(75, "0%")])).toBe("fraction");
    expect(percentScale([cell("75"), cell(0.5)])).toBe("hundred");
  });
});

describe("late flags as tools write them", () => {
  it.each([
    [true, "TRUE", true],
    [false, "FALSE", false],
    ["Yes", "Yes", true],
    ["true", "true", true],
    ["Late", "Late", true],
    [1, "1", true],
    ["No", "No", false],
    ["false", "false", false],
    [0, "0", false],
    ["", "", null],
    ["See note", "See note", null],
  ])("%p reads as %p", (value, text, late) => {
    expect(parseLateFlag(value, text).late).toBe(late);
  });
});
