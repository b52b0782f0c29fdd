import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { run } from "../../src/cli/main";
import type { Output } from "../../src/cli/output";
import { CHANGE_LOG_HEADER, changeLogWrite, CHANGE_LOG_ENSURE } from "../../src/plan/change-log";
import { CHANGE_LOG_SHEET } from "../../src/plan/own-sheets";
import { readChangeLog } from "../../src/plan/undo";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { XlsxWorkbook } from "../../src/xlsx";
import { fixtureSnapshot, READING } from "../support/fixtures";
import { cellOf, cellXml, partText, sheetOf } from "../xlsx/write-helpers";

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out: Output = { stdout: (t) => (stdout += `${t}\n`), stderr: (t) => (stderr += `${t}\n`) };
  return { code: await run(["node", "action-plan", ...args], out), stdout, stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), "apa-undo-"));
const file = (name: string) => path.join(dir, name);
const plan = (s: WorkbookSnapshot) => sheetOf(s, "Action Plan");
/** The `s` (cell format) attribute of a cell in the plan sheet's XML. */
async function styleIndex(path: string, address: string): Promise<string | undefined> {
  const xml = cellXml(await partText(readFileSync(path), "xl/worksheets/sheet1.xml"), address);
  return /\ss="(\d+)"/.exec(xml ?? "")?.[1];
}

