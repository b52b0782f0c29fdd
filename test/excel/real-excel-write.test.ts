/**
 * Issue 11, writing as real Excel answers: protected sheets, locked cells and read-only workbooks
 * (item 5), formulas in guarded cells (item 6), the change log table's growth (item 7) and error
 * messages that say whether anything was written (item 8). The double models each after
 * Microsoft's reference (see test/excel-double); each case failed on the adapter before.
 */
import { OfficeWorkbook, InvalidChangeError } from "../../src/excel";
import type { ChangeSet, RangeWrite } from "../../src/plan/port";
import { createExcelDouble, DoubleError, type ExcelDouble } from "../excel-double";

const LOG = { name: "Plan change log", visibility: "Visible" as const, header: ["When", "Who", "Ref", "Cell", "Before", "After"], table: "PlanChangeLog" };

/** A plan sheet with one action and its update cell F2, as the pane would write it. */
function plan(): ExcelDouble {
  return createExcelDouble({
    Plan: [
      ["Ref", "Action", "Owner", "End date", "Status", "Update"],
      ["1.1", "Review supervision", "Head of Service", "30/06/2015", "On track", "01.06.15 KJ: started"],
    ],
  });
}

/** The update: F2 guarded by the text it had when the change was prepared. */
const update: RangeWrite = {
  sheet: "Plan",
  address: "F2",
  values: [["01.06.15 KJ: started 10.06.15 KJ: workshop held"]],
  asText: true,
  expectedText: [["01.06.15 KJ: started"]],
};

/** One log row below the log's header, growing its table. */
const logRow = (row: number, text = "x"): RangeWrite => ({
  sheet: LOG.name,
  address: `A${row}`,
  values: [["2015-06-10", "KJ", "1.1", "F2", "before", text]],
  asText: true,
  growTable: LOG.table,
});

const changes = (...writes: RangeWrite[]): ChangeSet => ({ ensureSheets: [LOG], writes });

function workbookOf(double: ExcelDouble): OfficeWorkbook {
  return new OfficeWorkbook(double.run, double.supports);
}

describe("protected sheets, locked cells, read-only workbooks (issue 11 item 5)", () => {
  it("refuses an update to a locked cell on a protected sheet, naming it, and writes nothing anywhere", async () => {
    const double = plan();
    double.state.sheets[0].protected = true;
    const error = await workbookOf(double).apply(changes(update, logRow(2))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidChangeError);
    expect((error as Error).message).toBe(
      '"Plan" is protected and F2 is locked. Unprotect the sheet in Excel (Review > Unprotect Sheet) and try again. Nothing was written.',
    );
    expect(double.cell("Plan", "F2").value).toBe("01.06.15 KJ: started");
    // Not even the log sheet was created.
    expect(double.state.sheets.map((s) => s.name)).toEqual(["Plan"]);
  });

  it("writes a cell the sheet's owner unlocked, as Excel lets a user type there", async () => {
    const double = plan();
    double.state.sheets[0].protected = true;
    const f2 = double.cell("Plan", "F2");
    double.state.sheets[0].cells.set("2,6", { ...f2, locked: false });
    await workbookOf(double).apply({ ensureSheets: [], writes: [update] });
    expect(double.cell("Plan", "F2").value).toBe(update.values[0][0]);
  });

  it("refuses everything in a workbook open read-only", async () => {
    const double = plan();
    double.state.readOnly = true;
    await expect(workbookOf(double).apply(changes(update, logRow(2)))).rejects.toThrow(/open read-only.*Nothing was written\.$/);
    expect(double.cell("Plan", "F2").value).toBe("01.06.15 KJ: started");
  });
});

