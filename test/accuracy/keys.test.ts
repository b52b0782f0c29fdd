import ExcelJS from "exceljs";
import { existsSync } from "node:fs";
import { columnNumber, expandRows, loadEntries } from "../../scripts/accuracy";
import { RULES } from "../../src/plan/rules";

/**
 * The answer keys are hand-written; this holds each one to the workbook it describes (read with
 * ExcelJS, which may read), so a typo in a key cannot pass for a reader's mistake. It checks the
 * key's shape only, never the tool's reading.
 */

/** Meanings the core has today (model.ts ColumnRole) and the optional ones issue 10 adds (cause 11). */
const MEANINGS = ["ref", "task", "owner", "endDate", "update", "successMeasures", "status", "rag", "workstream", "priority", "startDate", "percentComplete", "completedDate", "lateFlag"];
/** Every rule a key names must be one src/plan/rules has (issue 10's completion rules, causes 11 and 12, included). */
const RULE_IDS = new Set(RULES.map((r) => r.id));

const entries = loadEntries();

function text(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && "richText" in value) return value.richText.map((r) => r.text).join("");
  return String(value).trim();
}

describe("layout gallery answer keys", () => {
  it("cover at least 16 workbooks, one per cause and producer", () => {
    expect(entries.filter((e) => e.set === "gallery").length).toBeGreaterThanOrEqual(16);
  });

  it.each(entries.map((e) => [e.name, e] as const))("%s: the key matches its workbook", async (_name, entry) => {
    expect(existsSync(entry.file)).toBe(true);
    const { key } = entry;
    expect(key.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (!key.plan) {
      expect(key.refusal).toBeTruthy();
      expect(key.sheets).toEqual([]);
      return;
    }
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(entry.file);
    const actionRowsBySheet = new Map<string, number[]>();
    for (const s of key.sheets) {
      const ws = wb.getWorksheet(s.sheet);
      expect(ws).toBeDefined();
      for (const [letter, meaning] of Object.entries(s.columns)) {
        // Every listed column has a header cell; every meaning is one the core knows or issue 10 adds.
        expect([letter, text(ws!.getCell(s.headerRow, columnNumber(letter)).value)]).not.toEqual([letter, ""]);
        if (meaning !== null) expect(MEANINGS).toContain(meaning);
      }
      const rows = expandRows(s.actionRows);
      actionRowsBySheet.set(s.sheet, rows);
      const taskLetter = Object.entries(s.columns).find(([, m]) => m === "task")![0];
      for (const r of rows) {
        // An action row has its task written, and is below the header.
        expect(r).toBeGreaterThan(s.headerRow);
        expect([r, text(ws!.getCell(r, columnNumber(taskLetter)).value)]).not.toEqual([r, ""]);
      }
      for (const r of s.headingRows ?? []) expect(rows).not.toContain(r);
    }
    for (const d of key.defects) {
      const sheet = d.sheet ?? key.sheets[0].sheet;
      const rows = d.rows ?? [d.row!];
      for (const r of rows) expect(actionRowsBySheet.get(sheet)).toContain(r);
      for (const rule of d.rules) expect(RULE_IDS).toContain(rule);
      expect(["error", "warning", "info"]).toContain(d.severity);
      expect(d.why.length).toBeGreaterThan(10);
    }
  });
});
