import { columnOption, readOptions } from "../../src/cli/options";

describe("--sheet, --header-row and --column (issue 10: the user can always correct the reader)", () => {
  it("collects repeated --column meaning=LETTER, upper-casing letters; owner= unmaps", () => {
    const columns = columnOption("status=f", columnOption("owner=C"));
    expect(columns).toEqual({ owner: "C", status: "F" });
    expect(columnOption("owner=")).toEqual({ owner: "" });
    expect(columnOption("endDate=AB")).toEqual({ endDate: "AB" });
  });

  it("refuses an unknown meaning or a malformed value, naming the meanings it takes", () => {
    expect(() => columnOption("bogus=C")).toThrow(/one of ref, task, owner/);
    expect(() => columnOption("owner")).toThrow(/meaning=LETTER/);
  });

  it("turns the flags into read options", () => {
    expect(readOptions({ sheet: "Plan", headerRow: 4, column: { owner: "C" } })).toEqual({ sheet: "Plan", headerRow: 4, columns: { owner: "C" } });
    expect(readOptions({})).toEqual({});
  });
});
