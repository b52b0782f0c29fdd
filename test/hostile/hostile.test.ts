/**
 * Hostile workbooks: whatever a plan holds, the add-in gives a correct result or a clear message
 * naming the sheet and cell, never crashes or hangs, and every write is all or nothing. Each case
 * records what was observed; the README's Reliability section is generated from these records
 * (run with UPDATE_GOLDEN=1 to rewrite it after a reviewed change).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { appendUpdate, DEFAULT_UPDATE_STYLE } from "../../src/plan/append-update";
import { ConflictError, WorkbookReadError } from "../../src/plan/port";
import { readPlan } from "../../src/plan/read-plan";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { validatePlan } from "../../src/plan/validate";
import { prepareUpdate } from "../../src/plan/prepare-update";
import { OfficeWorkbook } from "../../src/excel/office-workbook";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { createExcelDouble } from "../excel-double";
import { buildXlsx, worksheet, type SyntheticWorkbook } from "../xlsx/build-package";
import { planRows, sheetData, type HostileCell } from "./sheet-xml";

const observed: [string, string][] = [];
const record = (name: string, behaviour: string) => observed.push([name, behaviour]);

async function open(spec: SyntheticWorkbook | Uint8Array): Promise<{ workbook: XlsxWorkbook; snapshot: WorkbookSnapshot }> {
  const bytes = spec instanceof Uint8Array ? spec : await buildXlsx(spec);
  const workbook = await XlsxWorkbook.fromBytes(bytes, "hostile.xlsx");
  return { workbook, snapshot: await workbook.readSnapshot() };
}

/** Reads through both adapters (file, and Office.js over the double) and checks they agree. */
async function readBoth(spec: SyntheticWorkbook) {
  const { snapshot, workbook } = await open(spec);
  const fromFile = readPlan(snapshot);
  const double = createExcelDouble(snapshot);
  const fromOffice = readPlan(await new OfficeWorkbook(double.run, double.supports).readSnapshot());
  const strip = (r: ReturnType<typeof readPlan>) => (r.ok ? r.plan.actions.map((a) => [a.ref, a.row, a.status.raw, a.endDate.kind]) : r.message);
  expect(strip(fromOffice)).toEqual(strip(fromFile));
  return { result: fromFile, snapshot, workbook };
}

const oneSheet = (rows: HostileCell[][], extra: Partial<SyntheticWorkbook["sheets"][0]> = {}): SyntheticWorkbook => ({
  sheets: [{ name: "Action Plan", body: sheetData(rows), ...extra }],
});

