import { CHANGE_LOG_HEADER, changeLogWrite, type ChangeLogEntry } from "../../src/plan/change-log";
import { InvalidChangeError, validateChanges } from "../../src/plan/change-set";
import { CHANGE_LOG_SHEET } from "../../src/plan/own-sheets";
import { snapshotCell } from "../../src/plan/snapshot-cell";
import { prepareUndo, readChangeLog } from "../../src/plan/undo";
import { buildSheet, buildWorkbook, dateCell, type BuiltCell } from "../support/snapshot-builder";

const who = { initials: "SS", timestamp: "2015-06-11 09:00" };
const entry = (cell: string, before: ChangeLogEntry["before"], after: string): ChangeLogEntry => ({
  timestamp: "2015-06-10 14:03",
  initials: "KJ",
  sheet: "Plan",
  cell,
  ref: "1",
  field: "value",
  before,
  after,
});

describe("snapshotCell", () => {
  const snapshot = buildWorkbook(buildSheet("Plan", [["Ref", dateCell(42185, "30/06/2015")]]));
  it("gives a cell's value, exact text and format; empty General outside the used range; null without the sheet", () => {
    expect(snapshotCell(snapshot, "Plan", "B1")).toEqual({ value: 42185, text: "30/06/2015", numberFormat: "dd/mm/yyyy" });
    expect(snapshotCell(snapshot, "Plan", "Z99")).toEqual({ value: "", text: "", numberFormat: "General" });
    expect(snapshotCell(snapshot, "Nope", "A1")).toBeNull();
    expect(snapshotCell(snapshot, "Plan", "A1:B2")).toBeNull();
  });
});

describe("changeLogWrite", () => {
  const plan = buildSheet("Plan", [["Ref", "Status", "When", "Count"], ["1", { value: "42", numberFormat: "General" }, dateCell(42185, "30/06/2015"), { value: 7, text: "7.0", numberFormat: "0.0" }]]);

  it("logs the format before, and a number as itself shown in its own format", () => {
    const write = changeLogWrite(buildWorkbook(plan), [entry("C2", "30/06/2015", "TBC"), entry("B2", "42", "Done")]);
    expect(write.values).toEqual([
      ["2015-06-10 14:03", "KJ", "Plan", "C2", "1", "value", 42185, "TBC", "dd/mm/yyyy"],
      ["2015-06-10 14:03", "KJ", "Plan", "B2", "1", "value", "42", "Done", "General"],
    ]);
    expect(write.numberFormat).toEqual([
      [null, null, null, null, null, null, "dd/mm/yyyy", null, null],
      [null, null, null, null, null, null, null, null, null],
    ]);
    expect(write.expectedText).toEqual([CHANGE_LOG_HEADER.map(() => ""), CHANGE_LOG_HEADER.map(() => "")]);
  });

  it("logs an unknown format when the cell does not show the entry's Before, and leaves formats out when all are text", () => {
    const write = changeLogWrite(buildWorkbook(plan), [entry("B2", "something else", "Done")]);
    expect(write.values[0].slice(6)).toEqual(["something else", "Done", ""]);
    expect(write.numberFormat).toBeUndefined();
  });

  it("keeps an eight-column log at eight columns", () => {
    const legacy = buildSheet(CHANGE_LOG_SHEET, [CHANGE_LOG_HEADER.slice(0, 8)]);
    const write = changeLogWrite(buildWorkbook(plan, legacy), [entry("C2", "30/06/2015", "TBC")]);
    expect(write.values).toEqual([["2015-06-10 14:03", "KJ", "Plan", "C2", "1", "value", 42185, "TBC"]]);
    expect(write.numberFormat?.[0]).toHaveLength(8);
  });
});

/** A workbook whose log holds `rows` (below the header) and whose plan holds `cells`. */
function logged(cells: BuiltCell[][], rows: BuiltCell[][], header = CHANGE_LOG_HEADER) {
  return buildWorkbook(buildSheet("Plan", cells), buildSheet(CHANGE_LOG_SHEET, [header, ...rows]));
}

describe("readChangeLog", () => {
  it("reads each row with its log row, typed values and format; columns found by title", () => {
    const snapshot = logged([], [
      ["t1", "KJ", "Plan", "c2", "1", "end date", dateCell(42185, "30/06/2015"), "TBC", "dd/mm/yyyy"],
      [],
      ["t2", "KJ", "Plan", "B2", "", "status", "Open", "Closed", "General"],
    ]);
    expect(readChangeLog(snapshot)).toEqual([
      { row: 2, timestamp: "t1", initials: "KJ", sheet: "Plan", cell: "C2", ref: "1", field: "end date", before: 42185, after: "TBC", beforeText: "30/06/2015", afterText: "TBC", formatBefore: "dd/mm/yyyy" },
      { row: 4, timestamp: "t2", initials: "KJ", sheet: "Plan", cell: "B2", ref: null, field: "status", before: "Open", after: "Closed", beforeText: "Open", afterText: "Closed", formatBefore: "General" },
    ]);
    expect(readChangeLog(buildWorkbook(buildSheet("Plan", [["x"]])))).toEqual([]);
  });
});

