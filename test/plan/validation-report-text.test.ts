import type { Finding } from "../../src/plan/rules";
import { reportAsMarkdown, reportAsText, verdict } from "../../src/plan/validation-report-text";

const finding = (rule: string, severity: Finding["severity"], cell: string, message: string, extra: Partial<Finding> = {}): Finding => ({
  rule,
  severity,
  sheet: "Plan",
  row: Number(cell.replace(/^[A-Z]+/, "")),
  cell,
  ref: null,
  message,
  ...extra,
});

describe("the validation report as text", () => {
  // Given out of order on purpose (a report read back from JSON need not be sorted): a warning,
  // a note, an error, then a second warning of the first rule.
  const report = {
    asOf: "2015-06-08",
    findings: [
      finding("overdue", "warning", "E5", "End date 30/04/2015 passed 39 days before 08/06/2015.", { ref: "2" }),
      finding("not-started-with-progress", "info", "G7", "Status is 'Not started' but the update log has 1 dated entry."),
      finding("status-past-end-date", "error", "G5", "End date passed, but status is 'On track'.", { ref: "2", fix: { cell: "G5", value: "Overdue" } }),
      finding("overdue", "warning", "E9", "End date 31/05/2015 passed 8 days before 08/06/2015."),
    ],
    counts: { error: 1, warning: 2, info: 1 },
  };

  test("errors, then warnings, then notes, each rule's findings together in the order given", () => {
    expect(reportAsText("plan.xlsx", report).split("\n")).toEqual([
      "plan.xlsx: as at 08/06/2015",
      "",
      "Errors (1)",
      "  Status says on track or not started after the end date [status-past-end-date] (1)",
      "    Plan!G5 2: End date passed, but status is 'On track'. Fix: set to 'Overdue'.",
      "",
      "Warnings (2)",
      "  Overdue [overdue] (2)",
      "    Plan!E5 2: End date 30/04/2015 passed 39 days before 08/06/2015.",
      "    Plan!E9: End date 31/05/2015 passed 8 days before 08/06/2015.",
      "",
      "Notes (1)",
      "  Not started, but progress is recorded [not-started-with-progress] (1)",
      "    Plan!G7: Status is 'Not started' but the update log has 1 dated entry.",
      "",
      "Verdict: 1 error, 2 warnings, 1 note",
    ]);
  });

  test("Markdown keeps the same groups and escapes what Markdown would read", () => {
    const md = reportAsMarkdown("plan_v2.xlsx", report);
    expect(md.startsWith("## plan\\_v2.xlsx\n\nAs at 08/06/2015. **1 error, 2 warnings, 1 note.**")).toBe(true);
    expect(md.indexOf("### Errors (1)")).toBeLessThan(md.indexOf("### Warnings (2)"));
    expect(md.indexOf("### Warnings (2)")).toBeLessThan(md.indexOf("### Notes (1)"));
    expect(md).toContain("**Overdue** (2)\n\n- `Plan!E5` **2**: End date 30/04/2015 passed 39 days before 08/06/2015.\n- `Plan!E9`: End date 31/05/2015");
  });

  test("notes alone never block circulation", () => {
    expect(verdict({ error: 0, warning: 0, info: 2 })).toBe("Ready to circulate (2 notes)");
    expect(verdict({ error: 0, warning: 0, info: 0 })).toBe("Ready to circulate");
  });
});
