import { parseEndDate } from "../../src/plan/end-date";

/** Issue 10 cause 9: a period ends on its last day; a standing obligation has no end date. */
describe("period and standing end dates", () => {
  it.each([
    // Financial quarters run Apr-Jun, Jul-Sep, Oct-Dec, Jan-Mar: Q3 of 2024/25 is Oct-Dec 2024.
    ["Q3 2024/25", "2024-12-31"],
    ["Q1 2024/25", "2024-06-30"],
    // Q4 of 2024/25 is January to March 2025.
    ["Q4 2024/25", "2025-03-31"],
    ["2024/25 Q2", "2024-09-30"],
    // A financial year ends on 31 March of its second year.
    ["2024/25", "2025-03-31"],
    ["FY 2024-2025", "2025-03-31"],
    // Terms end at the latest by Christmas (autumn), Easter (spring, read as end of April), July (summer).
    ["Autumn term 2024", "2024-12-31"],
    ["End of Spring term 2025", "2025-04-30"],
    ["Summer 2025 term", "2025-07-31"],
    // Monday 13 January 2025 begins a week that ends Sunday 19 January.
    ["w/c 13th January 2025", "2025-01-19"],
  ])("%s ends %s, with the reason", (text, date) => {
    const end = parseEndDate(text, text, "General");
    expect(end).toMatchObject({ kind: "date", date, text });
    expect(end.kind === "date" && end.period).toMatch(/ends/);
  });

  it.each(["Ongoing", "Monthly", "With immediate effect", "As required", "Quarterly"])("%s is a standing obligation, not an invalid date", (text) => {
    expect(parseEndDate(text, text, "General")).toEqual({ kind: "tbc", text, standing: true });
  });

  it("keeps what is not a period invalid", () => {
    expect(parseEndDate("Chief Exec", "Chief Exec", "General")).toMatchObject({ kind: "invalid" });
    // 2024/26 is not one financial year.
    expect(parseEndDate("2024/26", "2024/26", "General")).toMatchObject({ kind: "invalid" });
    expect(parseEndDate("TBC", "TBC", "General")).toEqual({ kind: "tbc", text: "TBC" });
  });
});