describe("formulas in guarded cells (issue 11 item 6)", () => {
  it("never replaces a status computed by a formula; the formula is named and nothing is written", async () => {
    const double = plan();
    // E2 computes the status: Excel shows its result, "On track", as the cell's text.
    double.state.sheets[0].cells.set("2,5", { value: "On track", text: "On track", numberFormat: "General", formula: '=IF(D2<TODAY(),"Overdue","On track")' });
    const status: RangeWrite = { sheet: "Plan", address: "E2", values: [["Complete"]], asText: true, expectedText: [["On track"]] };
    await expect(workbookOf(double).apply(changes(update, status, logRow(2)))).rejects.toThrow(
      'Plan!E2 holds a formula (=IF(D2<TODAY(),"Overdue","On track")), which the add-in will not replace.',
    );
    expect(double.cell("Plan", "E2").formula).toBe('=IF(D2<TODAY(),"Overdue","On track")');
    expect(double.cell("Plan", "F2").value).toBe("01.06.15 KJ: started");
  });

  it("a text cell that merely starts with = is not a formula and is written", async () => {
    const double = createExcelDouble({ Plan: [["Ref", "=see note"]] });
    double.state.sheets[0].cells.set("1,2", { value: "=see note", text: "=see note", numberFormat: "@" });
    await workbookOf(double).apply({ ensureSheets: [], writes: [{ sheet: "Plan", address: "B1", values: [["done"]], asText: true, expectedText: [["=see note"]] }] });
    expect(double.cell("Plan", "B1").value).toBe("done");
  });
});

describe("the change log table (issue 11 item 7)", () => {
  it("a user-widened log table keeps its extra column; Excel's own expansion is never shrunk", async () => {
    const double = plan();
    const workbook = workbookOf(double);
    await workbook.apply(changes(update, logRow(2)));
    // The user adds a "Notes" column G to the table.
    const table = double.state.sheets[1].tables[0];
    table.bounds = { ...table.bounds, lastColumn: 7 };
    await workbook.apply(changes(logRow(3)));
    // Rows 1-3, columns A-G: grown down, still as wide as the user made it.
    expect(double.state.sheets[1].tables[0].bounds).toEqual({ firstRow: 1, firstColumn: 1, lastRow: 3, lastColumn: 7 });
  });

  it("a renamed log table does not fail the write after values were written: the row is written, the table left alone", async () => {
    const double = plan();
    const workbook = workbookOf(double);
    await workbook.apply(changes(logRow(2)));
    double.state.sheets[1].tables[0].name = "MyLog";
    await workbook.apply(changes(logRow(3, "second")));
    expect(double.cell(LOG.name, "F3").value).toBe("second");
    // Excel grew the renamed table itself: values written just below a table extend it.
    expect(double.state.sheets[1].tables[0].bounds.lastRow).toBe(3);
  });

  it("a totals row is refused before anything is written, as the file adapter refuses it", async () => {
    const double = plan();
    const workbook = workbookOf(double);
    await workbook.apply(changes(logRow(2)));
    double.state.sheets[1].tables[0].showTotals = true;
    await expect(workbook.apply(changes(update, logRow(3)))).rejects.toThrow(/totals row.*Nothing was written\.$/);
    expect(double.cell("Plan", "F2").value).toBe("01.06.15 KJ: started");
  });
});

describe("Office errors in plain words (issue 11 item 8)", () => {
  it("says nothing was written only when the failure came before writing", async () => {
    const double = plan();
    const failing = (code: string, onSync: number) => {
      let syncs = 0;
      const run: typeof double.run = (batch) =>
        double.run((context) => {
          const sync = context.sync.bind(context);
          context.sync = async () => {
            syncs++;
            if (syncs === onSync) throw new DoubleError(code, "Something went wrong.");
            return sync();
          };
          return batch(context);
        });
      return new OfficeWorkbook(run, double.supports);
    };
    // First sync (the guard read) fails: nothing was written.
    await expect(failing("GeneralException", 1).apply({ ensureSheets: [], writes: [update] })).rejects.toThrow(
      "Excel could not save the change. Excel hit an internal error (GeneralException). Try again; if it keeps failing, save, close and reopen the workbook. Nothing was written.",
    );
    // Second sync (the write) fails: it may be partly written, and the message says so.
    await expect(failing("RequestPayloadSizeLimitExceeded", 2).apply({ ensureSheets: [], writes: [update] })).rejects.toThrow(
      /too large for Excel on the web.*Part of the change may have been written: check the sheet and the change log/,
    );
    await expect(failing("AccessDenied", 1).apply({ ensureSheets: [], writes: [update] })).rejects.toThrow(/AccessDenied.*Unprotect the sheet/);
  });
});
