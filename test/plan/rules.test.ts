import { readPlan } from "../../src/plan/read-plan";
import { RULES } from "../../src/plan/rules";
import { validatePlan } from "../../src/plan/validate";
import type { Plan } from "../../src/plan/model";
import { buildSheet, buildWorkbook, type BuiltCell } from "../support/snapshot-builder";

const HEADER = ["Ref No", "Task/Action", "Role", "End Date", "Update on Progress with Actions", "Status", "RAG"];
const AS_OF = "2015-06-08";

function plan(rows: BuiltCell[][], glossary?: string[][]): Plan {
  const sheets = [buildSheet("Action Plan", [HEADER, ...rows])];
  if (glossary) sheets.push(buildSheet("Glossary", [["Initials", "Full Name", "Role"], ...glossary]));
  const result = readPlan(buildWorkbook(...sheets));
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}

function rulesFired(rows: BuiltCell[][], glossary?: string[][]): string[] {
  return validatePlan(plan(rows, glossary), AS_OF).findings.map((f) => `${f.rule}:${f.ref}`);
}

/** A tidy action: owner, future end date, fresh dated update, in progress, rated Green. */
function row(ref: string, overrides: Partial<Record<"owner" | "end" | "update" | "status" | "rag", string>> = {}): BuiltCell[] {
  return [ref, `Action ${ref}`, overrides.owner ?? "Service Manager", overrides.end ?? "30/09/2015", overrides.update ?? "01.06.15 KJ: Workshop held.", overrides.status ?? "In Progress (on track)", overrides.rag ?? "Green"];
}

describe("validation rules: a tidy action raises nothing", () => {
  it("gives no finding for a well-kept row", () => {
    expect(rulesFired([row("1")], [["KJ", "Kate", "Service Manager"]])).toEqual([]);
  });
  it("never flags an action completed before its end date", () => {
    expect(rulesFired([row("1", { status: "Complete", rag: "Blue", update: "01.06.15 KJ: This has been completed." })])).toEqual([]);
  });
});

describe.each<[string, BuiltCell[][], string[], string[]?]>([
  ["overdue", [row("1", { end: "31/05/2015", status: "In Progress (Overdue)", rag: "Red" })], ["overdue:1"]],
  ["status-past-end-date", [row("1", { end: "31/05/2015", rag: "Red" }), row("2", { end: "31/05/2015", status: "Not Started", rag: "Red" })], ["status-past-end-date:1", "status-past-end-date:2"]],
  ["overdue-status-not-due", [row("1", { status: "In Progress (Overdue)", rag: "Red" })], ["overdue-status-not-due:1"]],
  ["update-says-complete", [row("1", { update: "27.05.15 KJ: This has been completed." })], ["update-says-complete:1"]],
  ["not-started-with-progress", [row("1", { status: "Not Started", rag: "" })], ["not-started-with-progress:1"]],
  ["parent-complete-children-open", [row("5", { status: "Complete", rag: "Blue" }), row("5A")], ["parent-complete-children-open:5"]],
  ["sub-action-ends-after-parent", [row("5"), row("5A", { end: "31/10/2015" })], ["sub-action-ends-after-parent:5A"]],
  // One clash, one finding: rows 2, 3 and 4 all use 7; the finding is on row 3, the first repeat.
  ["duplicate-ref", [row("7"), row("7"), row("7")], ["duplicate-ref:7"]],
  ["missing-ref", [row("")], ["missing-ref:null"]],
  ["owner-missing", [row("1", { owner: "TBC" }), row("2", { owner: "" })], ["owner-missing:1", "owner-missing:2"]],
  ["end-date-tbc", [row("1", { end: "TBC", rag: "Amber" })], ["end-date-tbc:1"]],
  ["end-date-missing", [row("1", { end: "", rag: "Amber" })], ["end-date-missing:1"]],
  ["end-date-invalid", [row("1", { end: "LSCB Chair", rag: "Amber" }), row("2", { end: "31/02/2015", rag: "Amber" })], ["end-date-invalid:1", "end-date-invalid:2"]],
  ["two-digit-year", [row("1", { end: "30/09/15" })], ["two-digit-year:1"]],
  ["status-blank", [row("1", { status: "", rag: "" })], ["status-blank:1"]],
  ["status-unknown", [row("1", { status: "Waiting for Godot", rag: "" })], ["status-unknown:1"]],
  ["rag-disagrees", [row("1", { end: "31/05/2015", status: "In Progress (Overdue)", rag: "Green" })], ["rag-disagrees:1"]],
  ["update-undated", [row("1", { update: "TVP are currently recruiting x2 posts. 01.06.15 KJ: Interviews held." })], ["update-undated:1"]],
  ["update-no-initials", [row("1", { update: "01.06.2015 - Tasks are on track" })], ["update-no-initials:1"]],
  ["unknown-initials", [row("1", { update: "01.06.15 ZZ: Workshop held." })], ["unknown-initials:1"], ["with a glossary"]],
  ["update-in-future", [row("1", { update: "01.06.15 KJ: Held. 12.06.15 KJ: Typed ahead." })], ["update-in-future:1"]],
  ["updates-out-of-order", [row("1", { update: "03.06.15 KJ: Second. 01.06.15 KJ: First." })], ["updates-out-of-order:1"]],
  ["update-stale", [row("1", { update: "01.04.15 KJ: Old news." }), row("2", { update: "" })], ["update-stale:1", "update-stale:2"]],
])("rule %s", (rule, rows, expected, flags) => {
  it("fires where it should", () => {
    const glossary = flags ? [["KJ", "Kate", "Service Manager"]] : undefined;
    expect(rulesFired(rows, glossary).filter((r) => r.startsWith(`${rule}:`))).toEqual(expected);
  });
});

describe("rule details", () => {
  it("does not report unknown initials when the plan has no glossary", () => {
    expect(rulesFired([row("1", { update: "01.06.15 ZZ: Workshop held." })])).not.toContainEqual(expect.stringMatching(/^unknown-initials/));
  });

  it("proposes fixes in the plan's own wording", () => {
    const p = plan([row("1", { end: "31/05/2015", rag: "R" }), row("2", { status: "In Progress (Overdue)", rag: "Red" }), row("3", { status: "Complete", rag: "Blue" })]);
    const fixes = validatePlan(p, AS_OF).findings.filter((f) => f.fix).map((f) => [f.rule, f.fix!.cell, f.fix!.value]);
    expect(fixes).toEqual([
      ["status-past-end-date", "F2", "In Progress (Overdue)"],
      ["overdue-status-not-due", "F3", "In Progress (on track)"],
    ]);
  });

  it("writes messages from the row's own values", () => {
    const [finding] = validatePlan(plan([row("48", { end: "31/05/2015", rag: "Red" })]), AS_OF).findings;
    expect(finding).toMatchObject({
      rule: "status-past-end-date",
      cell: "F2",
      row: 2,
      message: "End date 31/05/2015 passed 8 days before 08/06/2015, but status is 'In Progress (on track)'.",
    });
  });

  it("has a unique id, a title and a description for every rule", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) expect(rule.title.length * rule.description.length).toBeGreaterThan(0);
  });
});
