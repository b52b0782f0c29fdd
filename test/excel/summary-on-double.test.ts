/**
 * The board summary end to end on the Excel double: the Reading plan loaded into the double, read
 * through OfficeWorkbook, the summary change set prepared exactly as the Board summary view does
 * (`src/taskpane/summary-model.ts`) and applied through the adapter, which draws the sheet
 * (`src/excel/draw-sheet.ts`). Round trips are counted and held to a fixed number whatever the
 * plan's size.
 */
import { actionLabel, MAX_EXCEPTION_ROWS } from "../../src/plan/summary-sheet";
import { storedSummaries as storedFrom } from "../../src/plan/summary-store";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OfficeWorkbook } from "../../src/excel";
import { cellAddress, columnLetter } from "../../src/plan/cells";
import { STATE_SHEET } from "../../src/plan/own-sheets";
import { readPlan } from "../../src/plan/read-plan";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { readWorkbookState } from "../../src/plan/state";
import type { SummarySnapshot } from "../../src/plan/summary";
import { summaryAt, summaryBasis } from "../../src/taskpane/summary-model";
import { prepareSummarySheet, type PreparedSummary } from "../../src/taskpane/summary-writer";
import { XlsxWorkbook } from "../../src/xlsx";
import { buildSheet, buildWorkbook, dateCell, type BuiltCell } from "../support/snapshot-builder";
import { createExcelDouble, type ExcelDouble } from "../excel-double";

const READING = join(__dirname, "../fixtures/reading-improvement-plan.xlsx");
const BY = { madeBy: "KJ", madeAt: "2015-06-08 10:02" };

async function readingSnapshot(): Promise<WorkbookSnapshot> {
  return (await XlsxWorkbook.fromBytes(readFileSync(READING), "reading-improvement-plan.xlsx")).readSnapshot();
}

/** One click of "Create summary sheet": one read, the prepared change set, one apply; syncs counted. */
async function summaryThrough(double: ExcelDouble, workbook: OfficeWorkbook, asOf: string) {
  double.resetCounters();
  const snapshot = await workbook.readSnapshot();
  const readSyncs = double.syncCount;
  const read = readPlan(snapshot);
  if (!read.ok) throw new Error(read.message);
  const prepared = prepareSummarySheet(summaryBasis(snapshot, read.plan), asOf, BY)!;
  double.resetCounters();
  await workbook.apply(prepared.changes);
  return { prepared, plan: read.plan, readSyncs, applySyncs: double.syncCount, requestBytes: double.requestBytesPerSync };
}

/** The row of the sheet's spec whose first value is `text`, as a 1-based sheet row. */
function specRow(prepared: PreparedSummary, text: string): number {
  const index = prepared.spec.rows.findIndex((r) => r.values[0] === text);
  if (index < 0) throw new Error(`No row starting "${text}" in the spec.`);
  return index + 1;
}

/** The texts of a sheet row, columns A-I. */
function rowText(double: ExcelDouble, sheet: string, row: number): string[] {
  return Array.from({ length: 9 }, (_, i) => double.cell(sheet, cellAddress(row, i + 1)).text);
}