describe("action-plan undo", () => {
  let original: WorkbookSnapshot;
  beforeAll(async () => {
    original = await fixtureSnapshot(READING);
    // Row 2: 69E's update. Rows 3 and 4: 69A's update and status.
    expect((await cli("update", READING, "--ref", "69E", "--initials", "KJ", "--text", "Thresholds workshop held", "--date", "2015-06-10", "--out", file("u1.xlsx"))).code).toBe(0);
    expect((await cli("update", file("u1.xlsx"), "--ref", "69A", "--initials", "KJ", "--text", "Done", "--status", "complete", "--date", "2015-06-10", "--out", file("u2.xlsx"))).code).toBe(0);
  });

  it("logs the format each cell had before, in a ninth column", async () => {
    const log = sheetOf(await fixtureSnapshot(file("u2.xlsx")), CHANGE_LOG_SHEET);
    expect(log.values[0]).toEqual(CHANGE_LOG_HEADER);
    expect(CHANGE_LOG_HEADER[8]).toBe("Format before");
    expect(log.values.slice(1).map((r) => [r[3], r[5], r[8]])).toEqual([
      ["E46", "update", "General"],
      ["E43", "update", "General"],
      ["G43", "status", "General"],
    ]);
    expect(log.tables).toEqual([expect.objectContaining({ name: "PlanChangeLog", address: "A1:I4" })]);
  });

  it("lists the log when --row is left out, writing nothing", async () => {
    const { code, stdout } = await cli("undo", file("u2.xlsx"));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {5}2 {2}\d{4}-\d\d-\d\d \d\d:\d\d KJ {2}Action Plan!E46 \(69E\) update: /m);
    expect(stdout).toMatch(/^ {5}4 .*Action Plan!G43 \(69A\) status: 'In Progress \(on track\)' → 'Complete'$/m);
  });

  it("undoes each change, restoring every cell's value, text and number format exactly", async () => {
    const status = await cli("undo", file("u2.xlsx"), "--row", "4", "--initials", "SS", "--out", file("u3.xlsx"));
    expect(status.code).toBe(0);
    expect(status.stdout).toMatch(/Undid the status of Action Plan!G43 \(69A\) logged on row 4: it reads 'In Progress \(on track\)' again\./);
    expect(status.stdout).toMatch(/Its number format is General again\./);
    const u3 = await fixtureSnapshot(file("u3.xlsx"));
    expect(cellOf(plan(u3), "G43")).toEqual(cellOf(plan(original), "G43"));
    expect(cellOf(plan(u3), "E46").numberFormat).toBe("@");

    expect((await cli("undo", file("u3.xlsx"), "--row", "2", "--initials", "SS", "--out", file("u4.xlsx"))).code).toBe(0);
    expect((await cli("undo", file("u4.xlsx"), "--row", "3", "--initials", "SS", "--out", file("u5.xlsx"))).code).toBe(0);
    const u5 = await fixtureSnapshot(file("u5.xlsx"));
    for (const address of ["E46", "E43", "G43"]) expect(cellOf(plan(u5), address)).toEqual(cellOf(plan(original), address));
    // The whole plan sheet reads as it did before any change.
    const { values, text, numberFormat, address } = plan(u5);
    expect({ values, text, numberFormat, address }).toEqual({
      values: plan(original).values,
      text: plan(original).text,
      numberFormat: plan(original).numberFormat,
      address: plan(original).address,
    });

    // The very cell formats they had, not look-alikes.
    for (const address of ["E46", "E43", "G43"]) expect(await styleIndex(file("u5.xlsx"), address)).toBe(await styleIndex(READING, address));

    const log = readChangeLog(u5);
    expect(log.map((c) => [c.row, c.initials, c.cell, c.field, c.formatBefore])).toEqual([
      [2, "KJ", "E46", "update", "General"],
      [3, "KJ", "E43", "update", "General"],
      [4, "KJ", "G43", "status", "General"],
      [5, "SS", "G43", "undo status", "@"],
      [6, "SS", "E46", "undo update", "@"],
      [7, "SS", "E43", "undo update", "@"],
    ]);
    expect([log[3].before, log[3].after]).toEqual(["Complete", "In Progress (on track)"]);
    expect(log[5].after).toBe(cellOf(plan(original), "E43").value);
  });

  it("an undo can be undone (a redo), logged as such", async () => {
    const { code } = await cli("undo", file("u3.xlsx"), "--row", "5", "--initials", "SS", "--out", file("redo.xlsx"));
    expect(code).toBe(0);
    const redo = await fixtureSnapshot(file("redo.xlsx"));
    expect(cellOf(plan(redo), "G43")).toEqual({ value: "Complete", text: "Complete", numberFormat: "@" });
    expect(readChangeLog(redo).at(-1)).toMatchObject({ row: 6, field: "redo status", before: "In Progress (on track)", after: "Complete", formatBefore: "General" });
  });

  it("refuses when the cell has changed since, writing nothing", async () => {
    expect((await cli("update", file("u1.xlsx"), "--ref", "69E", "--initials", "KJ", "--text", "Second", "--date", "2015-06-11", "--out", file("twice.xlsx"))).code).toBe(0);
    const { code, stderr } = await cli("undo", file("twice.xlsx"), "--row", "2", "--initials", "SS", "--out", file("never.xlsx"));
    expect(code).toBe(2);
    expect(stderr).toMatch(/Action Plan!E46 has changed since \(it now reads "27\.05\.15 KJ: .*…"\); undo it by hand\./);
    expect(existsSync(file("never.xlsx"))).toBe(false);
  });

  it("refuses a row that is not a logged change, and insists on --initials and --out", async () => {
    expect((await cli("undo", file("u2.xlsx"), "--row", "9", "--initials", "SS", "--out", file("x.xlsx"))).stderr).toMatch(/Row 9 of "Plan change log" is not a logged change; the changes are on rows 2 to 4\./);
    expect((await cli("undo", file("u2.xlsx"), "--row", "2", "--out", file("x.xlsx"))).stderr).toMatch(/--initials XX/);
    expect((await cli("undo", file("u2.xlsx"), "--row", "2", "--initials", "SS")).stderr).toMatch(/--out OUT\.xlsx, or --in-place/);
    expect((await cli("undo", READING)).stdout).toMatch(/no changes are logged/);
  });

  it("restores a date cell's serial number and its dd/mm/yyyy format after a text fix", async () => {
    // A fix-like change, logged the way the pane's prepareFix logs it (Before as shown).
    const bytes = readFileSync(READING);
    const workbook = await XlsxWorkbook.fromBytes(bytes, "reading.xlsx");
    const snapshot = await workbook.readSnapshot();
    const d46 = cellOf(plan(snapshot), "D46");
    expect(d46).toEqual({ value: 42185, text: "30/06/2015", numberFormat: "dd/mm/yyyy" });
    await workbook.apply({
      ensureSheets: [CHANGE_LOG_ENSURE],
      writes: [
        { sheet: "Action Plan", address: "D46", values: [["TBC"]], asText: true, expectedText: [[d46.text]] },
        changeLogWrite(snapshot, [{ timestamp: "2015-06-10 14:03", initials: "KJ", sheet: "Action Plan", cell: "D46", ref: "69E", field: "end date", before: d46.text, after: "TBC" }]),
      ],
    });
    const fixed = await workbook.readSnapshot();
    const logged = readChangeLog(fixed)[0];
    // The log keeps the number itself, shown as the cell showed it.
    expect(logged).toMatchObject({ before: 42185, beforeText: "30/06/2015", after: "TBC", formatBefore: "dd/mm/yyyy" });
    const fixedFile = file("fixed.xlsx");
    writeFileSync(fixedFile, await workbook.toBytes());

    const { code } = await cli("undo", fixedFile, "--row", "2", "--initials", "SS", "--out", file("unfixed.xlsx"));
    expect(code).toBe(0);
    const unfixed = await fixtureSnapshot(file("unfixed.xlsx"));
    expect(cellOf(plan(unfixed), "D46")).toEqual(d46);
    expect(await styleIndex(file("unfixed.xlsx"), "D46")).toBe(await styleIndex(READING, "D46"));
    expect(readChangeLog(unfixed)[1]).toMatchObject({ field: "undo end date", before: "TBC", after: 42185, afterText: "30/06/2015", formatBefore: "@" });
  });
});