describe("prepareUndo", () => {
  const cells: BuiltCell[][] = [["Ref", "Status", "When"], ["1", { value: "Closed", numberFormat: "@" }, { value: "TBC", numberFormat: "@" }]];

  it("restores the number and its format, guarded by what the cell shows, and logs the undo", () => {
    const snapshot = logged(cells, [["t", "KJ", "Plan", "C2", "1", "end date", dateCell(42185, "30/06/2015"), "TBC", "dd/mm/yyyy"]]);
    const prepared = prepareUndo(snapshot, 2, who);
    if (!prepared.ok) throw new Error(prepared.reason);
    expect(prepared.formatRestored).toBe(true);
    expect(prepared.changes.writes[0]).toEqual({ sheet: "Plan", address: "C2", values: [[42185]], asText: false, numberFormat: [["dd/mm/yyyy"]], expectedText: [["TBC"]] });
    expect(prepared.changes.writes[1]).toMatchObject({
      sheet: CHANGE_LOG_SHEET,
      address: "A3",
      values: [["2015-06-11 09:00", "SS", "Plan", "C2", "1", "undo end date", "TBC", 42185, "@"]],
      numberFormat: [[null, null, null, null, null, null, null, "dd/mm/yyyy", null]],
    });
    expect(() => validateChanges(prepared.changes)).not.toThrow();
  });

  it("restores a string that looks like a number as a string", () => {
    const snapshot = logged(cells, [["t", "KJ", "Plan", "B2", "1", "status", "42", "Closed", "General"]]);
    const prepared = prepareUndo(snapshot, 2, who);
    if (!prepared.ok) throw new Error(prepared.reason);
    expect(prepared.changes.writes[0]).toMatchObject({ values: [["42"]], numberFormat: [["General"]] });
  });

  it("restores only the value of a row logged without its format, and says so", () => {
    const snapshot = logged(cells, [["t", "KJ", "Plan", "B2", "1", "status", "Open", "Closed"]], CHANGE_LOG_HEADER.slice(0, 8));
    const prepared = prepareUndo(snapshot, 2, who);
    if (!prepared.ok) throw new Error(prepared.reason);
    expect(prepared.formatRestored).toBe(false);
    expect(prepared.changes.writes[0]).toEqual({ sheet: "Plan", address: "B2", values: [["Open"]], asText: true, expectedText: [["Closed"]] });
    expect(prepared.changes.writes[1].values).toEqual([["2015-06-11 09:00", "SS", "Plan", "B2", "1", "undo status", "Closed", "Open"]]);
  });

  it("refuses a changed cell, a row that is no change, a missing sheet, bad initials and a change already undone", () => {
    const snapshot = logged(cells, [
      ["t", "KJ", "Plan", "B2", "1", "status", "Open", "Paused", "General"],
      ["t", "KJ", "Gone", "B2", "1", "status", "Open", "Closed", "General"],
      ["t", "KJ", "Plan", "B2", "1", "status", "Closed", "Closed", "@"],
    ]);
    expect(prepareUndo(snapshot, 2, who)).toEqual({ ok: false, reason: 'Plan!B2 has changed since (it now reads "Closed"); undo it by hand.' });
    expect(prepareUndo(snapshot, 3, who)).toEqual({ ok: false, reason: 'The sheet "Gone" of Gone!B2 is no longer in the workbook.' });
    expect(prepareUndo(snapshot, 4, who)).toEqual({ ok: false, reason: 'Plan!B2 already reads "Closed": there is nothing to undo.' });
    expect(prepareUndo(snapshot, 1, who)).toEqual({ ok: false, reason: 'Row 1 of "Plan change log" is not a logged change; the changes are on rows 2 to 4.' });
    expect(prepareUndo(snapshot, 2, { ...who, initials: "S5" })).toMatchObject({ ok: false, reason: expect.stringMatching(/Initials must be 1 to 4 letters/) });
    expect(prepareUndo(buildWorkbook(buildSheet("Plan", cells)), 2, who)).toMatchObject({ ok: false, reason: expect.stringMatching(/no change log/) });
  });
});

describe("validateChanges: number formats", () => {
  const write = (numberFormat: (string | null)[][]) => ({ ensureSheets: [], writes: [{ sheet: "Plan", address: "A1", values: [["a", 1]], asText: true, numberFormat }] });
  it("refuses formats not the size of the values, or empty or too long", () => {
    expect(() => validateChanges(write([["General"]]))).toThrow(new InvalidChangeError("The number formats for Plan!A1 are not the size of its values."));
    expect(() => validateChanges(write([["", null]]))).toThrow(/empty or longer than Excel's 255 characters/);
    expect(() => validateChanges(write([["0".repeat(256), null]]))).toThrow(/empty or longer/);
    expect(() => validateChanges(write([["@", "dd/mm/yyyy"]]))).not.toThrow();
  });
});
