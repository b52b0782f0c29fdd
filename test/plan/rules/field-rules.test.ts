/*
 * The rules on a row's ref, owner, end date, RAG and sub-actions, one by one: when each fires, when
 * it does not, and its message in the row's own words, worked out by hand. As-of date: Monday
 * 8 June 2015. Columns A-G: ref, action, owner (Role), end date, update, status, RAG; the header is
 * row 1, so the first action is row 2.
 */
import type { Plan } from "../../../src/plan/model";
import { readPlan } from "../../../src/plan/read-plan";
import type { Rule } from "../../../src/plan/rules";
import { duplicateRef } from "../../../src/plan/rules/duplicate-ref";
import { endDateInvalid } from "../../../src/plan/rules/end-date-invalid";
import { endDateMissing } from "../../../src/plan/rules/end-date-missing";
import { endDateTbc } from "../../../src/plan/rules/end-date-tbc";
import { missingRef } from "../../../src/plan/rules/missing-ref";
import { ownerMissing } from "../../../src/plan/rules/owner-missing";
import { parentCompleteChildrenOpen } from "../../../src/plan/rules/parent-complete-children-open";
import { ragDisagrees } from "../../../src/plan/rules/rag-disagrees";
import { subActionEndsAfterParent } from "../../../src/plan/rules/sub-action-ends-after-parent";
import { twoDigitYear } from "../../../src/plan/rules/two-digit-year";
import { validatePlan } from "../../../src/plan/validate";
import { buildSheet, buildWorkbook, type BuiltCell } from "../../support/snapshot-builder";

const AS_OF = "2015-06-08";
const HEADER = ["Ref No", "Task/Action", "Role", "End Date", "Update on Progress with Actions", "Status", "RAG"];

type Field = "ref" | "task" | "owner" | "end" | "update" | "status" | "rag";

/** A tidy row (owner, end date 30/09/2015 ahead, fresh update, on track, Green) with some cells changed. */
function row(ref: BuiltCell, change: Partial<Record<Field, BuiltCell>> = {}): Record<Field, BuiltCell> {
  return { ref, task: `Action ${ref}`, owner: "Service Manager", end: "30/09/2015", update: "01.06.15 KJ: Workshop held.", status: "In Progress (on track)", rag: "Green", ...change };
}

const ORDER: Field[] = ["ref", "task", "owner", "end", "update", "status", "rag"];

