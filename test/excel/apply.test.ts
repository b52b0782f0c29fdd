/** OfficeWorkbook.apply over the Excel double. */
import { InvalidChangeError, OfficeWorkbook } from "../../src/excel";
import { ConflictError, type ChangeSet, type RangeWrite } from "../../src/plan/port";
import { createExcelDouble, FORMULA_TEXT } from "../excel-double";

const LOG = { name: "APA Log", visibility: "VeryHidden" as const, header: ["When", "Who", "Ref", "Update"] };

function setup() {
  const double = createExcelDouble({
    Plan: [
      ["Ref", "Action", "Update"],
      ["1.1", "Recruit", ""],
      ["1.2", "Train", "old"],
    ],
  });
  return { double, workbook: new OfficeWorkbook(double.run, double.supports) };
}

const write = (w: Partial<RangeWrite> & Pick<RangeWrite, "address" | "values">): RangeWrite => ({
  sheet: "Plan",
  asText: true,
  ...w,
});
const changes = (writes: RangeWrite[], ensureSheets: ChangeSet["ensureSheets"] = []): ChangeSet => ({
  ensureSheets,
  writes,
});

describe("OfficeWorkbook.apply", () => {
  it("writes a block from its top-left cell in one sync, after one read of its protection", async () => {
    const { double, workbook } = setup();
    await workbook.apply(changes([write({ address: "C2", values: [["done"], ["started"]], asText: false })]));
    expect(double.cell("Plan", "C2").value).toBe("done");
    expect(double.cell("Plan", "C3").value).toBe("started");
    expect(double.syncCount).toBe(2);
  });

  it("keeps typed text that looks like a formula as text", async () => {
    const { double, workbook } = setup();
    await workbook.apply(changes([write({ address: "C2", values: [["=1+1", 7]] })]));
    expect(double.cell("Plan", "C2")).toMatchObject({ value: "=1+1", text: "=1+1", numberFormat: "@" });
    expect(double.cell("Plan", "C2").formula).toBeUndefined();
    // Only strings get `@`: a number keeps its format.
    expect(double.cell("Plan", "D2")).toMatchObject({ value: 7, numberFormat: "General" });
  });

  it("without asText a leading = becomes a formula (what asText protects against)", async () => {
    const { double, workbook } = setup();
    await workbook.apply(changes([write({ address: "C2", values: [["=1+1"]], asText: false })]));
    expect(double.cell("Plan", "C2")).toMatchObject({ formula: "=1+1", text: FORMULA_TEXT });
  });

  it("writes when the guarded text is unchanged: one sync to read, one to write", async () => {
    const { double, workbook } = setup();
    await workbook.apply(changes([write({ address: "C3", values: [["new"]], expectedText: [["old"]] })]));
    expect(double.cell("Plan", "C3").value).toBe("new");
    expect(double.syncCount).toBe(2);
  });

  it("throws ConflictError listing changed cells and writes nothing", async () => {
    const { double, workbook } = setup();
    const before = structuredClone([...double.state.sheets[0].cells]);
    const error = await workbook
      .apply(
        changes(
          [
            write({ address: "B2", values: [["Recruit more"]], expectedText: [["Recruit"]] }),
            write({ address: "C2", values: [["a"], ["b"]], expectedText: [[""], ["older"]] }),
          ],
          [LOG],
        ),
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).conflicts).toEqual([
      { sheet: "Plan", address: "C3", expected: "older", actual: "old" },
    ]);
    expect([...double.state.sheets[0].cells]).toEqual(before);
    expect(double.state.sheets.map((s) => s.name)).toEqual(["Plan"]);
  });

  it("creates an ensured sheet once, hidden, with its header as text", async () => {
    const { double, workbook } = setup();
    const entry = (n: string) => write({ sheet: LOG.name, address: "A2", values: [["2024-05-01", "JS", "1.1", n]] });
    await workbook.apply(changes([entry("first")], [LOG]));
    expect(double.syncCount).toBe(2);
    await workbook.apply(changes([entry("second")], [LOG]));
    const logs = double.state.sheets.filter((s) => s.name === LOG.name);
    expect(logs).toHaveLength(1);
    expect(logs[0].visibility).toBe("VeryHidden");
    expect(["A1", "B1", "C1", "D1"].map((a) => double.cell(LOG.name, a).text)).toEqual(LOG.header);
    expect(double.cell(LOG.name, "A1").numberFormat).toBe("@");
    expect(double.cell(LOG.name, "D2").value).toBe("second");
    // Second time: existence, then the existing sheet's protection, then the write.
    expect(double.syncCount).toBe(5);
    await workbook.apply(changes([], [LOG])); // already there: one read, nothing to write
    expect(double.syncCount).toBe(6);
  });

  it("guards cells of an ensured sheet: against the new header when it is missing, else read", async () => {
    const { double, workbook } = setup();
    const guarded = (expected: string) =>
      write({ sheet: LOG.name, address: "A1", values: [["x"]], expectedText: [[expected]] });
    await expect(workbook.apply(changes([guarded("")], [LOG]))).rejects.toBeInstanceOf(ConflictError);
    await workbook.apply(changes([guarded("When")], [LOG]));
    double.resetCounters();
    await expect(workbook.apply(changes([guarded("When")], [LOG]))).rejects.toMatchObject({
      conflicts: [{ sheet: LOG.name, address: "A1", expected: "When", actual: "x" }],
    });
    expect(double.syncCount).toBe(2); // existence, then the guard on the now-known sheet
    double.resetCounters();
    await workbook.apply(changes([guarded("x")], [LOG]));
    expect(double.syncCount).toBe(3); // the one case that costs a third sync
  });

  it("rejects rows of different lengths before any sync", async () => {
    const { double, workbook } = setup();
    await expect(
      workbook.apply(changes([write({ address: "A1", values: [["a", "b"], ["c"]] })])),
    ).rejects.toBeInstanceOf(InvalidChangeError);
    await expect(
      workbook.apply(changes([write({ address: "A1", values: [["a"]], expectedText: [["a", "b"]] })])),
    ).rejects.toThrow(/not the size/);
    await expect(workbook.apply(changes([write({ address: "A1:B2", values: [["a"]] })]))).rejects.toThrow(/one cell/);
    await expect(workbook.apply(changes([write({ address: "A1", values: [["x".repeat(32_768)]] })]))).rejects.toThrow(
      /32767/,
    );
    expect(double.syncCount).toBe(0);
  });

  it("splits a write larger than the request budget into row blocks", async () => {
    const double = createExcelDouble({ Plan: [["Ref"]] }, { requestLimitBytes: 5 * 1024 * 1024 });
    const workbook = new OfficeWorkbook(double.run, double.supports);
    const values = Array.from({ length: 3000 }, (_, i) => [`${i}`, "z".repeat(3000)]);
    await workbook.apply(changes([write({ address: "A2", values })]));
    expect(double.syncCount).toBe(4); // the protection read, then two 4 MB blocks
    expect(double.cell("Plan", "B3001").value).toBe("z".repeat(3000));
    expect(Math.max(...double.requestBytesPerSync)).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  it("reports an Office failure with a plain message", async () => {
    const { workbook } = setup();
    await expect(workbook.apply(changes([write({ sheet: "Gone", address: "A1", values: [["x"]] })]))).rejects.toThrow(
      /^Excel could not save the change\. A sheet or table the add-in needs was renamed or deleted meanwhile \(ItemNotFound\).*Nothing was written\.$/,
    );
  });
});