describe("hostile workbooks", () => {
  it("an empty workbook", async () => {
    const { result } = await readBoth({ sheets: [{ name: "Sheet1", body: "" }] });
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/The workbook is empty/) });
    record("Empty workbook", "Refused: \"The workbook is empty: no sheet holds any cells, so there is no action plan to read.\"");
  });

  it("a sheet with only a title", async () => {
    const { result } = await readBoth(oneSheet([["Children's Services Improvement Plan"]]));
    expect(result.ok).toBe(false);
    record("A sheet with only a title", "Refused: no action plan table found; the message names the sheets looked at and what a header needs.");
  });

  it("a header with no rows", async () => {
    const { result } = await readBoth(oneSheet(planRows(0)));
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.actions).toHaveLength(0);
    expect(result.plan.reasons).toContain("The header was found but no action rows follow it.");
    record("A header with no action rows", "Read as a plan with 0 actions; the reasons say \"The header was found but no action rows follow it.\"");
  });

  it("merged cells across action rows", async () => {
    // Excel keeps a merged area's value in its first cell only.
    const rows = planRows(3, (r, i) => (i === 0 ? r : [r[0], r[1], null, r[3], r[4], r[5]]));
    const { result } = await readBoth(oneSheet(rows, { body: worksheet(sheetData(rows), `<mergeCells count="1"><mergeCell ref="C2:C4"/></mergeCells>`) }));
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.actions.map((a) => a.ownerText)).toEqual(["Service Manager", "", ""]);
    const owners = validatePlan(result.plan, "2015-06-08").findings.filter((f) => f.rule === "owner-missing").map((f) => f.cell);
    expect(owners).toEqual(["C3", "C4"]);
    record("Owner cells merged down across action rows", "Every row is read; Excel keeps a merged value in its first cell only, so the rows below are reported as having no owner (C3, C4) rather than guessed.");
  });

  it("hidden rows and columns, and an active filter", async () => {
    const rows = planRows(4);
    const body = worksheet(
      sheetData(rows).replace('<row r="3">', '<row r="3" hidden="1">'),
      `<autoFilter ref="A1:F5"><filterColumn colId="5"><filters><filter val="Done"/></filters></filterColumn></autoFilter>`,
      `<cols><col min="5" max="5" hidden="1" width="9"/></cols>`,
    );
    const { result, snapshot } = await readBoth(oneSheet(rows, { body }));
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.actions).toHaveLength(4);
    expect(snapshot.sheets[0].hiddenRows).toEqual([3]);
    expect(snapshot.sheets[0].hiddenColumns).toEqual([5]);
    record("Hidden rows and columns; an active filter", "Every action is read, hidden or filtered out or not (the plan is the whole table, not the current view).");
  });

  it("error values and formulas in status or end date", async () => {
    const rows = planRows(3, (r, i) =>
      i === 0 ? [r[0], r[1], r[2], { xml: ` t="e"><v>#REF!</v>` }, r[4], { xml: ` t="e"><v>#N/A</v>` }] : i === 1 ? [r[0], r[1], r[2], { xml: `><f>DATE(2015,6,30)</f><v>42185</v>` }, r[4], { xml: ` t="str"><f>IF(1,"Complete","")</f><v>Complete</v>` }] : r,
    );
    const { result } = await readBoth(oneSheet(rows));
    if (!result.ok) throw new Error(result.message);
    const [a1, a2] = result.plan.actions;
    expect(a1.endDate).toMatchObject({ kind: "invalid", text: "#REF!" });
    expect(a1.status).toMatchObject({ raw: "#N/A", canonical: "unknown" });
    expect(a2.status.canonical).toBe("complete");
    const findings = validatePlan(result.plan, "2015-06-08").findings.filter((f) => f.ref === "A1").map((f) => `${f.rule}@${f.cell}`);
    expect(findings).toEqual(expect.arrayContaining(["end-date-invalid@D2", "status-unknown@F2"]));
    record("Error values (#REF!, #N/A) in end date or status", "Findings at the cell: \"End date '#REF!' is not a date\" (D2), \"Status '#N/A' is not a status…\" (F2).");
    record("Formulas in status or end date", "Their calculated values are read (a DATE() end date, an IF() status), as Excel shows them.");
  });

  it("refs stored as numbers and as text", async () => {
    const rows = planRows(2, (r, i) => [i === 0 ? 81 : "81", ...r.slice(1)]);
    const { result } = await readBoth(oneSheet(rows));
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.actions.map((a) => a.ref)).toEqual(["81", "81"]);
    // One finding per clash (on the row that repeats the ref), naming both rows.
    expect(validatePlan(result.plan, "2015-06-08").findings.filter((f) => f.rule === "duplicate-ref").map((f) => f.message)).toEqual(["Ref 81 is used on rows 2 and 3."]);
    record("Refs stored as numbers (81) and as text (\"81\")", "Both read as ref 81, so the duplicate is found.");
  });

  it("an update cell of 32,767 characters", async () => {
    const full = "x".repeat(32767);
    const rows = planRows(1, (r) => [r[0], r[1], r[2], r[3], full, r[5]]);
    const { result } = await readBoth(oneSheet(rows));
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.actions[0].updateText).toHaveLength(32767);
    expect(appendUpdate(full, { date: "2015-06-10", initials: "KJ", text: "more" }, DEFAULT_UPDATE_STYLE)).toEqual({ ok: false, reason: expect.stringMatching(/over Excel's limit of 32767/) });
    record("An update cell already holding 32,767 characters", "Read whole; appending is refused with the reason (the cell would pass Excel's 32,767-character limit); nothing is truncated.");
  });

  it("Unicode, right-to-left text and emoji", async () => {
    const rows = planRows(1, (r) => [r[0], "تحسين الخدمات 🚀 Zoë’s plan", "Ms Ó Súilleabháin", r[3], "01.06.15 KJ: ✅ done 🎉", r[5]]);
    const { result, snapshot, workbook } = await readBoth(oneSheet(rows));
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.actions[0].task).toBe("تحسين الخدمات 🚀 Zoë’s plan");
    const prepared = prepareUpdate(result.plan, snapshot, { target: { ref: "A1" }, initials: "KJ", text: "שלום 👋", date: "2015-06-10", timestamp: "2015-06-10 09:00" });
    if (!prepared.ok) throw new Error(prepared.reason);
    await workbook.apply(prepared.changes);
    const after = readPlan(await workbook.readSnapshot());
    expect(after.ok && after.plan.actions[0].updateText).toBe("01.06.15 KJ: ✅ done 🎉\n10.06.15 KJ: שלום 👋");
    record("Unicode, right-to-left text and emoji", "Read and written back unchanged, emoji and Hebrew/Arabic included.");
  });

  it("50,000 rows", async () => {
    const rows = planRows(50000);
    const { result } = await readBoth(oneSheet(rows));
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.actions).toHaveLength(50000);
    record("50,000 action rows", "All 50,000 actions read through both adapters (no time limit is asserted; see Performance).");
  }, 120000);

  it("two candidate tables", async () => {
    const small = [["Ref", "Action", "Status"], ["1", "x", "Open"]];
    const wb: SyntheticWorkbook = {
      sheets: [
        { name: "Risks", body: sheetData(small) },
        { name: "Action Plan", body: sheetData(planRows(3)) },
      ],
    };
    const { result } = await readBoth(wb);
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.sheets.map((s) => s.sheet)).toEqual(["Action Plan"]);
    expect(result.plan.reasons.join(" ")).toMatch(/Skipped "Risks" \(a table with other columns, header row 1\)/);
    record("Two candidate tables", "The table naming more plan columns is read; the other is skipped and the reasons say so.");
  });

  it("a protected sheet refuses writes, writing nothing", async () => {
    const rows = planRows(1);
    const body = worksheet(sheetData(rows), `<sheetProtection sheet="1" objects="1" scenarios="1"/>`);
    const { result, snapshot, workbook } = await open({ sheets: [{ name: "Action Plan", body }] }).then(async (o) => ({ ...o, result: readPlan(o.snapshot) }));
    if (!result.ok) throw new Error(result.message);
    const before = await workbook.toBytes();
    const prepared = prepareUpdate(result.plan, snapshot, { target: { ref: "A1" }, initials: "KJ", text: "x", date: "2015-06-10", timestamp: "t" });
    if (!prepared.ok) throw new Error(prepared.reason);
    const error = await workbook.apply(prepared.changes).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/protected/i);
    expect(await workbook.toBytes()).toEqual(before);
    record("A protected sheet", `Writes refused before anything changes: "${(error as Error).message}"`);
  });

  it("a chart sheet", async () => {
    const { snapshot } = await open({
      sheets: [
        { name: "Chart1", body: `<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`, kind: "chartsheet" },
        { name: "Action Plan", body: sheetData(planRows(2)) },
      ],
    });
    expect(snapshot.chartSheets).toEqual(["Chart1"]);
    const result = readPlan(snapshot);
    expect(result.ok && result.plan.actions).toHaveLength(2);
    const onlyChart = await open({ sheets: [{ name: "Chart1", body: `<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`, kind: "chartsheet" }] });
    const none = readPlan(onlyChart.snapshot);
    expect(none).toEqual({ ok: false, message: expect.stringMatching(/"Chart1" \(chart sheet\)/) });
    record("A chart sheet", "Listed and skipped; a workbook holding only a chart sheet is refused with a message naming it.");
  });

  it("Excel serials 60 and 61 (the 1900 leap-year quirk)", async () => {
    const styles = `<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`;
    const rows = planRows(2, (r, i) => [r[0], r[1], r[2], { xml: ` s="1"><v>${60 + i}</v>` }, r[4], r[5]]);
    const { result } = await readBoth({ ...oneSheet(rows), styles });
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.actions[0].endDate.kind).toBe("invalid");
    expect(result.plan.actions[1].endDate).toMatchObject({ kind: "date", date: "1900-03-01" });
    record("Excel serials 60 and 61", "61 is 01/03/1900; 60 (Excel's 29/02/1900, a day that never existed) is reported as not a real date.");
  });

  it.each([
    ["A file that is not a zip", new TextEncoder().encode("Ref,Action\n1,x\n")],
    ["A password-protected (encrypted) file", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)])],
  ])("%s", async (name, bytes) => {
    const error = await XlsxWorkbook.fromBytes(bytes, "plan.xlsx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookReadError);
    record(name, `Refused, nothing written: "${(error as Error).message}"`);
  });

  it("a binary workbook (.xlsb)", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/></Relationships>`);
    zip.file("xl/workbook.bin", "binary");
    const xlsb = await XlsxWorkbook.fromBytes(await zip.generateAsync({ type: "uint8array" }), "plan.xlsb").catch((e: unknown) => e);
    expect(xlsb).toBeInstanceOf(WorkbookReadError);
    record("A binary workbook (.xlsb)", `Refused: "${(xlsb as Error).message}"`);
  });

  it("a Strict Open XML workbook", async () => {
    // The same plan with every part moved to Strict's namespaces and relationship types.
    const zip = await JSZip.loadAsync(await buildXlsx(oneSheet(planRows(2))));
    for (const name of Object.keys(zip.files).filter((n) => /\.(xml|rels)$/.test(n))) {
      const text = await zip.file(name)!.async("string");
      zip.file(
        name,
        text
          .split("http://schemas.openxmlformats.org/spreadsheetml/2006/main").join("http://purl.oclc.org/ooxml/spreadsheetml/main")
          .split("http://schemas.openxmlformats.org/officeDocument/2006/relationships").join("http://purl.oclc.org/ooxml/officeDocument/relationships"),
      );
    }
    const { workbook, snapshot } = await open(await zip.generateAsync({ type: "uint8array" }));
    const result = readPlan(snapshot);
    if (!result.ok) throw new Error(result.message);
    expect(result.plan.actions).toHaveLength(2);
    const update = prepareUpdate(result.plan, snapshot, { target: { ref: "A1" }, initials: "KJ", text: "mine", date: "2015-06-10", timestamp: "t" });
    if (!update.ok) throw new Error(update.reason);
    const error = await workbook.apply(update.changes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    record("A Strict Open XML workbook", `Read like any workbook (both actions); a change is refused, nothing written: "${(error as Error).message}"`);
  });

  it("a co-author's edit between reading and writing", async () => {
    const { result, snapshot, workbook } = await readBoth(oneSheet(planRows(1)));
    if (!result.ok) throw new Error(result.message);
    const first = prepareUpdate(result.plan, snapshot, { target: { ref: "A1" }, initials: "KJ", text: "mine", date: "2015-06-10", timestamp: "t" });
    const second = prepareUpdate(result.plan, snapshot, { target: { ref: "A1" }, initials: "SS", text: "theirs", date: "2015-06-10", timestamp: "t" });
    if (!first.ok || !second.ok) throw new Error("not prepared");
    await workbook.apply(first.changes);
    const error = await workbook.apply(second.changes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    record("A co-author changes the update cell first", "The second write is refused whole (update, status and log); the message shows the cell's new text.");
  });

  afterAll(() => {
    // Only a full run may regenerate or check the table (not a run filtered with -t).
    if (observed.length < 20) return;
    const table = ["| Hostile case | Observed behaviour |", "| --- | --- |", ...observed.map(([c, b]) => `| ${c} | ${b.replace(/\|/g, "\\|").replace(/\n/g, " ")} |`)].join("\n");
    const readme = path.resolve(__dirname, "../../README.md");
    const text = readFileSync(readme, "utf8");
    const section = /(<!-- reliability:start -->)[\s\S]*?(<!-- reliability:end -->)/;
    const updated = text.replace(section, `$1\n${table}\n$2`);
    if (process.env.UPDATE_GOLDEN === "1") writeFileSync(readme, updated);
    else expect(text).toBe(updated);
  });
});