/** The plan read from the rows; `drop` leaves out the named columns (header and cells). */
function plan(rows: Record<Field, BuiltCell>[], drop: Field[] = []): Plan {
  const keep = ORDER.map((f, i) => (drop.includes(f) ? -1 : i)).filter((i) => i >= 0);
  const table = [HEADER, ...rows.map((r) => ORDER.map((f) => r[f]))].map((cells) => keep.map((i) => cells[i]));
  const result = readPlan(buildWorkbook(buildSheet("Action Plan", table)));
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

/** One rule's findings: row, cell, message and proposed value. */
function findings(rule: Rule, p: Plan) {
  return validatePlan(p, AS_OF, {}, [rule]).findings.map((f) => ({ row: f.row, cell: f.cell, message: f.message, fix: f.fix?.value }));
}

describe("duplicate-ref", () => {
  it("reports a clash once, on the first repeat, naming every row", () => {
    // Rows 2, 3 and 4 all use 7: the finding is on row 3 (A3); row 5's 8 is used once.
    expect(findings(duplicateRef, plan([row("7"), row("7"), row("7"), row("8")]))).toEqual([{ row: 3, cell: "A3", message: "Ref 7 is used on rows 2, 3 and 4.", fix: undefined }]);
  });

  it("counts a ref used twice, compared without regard to case, in the first row's spelling", () => {
    expect(findings(duplicateRef, plan([row("9a"), row("9A")])).map((f) => [f.row, f.message])).toEqual([[3, "Ref 9a is used on rows 2 and 3."]]);
  });
});

describe("missing-ref", () => {
  it("names the action by its first 60 characters", () => {
    // 26 letters + 26 letters + "0123456789" = 62 characters; the message keeps the first 60 (up to "7").
    const task = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    expect(findings(missingRef, plan([row("", { task })]))).toEqual([{ row: 2, cell: "A2", message: 'The action "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ01234567" has no ref.', fix: undefined }]);
  });

  it("says nothing of a row with a ref, or of a plan with no ref column", () => {
    expect(findings(missingRef, plan([row("1")]))).toEqual([]);
    expect(findings(missingRef, plan([row("", { task: "Review the policy" })], ["ref"]))).toEqual([]);
  });
});

describe("owner-missing", () => {
  it("quotes an owner that names nobody, and says so of a blank one, on the owner cell", () => {
    expect(findings(ownerMissing, plan([row("1", { owner: "TBC" }), row("2", { owner: "" }), row("3")]))).toEqual([
      { row: 2, cell: "C2", message: "Owner is 'TBC': nobody is named.", fix: undefined },
      { row: 3, cell: "C3", message: "No owner is named.", fix: undefined },
    ]);
  });

  it("says nothing in a plan with no owner column", () => {
    expect(findings(ownerMissing, plan([row("1")], ["owner"]))).toEqual([]);
  });
});

describe("end-date-tbc", () => {
  it("quotes the TBC end date of an open action, on the end date cell", () => {
    expect(findings(endDateTbc, plan([row("1", { end: "TBC" })]))).toEqual([{ row: 2, cell: "D2", message: "End date is 'TBC'.", fix: undefined }]);
  });

  it("leaves a standing end date, a complete action and a real date alone", () => {
    expect(findings(endDateTbc, plan([row("1", { end: "Ongoing" }), row("2", { end: "TBC", status: "Complete", rag: "Blue" }), row("3")]))).toEqual([]);
  });
});

describe("end-date-missing", () => {
  it("reports a blank end date on an open action", () => {
    expect(findings(endDateMissing, plan([row("1", { end: "" })]))).toEqual([{ row: 2, cell: "D2", message: "End date is blank.", fix: undefined }]);
  });

  it("leaves a complete action, a dated one and a plan with no end date column alone", () => {
    expect(findings(endDateMissing, plan([row("1", { end: "", status: "Complete", rag: "Blue" }), row("2")]))).toEqual([]);
    expect(findings(endDateMissing, plan([row("1")], ["end"]))).toEqual([]);
  });
});

describe("end-date-invalid", () => {
  it("says text is not a date, and gives the reason for an impossible date", () => {
    // 31/02/2015: February 2015 has 28 days.
    expect(findings(endDateInvalid, plan([row("1", { end: "LSCB Chair" }), row("2", { end: "31/02/2015" }), row("3")]))).toEqual([
      { row: 2, cell: "D2", message: "End date 'LSCB Chair' is not a date.", fix: undefined },
      { row: 3, cell: "D3", message: "End date '31/02/2015' is not a date: 31/02/2015 is not a real date.", fix: undefined },
    ]);
  });

  it("gives the reason for a number that is not a date serial", () => {
    // A bare 3 in a column of typed dates: the reader's reason is "not a date: the cell holds the
    // number 3", which is more than "not a date", so what follows its "not a date:" is given, once.
    expect(findings(endDateInvalid, plan([row("1", { end: { value: 3, text: "3" } })])).map((f) => f.message)).toEqual(["End date '3' is not a date: the cell holds the number 3."]);
  });
});

describe("two-digit-year", () => {
  it("says which year a two-digit year was read as", () => {
    expect(findings(twoDigitYear, plan([row("1", { end: "30/09/15" }), row("2")]))).toEqual([{ row: 2, cell: "D2", message: "End date '30/09/15' has a two-digit year; read as 2015.", fix: undefined }]);
  });
});

describe("rag-disagrees", () => {
  it("gives the rules' rating and reason, and proposes it in the column's style", () => {
    // Both are past 31/05/2015 (8 days before 08/06/2015) and not complete: the rules give Red.
    // Row 2 writes colours in full ("Green"), row 3 as a letter ("G").
    const [full, letter] = findings(ragDisagrees, plan([row("1", { end: "31/05/2015", status: "In Progress (Overdue)" }), row("2", { end: "31/05/2015", status: "In Progress (Overdue)", rag: "G" })]));
    expect(full).toMatchObject({ row: 2, cell: "G2", fix: "Red" });
    expect(full.message).toMatch(/^RAG is Green but the rules give Red: \S/);
    expect(letter).toMatchObject({ row: 3, cell: "G3", fix: "R" });
    expect(letter.message).toBe(full.message);
  });

  it("leaves a rating that agrees, a blank RAG and an action the rules do not rate", () => {
    // Row 2: on track, end date ahead: Green, as written. Row 3: no RAG. Row 4: cancelled, not rated (grey).
    expect(findings(ragDisagrees, plan([row("1"), row("2", { rag: "" }), row("3", { status: "Cancelled" })]))).toEqual([]);
  });
});

describe("parent-complete-children-open", () => {
  it("names the one open sub-action and its status", () => {
    expect(findings(parentCompleteChildrenOpen, plan([row("5", { status: "Complete", rag: "Blue" }), row("5A")]))).toEqual([
      { row: 2, cell: "F2", message: "Status is 'Complete' but sub-action 5A ('In Progress (on track)') is still open.", fix: undefined },
    ]);
  });

  it("names several open sub-actions, a blank status as blank, and leaves closed ones out", () => {
    const p = plan([row("5", { status: "Complete", rag: "Blue" }), row("5A", { status: "", rag: "" }), row("5B", { status: "Complete", rag: "Blue" }), row("5C", { status: "Not Started" })]);
    expect(findings(parentCompleteChildrenOpen, p).map((f) => f.message)).toEqual(["Status is 'Complete' but sub-actions 5A ('blank'), 5C ('Not Started') are still open."]);
  });

  it("judges each sub-action against its own parent: the nearest row above with the parent ref", () => {
    // Ref 5 is used twice: row 2 (complete) and row 3 (open). 5A on row 4 belongs to row 3, so row 2 has no open sub-action.
    expect(findings(parentCompleteChildrenOpen, plan([row("5", { status: "Complete", rag: "Blue" }), row("5"), row("5A")]))).toEqual([]);
  });

  it("finds the sub-actions of a ref with letters in it, however either is cased", () => {
    // d1 is the parent of D1a (D1a less its trailing letter is D1, and refs are compared without case).
    expect(findings(parentCompleteChildrenOpen, plan([row("d1", { status: "Complete", rag: "Blue" }), row("D1a")])).map((f) => f.message)).toEqual([
      "Status is 'Complete' but sub-action D1a ('In Progress (on track)') is still open.",
    ]);
  });

  it("leaves an open parent, and a complete action with no ref, alone", () => {
    expect(findings(parentCompleteChildrenOpen, plan([row("5"), row("5A"), row("", { status: "Complete", rag: "Blue" })]))).toEqual([]);
  });
});

describe("sub-action-ends-after-parent", () => {
  it("names the parent and both end dates", () => {
    // 31/10/2015 is a month after the parent's 30/09/2015.
    expect(findings(subActionEndsAfterParent, plan([row("5"), row("5A", { end: "31/10/2015" })]))).toEqual([
      { row: 3, cell: "D3", message: "End date 31/10/2015 is after the end date of its parent action 5 (30/09/2015).", fix: undefined },
    ]);
  });

  it("allows a sub-action ending with or before its parent, and skips end dates that are not dates", () => {
    const p = plan([row("5"), row("5A"), row("5B", { end: "31/08/2015" }), row("5C", { end: "TBC" }), row("6", { end: "TBC" }), row("6A", { end: "31/10/2015" }), row("7A", { end: "31/10/2015" })]);
    expect(findings(subActionEndsAfterParent, p)).toEqual([]);
  });
});