function sheetOf(double: ExcelDouble, name: string) {
  const sheet = double.state.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No sheet "${name}".`);
  return sheet;
}

/** The stored summaries, read back through the adapter as the next summary will read them. */
async function storedSummaries(workbook: OfficeWorkbook): Promise<SummarySnapshot[]> {
  const { state, problems } = readWorkbookState(await workbook.readSnapshot());
  expect(problems).toEqual([]);
  return storedFrom(state);
}

/** Writes text into a plan cell as a user would (a text cell, so `=` stays text). */
async function userTypes(double: ExcelDouble, sheet: string, address: string, text: string) {
  const context = double.openContext();
  const range = context.workbook.worksheets.getItem(sheet).getRange(address);
  range.numberFormat = [["@"]];
  range.values = [[text]];
  await context.sync();
  context.open = false;
}

describe("Board summary on the Excel double (Reading plan)", () => {
  let double: ExcelDouble;
  let workbook: OfficeWorkbook;
  beforeEach(async () => {
    double = createExcelDouble(await readingSnapshot());
    workbook = new OfficeWorkbook(double.run, double.supports);
  });

  it("adds the sheet RAG 2015-06-08 as the model lays it out, in 3 reads and 2 writes", async () => {
    const { prepared, plan, readSyncs, applySyncs } = await summaryThrough(double, workbook, "2015-06-08");
    const { model, name } = prepared;
    expect(name).toBe("RAG 2015-06-08");
    const sheet = sheetOf(double, name);
    expect(sheet.visibility).toBe("Visible");
    expect(double.state.sheets.map((s) => s.name)).toContain(STATE_SHEET);

    // Title block: A1 is the plan's own title (its title block), merged across A:I, big and bold.
    expect(double.cell(name, "A1")).toMatchObject({ value: "Children's Services Improvement Plan: board highlight report", numberFormat: "@" });
    expect(double.cell(name, "A1").format).toMatchObject({ bold: true, fontSize: 16, fontColor: "#1F3864" });
    expect(double.cell(name, "A2").text).toMatch(/^As at 08\/06\/2015\. Period covered: Baseline/);
    expect(double.cell(name, "A2").text).toMatch(/Made by KJ on 2015-06-08 10:02\.$/);
    expect(sheet.merged).toEqual(expect.arrayContaining([{ firstRow: 1, firstColumn: 1, lastRow: 1, lastColumn: 9 }]));

    // The workstream table: header, one row per workstream, then the totals (BRAG: 5 bands).
    const header = specRow(prepared, "Workstream");
    expect(rowText(double, name, header)).toEqual(["Workstream", "Actions", "Blue", "Green", "Amber", "Red", "Not rated", "Overall", "Since last board"]);
    expect(model.workstreams.length).toBeGreaterThan(3);
    const totals = header + model.workstreams.length + 1;
    expect(double.cell(name, `A${totals}`).value).toBe("All workstreams");
    expect(double.cell(name, `B${totals}`).value).toBe(plan.actions.length);
    expect(double.cell(name, `A${totals}`).format).toMatchObject({ bold: true });
    // Bands add up to the actions on every row.
    for (let row = header + 1; row <= totals; row++) {
      const counts = [3, 4, 5, 6, 7].map((c) => double.cell(name, cellAddress(row, c)).value as number);
      expect(counts.reduce((a, b) => a + b, 0)).toBe(double.cell(name, cellAddress(row, 2)).value);
      expect(double.cell(name, cellAddress(row, 2)).numberFormat).toBe("General");
    }

    // Formatting reached the cells: header fill, borders all round, row heights, column widths.
    expect(double.cell(name, `C${header}`)).toMatchObject({ fill: "#D9E1F2", format: { bold: true, wrapText: true, verticalAlignment: "Center" } });
    const border = { style: "Continuous", color: "#808080" };
    expect(double.cell(name, `E${header + 1}`).format?.borders).toEqual({ top: border, bottom: border, left: border, right: border });
    expect(double.cell(name, `E${header + 1}`).format?.horizontalAlignment).toBe("Center");
    expect(sheet.rowHeights?.[header]).toBe(30);
    expect(sheet.columnWidths).toEqual(Object.fromEntries(prepared.spec.columnWidths.map((w, i) => [i + 1, w * 7])));

    // A table over the workstream lines; the exceptions start a new printed page.
    expect(sheet.tables.map((t) => t.name)).toEqual(["RAG_20150608_Workstreams"]);
    expect(sheet.tables[0].bounds).toEqual({ firstRow: header, firstColumn: 1, lastRow: totals, lastColumn: 9 });
    const exHeader = prepared.spec.rows.findIndex((r, i) => i + 1 > totals && r.values[0] === "Action") + 1;
    expect(sheet.pageLayout?.rowBreaks).toEqual([exHeader - 2]);
    expect(model.exceptions.length).toBeGreaterThan(0);

    // One stacked bar chart of the workstream rows by rating: 5 series, the Actions column left out.
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts![0];
    expect(chart).toMatchObject({ type: "BarStacked", seriesBy: "Columns", title: "Actions by rating and workstream" });
    expect(chart.source).toBe(`'${name}'!A${header}:G${totals - 1}`);
    expect(chart.categories).toEqual(model.workstreams.map((w) => w.name));
    expect(chart.series).toEqual([
      { name: "Blue", color: "#2F5597" },
      { name: "Green", color: "#00B050" },
      { name: "Amber", color: "#FFC000" },
      { name: "Red", color: "#C00000" },
      { name: "Not rated", color: "#D9D9D9" },
    ]);
    expect(chart.position).toEqual({ from: prepared.spec.chart!.from, to: prepared.spec.chart!.to });

    // Print-ready: landscape, one page wide, title rows repeated, a page footer; a tab colour.
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: "$1:$2",
      centerFooter: "Page &P of &N, printed &D",
      rowBreaks: prepared.spec.print.rowBreaks,
    });
    expect(sheet.tabColor).toBe("#1F3864");

    // Every string written as text.
    for (const [key, cell] of sheet.cells) {
      if (typeof cell.value === "string" && cell.value !== "") expect([key, cell.numberFormat]).toEqual([key, "@"]);
      expect(cell.formula).toBeUndefined();
    }

    // Reading: sheets, tables and date system; every used range's size; the cells. Applying:
    // whether the summary's name and the state sheet exist, then everything else in one write.
    expect([readSyncs, applySyncs]).toEqual([3, 2]);
  });

  it("keeps the snapshot in the very hidden state sheet, as the command line does", async () => {
    const { prepared, plan } = await summaryThrough(double, workbook, "2015-06-08");
    expect(sheetOf(double, STATE_SHEET).visibility).toBe("VeryHidden");
    const stored = await storedSummaries(workbook);
    // Stored compactly: everything but the task text, which the comparison does not need.
    expect(stored).toEqual([{ ...prepared.model.snapshot, actions: prepared.model.snapshot.actions.map((a) => ({ ...a, task: "" })) }]);
    expect(stored[0]).toMatchObject({ asOf: "2015-06-08" });
    expect(stored[0].actions).toHaveLength(plan.actions.length);
  });

  it("a task beginning with = is written to the exceptions as text", async () => {
    // Find an exception's task cell in the plan, make its task start with "=" (a text cell).
    const read = readPlan(await readingSnapshot());
    if (!read.ok) throw new Error(read.message);
    const exception = summaryAt(summaryBasis(await readingSnapshot(), read.plan), "2015-06-08").exceptions[0];
    const action = read.plan.actions.find((a) => a.sheet === exception.sheet && a.row === exception.row)!;
    const task = `=${exception.task}`;
    await userTypes(double, action.sheet, action.cells.task!, task);

    const { prepared } = await summaryThrough(double, workbook, "2015-06-08");
    const sheet = sheetOf(double, prepared.name);
    // The exceptions list "ref: task" (shortened to 110 characters); the action is the worst, so listed.
    const label = actionLabel({ ...exception, task });
    const cells = [...sheet.cells.values()].filter((c) => c.value === label);
    expect(cells).toHaveLength(1);
    expect(cells[0]).toMatchObject({ text: label, numberFormat: "@" });
    expect(cells[0].formula).toBeUndefined();
  });

  it("a second summary as at 2015-06-29 shows an action completed since as newly complete", async () => {
    const first = await summaryThrough(double, workbook, "2015-06-08");
    const open = first.plan.actions.find((a) => a.ref && a.status.canonical === "inProgress" && a.cells.status)!;
    expect(open).toBeDefined();
    await userTypes(double, open.sheet, open.cells.status!, "Complete");

    const second = await summaryThrough(double, workbook, "2015-06-29");
    const { model, name } = second.prepared;
    expect(name).toBe("RAG 2015-06-29");
    expect(model.changes.since).toBe("2015-06-08");
    expect(model.changes.newlyComplete.map((a) => a.ref)).toContain(open.ref);

    const heading = specRow(second.prepared, "What moved since the last board (08/06/2015)");
    expect(double.cell(name, `A${heading}`).text).toBe("What moved since the last board (08/06/2015)");
    // The line after the heading: completed this period, naming the action's ref.
    expect(double.cell(name, `A${heading + 1}`).text).toMatch(/^Completed this period: [1-9]/);
    expect(double.cell(name, `C${heading + 1}`).text.split(", ")).toContain(open.ref);

    // Both summaries are kept, oldest first; both sheets exist.
    expect((await storedSummaries(workbook)).map((s) => s.asOf)).toEqual(["2015-06-08", "2015-06-29"]);
    expect(double.state.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["RAG 2015-06-08", "RAG 2015-06-29"]));
    // The state sheet exists now: its rows' protection is read before writing (one more).
    expect([second.readSyncs, second.applySyncs]).toEqual([3, 3]);
  });

  it("a second summary of the same date gets the next free name; a name taken meanwhile writes nothing", async () => {
    await summaryThrough(double, workbook, "2015-06-08");
    const again = await summaryThrough(double, workbook, "2015-06-08");
    expect(again.prepared.name).toBe("RAG 2015-06-08 (2)");
    // Table names are workbook-wide: the second sheet's tables have their own.
    expect(sheetOf(double, "RAG 2015-06-08 (2)").tables.map((t) => t.name)).toEqual(["RAG_20150608_2_Workstreams"]);
    // One snapshot per date: the second replaced the first.
    expect((await storedSummaries(workbook)).map((s) => s.asOf)).toEqual(["2015-06-08"]);

    // Prepared from a read, then someone adds a sheet of that name before the write.
    const snapshot = await workbook.readSnapshot();
    const read = readPlan(snapshot);
    if (!read.ok) throw new Error(read.message);
    const prepared = prepareSummarySheet(summaryBasis(snapshot, read.plan), "2015-06-15", BY)!;
    const context = double.openContext();
    context.workbook.worksheets.add("rag 2015-06-15");
    await context.sync();
    context.open = false;
    const before = double.state.sheets.map((s) => [s.name, s.cells.size]);
    await expect(workbook.apply(prepared.changes)).rejects.toThrow(/A sheet named "RAG 2015-06-15" already exists; nothing was written/);
    expect(double.state.sheets.map((s) => [s.name, s.cells.size])).toEqual(before);
  });
});

/** A plan of `n` actions under a title block, in 8 workstreams, with dates, statuses and updates. */
function generatedPlan(n: number): WorkbookSnapshot {
  const rows: BuiltCell[][] = [["Generated Improvement Plan"], [], ["Ref", "Action", "Lead Officer", "End Date", "Update on Progress", "Status"]];
  const perWorkstream = Math.ceil(n / 8);
  for (let i = 1; i <= n; i++) {
    if ((i - 1) % perWorkstream === 0) rows.push([`${(i - 1) / perWorkstream + 1}. Workstream ${(i - 1) / perWorkstream + 1}`]);
    const serial = 42120 + (i % 120);
    const day = new Date(Date.UTC(1899, 11, 30 + serial));
    const text = `${String(day.getUTCDate()).padStart(2, "0")}/${String(day.getUTCMonth() + 1).padStart(2, "0")}/${day.getUTCFullYear()}`;
    rows.push([
      String(i),
      `Action ${i}: improve the quality of supervision and case recording across the service`,
      i % 3 === 0 ? "Head of Service" : "Service Manager - Access",
      dateCell(serial, text),
      `27.05.15 KJ: Work started on action ${i}. 03.06.15 SS: Progress reviewed at the practice meeting.`,
      ["In Progress (on track)", "Not Started", "Complete", "In Progress (Overdue)", "Paused"][i % 5],
    ]);
  }
  return buildWorkbook(buildSheet("Action Plan", rows));
}

describe("round trips do not grow with the plan", () => {
  it("Reading and 2,000 generated actions: read 3, apply 2 then 3", async () => {
    const counts: number[][] = [];
    for (const snapshot of [await readingSnapshot(), generatedPlan(2000)]) {
      const double = createExcelDouble(snapshot);
      const workbook = new OfficeWorkbook(double.run, double.supports);
      const first = await summaryThrough(double, workbook, "2015-06-08");
      const second = await summaryThrough(double, workbook, "2015-06-29");
      counts.push([first.readSyncs, first.applySyncs, second.readSyncs, second.applySyncs]);
      expect(second.prepared.model.changes.since).toBe("2015-06-08");
      // Excel on the web refuses requests over 5 MB.
      expect(Math.max(...first.requestBytes, ...second.requestBytes)).toBeLessThan(5_000_000);
    }
    expect(counts).toEqual([
      [3, 2, 3, 3],
      [3, 2, 3, 3],
    ]);
  });

  it("the 2,000-action summary lists its workstreams and exceptions", async () => {
    const double = createExcelDouble(generatedPlan(2000));
    const workbook = new OfficeWorkbook(double.run, double.supports);
    const { prepared } = await summaryThrough(double, workbook, "2015-06-08");
    expect(prepared.model.workstreams).toHaveLength(8);
    expect(prepared.model.totals.actions).toBe(2000);
    const sheet = sheetOf(double, prepared.name);
    // The worst exceptions are listed, the rest counted: rows from the "Action" header to the first blank.
    const exHeader = prepared.spec.rows.findIndex((r) => r.values[0] === "Action");
    const listed = prepared.spec.rows.slice(exHeader + 1).findIndex((r) => r.values.length === 0 || r.styles?.[0] !== "cell");
    const exceptions = prepared.spec.rows.filter((r) => r.styles?.[4]?.startsWith("band-") && r.styles?.[0] === "cell").length;
    expect(listed).toBe(exceptions);
    expect(exceptions).toBeLessThanOrEqual(MAX_EXCEPTION_ROWS + 12);
    void sheet;
    expect(double.cell(prepared.name, `${columnLetter(1)}${specRow(prepared, "All workstreams")}`).value).toBe("All workstreams");
  });
});
