import { expandRows, scoreEntry, type AnswerKey, type KeyEntry } from "../../scripts/accuracy";
import type { Action, Heading, PlanSheet } from "../../src/plan/model";
import type { Finding } from "../../src/plan/rules";

/** How the accuracy measure counts, on a tiny key whose answers are worked out by hand. */

const KEY: AnswerKey = {
  workbook: "tiny.xlsx",
  cause: "test",
  asOf: "2025-01-31",
  plan: true,
  sheets: [{ sheet: "Plan", headerRow: 1, actionRows: ["2-4"], headingRows: [5], columns: { A: "ref", B: "task", C: null, D: "endDate" } }],
  defects: [
    { rows: [2, 3], ref: "1", rules: ["duplicate-ref"], severity: "error", why: "ref 1 twice" },
    { row: 4, ref: "2", rules: ["update-says-complete", "status-past-end-date"], severity: "error", why: "says complete" },
    { row: 4, ref: "2", rules: ["owner-missing"], severity: "warning", why: "no owner" },
  ],
};
const entry: KeyEntry = { set: "gallery", name: "tiny", file: "tiny.xlsx", key: KEY };

const sheet = (columns: PlanSheet["columns"]): PlanSheet => ({ sheet: "Plan", headerRow: 1, columns, headers: {}, lastRow: 5, dateOrder: "dmy" });
const action = (row: number) => ({ sheet: "Plan", row }) as Action;
const heading = (row: number): Heading => ({ sheet: "Plan", row, level: "workstream", text: "W" });
const finding = (rule: string, row: number, severity: Finding["severity"] = "error") => ({ rule, severity, sheet: "Plan", row, cell: `A${row}`, message: rule });
const plan = (columns: PlanSheet["columns"], rows = [2, 3, 4], headings = [5]) => ({ ok: true as const, plan: { sheets: [sheet(columns)], actions: rows.map(action), headings: headings.map(heading) } });

describe("the accuracy measure", () => {
  it("expands row ranges", () => {
    expect(expandRows(["2-4", 7])).toEqual([2, 3, 4, 7]);
  });

  it("counts a perfect reading as right everywhere", () => {
    const s = scoreEntry(entry, plan({ ref: 1, task: 2, endDate: 4 }), [finding("duplicate-ref", 2), finding("update-says-complete", 4), finding("owner-missing", 4, "warning")]);
    expect(s.layout).toEqual({ right: true, why: [] });
    expect(s.columns).toMatchObject({ right: 4, total: 4 });
    // Two error defects, both found by an error; both error findings fit.
    expect(s.errors).toMatchObject({ labelled: 2, found: 2, findings: 2, correct: 2, falseAlarms: [] });
    expect(s.warnings).toEqual({ labelled: 1, found: 1, unlabelled: 0 });
  });

  it("counts a second error on one defect as a repeat, matching the defect's first rule first", () => {
    // status-past-end-date comes first in the findings, but update-says-complete names the defect.
    const s = scoreEntry(entry, plan({ ref: 1, task: 2, endDate: 4 }), [finding("duplicate-ref", 2), finding("duplicate-ref", 3), finding("status-past-end-date", 4), finding("update-says-complete", 4)]);
    expect(s.errors).toMatchObject({ found: 2, findings: 4, correct: 2 });
    expect(s.errors.falseAlarms).toEqual(["Plan!A3 duplicate-ref (repeat): duplicate-ref", "Plan!A4 status-past-end-date (repeat): status-past-end-date"]);
  });

  it("counts an error whose rule does not fit as a false alarm and the defect as missed", () => {
    const s = scoreEntry(entry, plan({ ref: 1, task: 2, endDate: 4 }), [finding("end-date-invalid", 4)]);
    expect(s.errors).toMatchObject({ labelled: 2, found: 0, findings: 1, correct: 0 });
    expect(s.errors.missed).toHaveLength(2);
  });

  it("wants a null column left unmapped and the key's meaning on each other column", () => {
    // C means nothing but is read as the owner; D's end date is read from C instead.
    const s = scoreEntry(entry, plan({ ref: 1, task: 2, owner: 3, endDate: 3 }), []);
    expect(s.columns.right).toBe(2);
    expect(s.columns.wrong).toEqual(["Plan!C none, read as owner+endDate", "Plan!D endDate, read as none"]);
  });

  it("gets the layout wrong when a heading is read as an action or a heading is missed", () => {
    expect(scoreEntry(entry, plan({ ref: 1, task: 2, endDate: 4 }, [2, 3, 4, 5], []), []).layout.why).toEqual([
      "Plan: rows read as actions that are not: 5",
      "Plan: heading rows [], key [5]",
    ]);
  });

  it("scores a refusal as right only for a workbook that is not a plan", () => {
    const refused = { ok: false as const, message: "no plan" };
    expect(scoreEntry(entry, refused, []).layout.right).toBe(false);
    expect(scoreEntry({ ...entry, key: { ...KEY, plan: false, sheets: [], defects: [] } }, refused, []).layout.right).toBe(true);
  });
});
