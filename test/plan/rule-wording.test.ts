/*
 * The phrases the rules build their messages from (rules/wording.ts), each on values worked out by
 * hand.
 */
import type { Action } from "../../src/plan/model";
import { readPlan } from "../../src/plan/read-plan";
import { actionName, at as cellOf, completeWord, days, endDatePassed, endDateText, entriesHave, firstEntry, listRows, quote, statusText } from "../../src/plan/rules/wording";
import { buildSheet, buildWorkbook } from "../support/snapshot-builder";

function anAction(): Action {
  const header = ["Ref No", "Task/Action", "Role", "End Date", "Update on Progress with Actions", "Status"];
  const result = readPlan(buildWorkbook(buildSheet("Plan", [header, ["1", "Action 1", "Service Manager", "30/09/2015", "01.06.15 KJ: Started.", "In Progress"]])));
  if (!result.ok) throw new Error(result.message);
  return result.plan.actions[0];
}

const at = (sheet: string, row: number): Action => ({ ...anAction(), sheet, row });

describe("days", () => {
  it("says 1 day, and 0 or 2 days", () => {
    expect([days(1), days(0), days(2)]).toEqual(["1 day", "0 days", "2 days"]);
  });
});

describe("quote", () => {
  it("collapses runs of spaces and line breaks to one space and trims the ends", () => {
    expect(quote("  Workshop\n held   on time  ")).toBe('"Workshop held on time"');
  });

  it("keeps an entry of exactly the limit whole and cuts a longer one to the limit with an ellipsis", () => {
    // max 10: 10 characters stay whole; 11 become the first 9 and "…" (10 in all).
    expect(quote("abcdefghij", 10)).toBe('"abcdefghij"');
    expect(quote("abcdefghijk", 10)).toBe('"abcdefghi…"');
  });

  it("quotes one text at each length asked, whichever was asked first", () => {
    // Quoted texts are kept for the default length only: a text first quoted at 80 (whole, 26
    // characters), then at 10 (its first 9, `Workshop `, and "…") and at 20 (`Workshop held with `
    // and "…") is cut afresh each time.
    const text = "Workshop held with the PCT";
    expect([quote(text), quote(text, 10), quote(text, 20), quote(text)]).toEqual([`"${text}"`, '"Workshop …"', '"Workshop held with …"', `"${text}"`]);
  });

  it("cuts at 80 characters by default", () => {
    expect(quote("x".repeat(81))).toBe(`"${"x".repeat(79)}…"`);
    expect(quote("x".repeat(80))).toBe(`"${"x".repeat(80)}"`);
  });
});

describe("listRows", () => {
  it("lists two rows of one sheet with 'and'", () => {
    expect(listRows([at("Plan", 6), at("Plan", 7)])).toBe("rows 6 and 7");
  });

  it("names one row alone", () => {
    expect(listRows([at("Plan", 6)])).toBe("rows 6");
  });

  it("lists three rows with commas and a final 'and'", () => {
    expect(listRows([at("Plan", 10), at("Plan", 11), at("Plan", 12)])).toBe("rows 10, 11 and 12");
  });

  it("names each row's sheet when the rows are on different sheets", () => {
    expect(listRows([at("Plan", 4), at("Finance", 9)])).toBe("Plan row 4 and Finance row 9");
  });
});

/** The first action of a one-row plan with these cells (ref, end date, status), read as the add-in reads it. */
function actionOf(ref: string, end = "30/09/2015", status: string | null = "In Progress", update = "01.06.15 KJ: Started."): Action {
  const header = ["Ref No", "Task/Action", "Role", "End Date", "Update on Progress with Actions", ...(status === null ? [] : ["Status"])];
  const cells = ["", "Action", "Service Manager", end, update, ...(status === null ? [] : [status])];
  cells[0] = ref;
  const result = readPlan(buildWorkbook(buildSheet("Plan", [header, cells])));
  if (!result.ok) throw new Error(result.message);
  return result.plan.actions[0];
}

const AS_OF = "2015-06-08";

describe("endDateText", () => {
  it("shows the end date as written, a period with what it was read as, and a blank as (blank)", () => {
    // Q4 of financial year 2014/15 is January to March 2015.
    expect([actionOf("1"), actionOf("1", "Q4 2014/15"), actionOf("1", "TBC"), actionOf("1", "")].map(endDateText)).toEqual([
      "30/09/2015",
      "Q4 2014/15 (Q4 of financial year 2014/15 ends 31/03/2015)",
      "TBC",
      "(blank)",
    ]);
  });
});

describe("statusText", () => {
  it("quotes the status, says when it is blank, and never says blank when there is no status column", () => {
    expect([actionOf("1"), actionOf("1", "30/09/2015", ""), actionOf("1", "30/09/2015", null)].map(statusText)).toEqual([
      "status is 'In Progress'",
      "status is blank",
      "the plan has no status column",
    ]);
  });
});

describe("actionName", () => {
  it("says Action before a ref, keeps a ref that is already a name (three letters or more, then a space), and names the row of an action without one", () => {
    const names = ["D1", "ABC1", "AB 3", "Rec 3", "Recommendation 12", "2.1 Safeguarding board", ""].map((ref) => actionName(actionOf(ref)));
    expect(names).toEqual(["Action D1", "Action ABC1", "Action AB 3", "Rec 3", "Recommendation 12", "Action 2.1 Safeguarding board", "The action on row 2"]);
  });
});

describe("at (the cell of a field)", () => {
  it("gives a field's cell in brackets, or nothing for a field the plan has no column for", () => {
    // Columns A-F: the status is in F, the end date in D; there is no % complete column.
    const action = actionOf("1");
    expect([cellOf(action, "status"), cellOf(action, "endDate"), cellOf(action, "percentComplete")]).toEqual([" (F2)", " (D2)", ""]);
  });
});

describe("endDatePassed", () => {
  it("says how long ago an end date passed, and nothing for one today, ahead or not a date", () => {
    // 31/05/2015 is 8 days before 08/06/2015 and 07/06/2015 is 1; 08/06/2015 is the day itself.
    expect(["31/05/2015", "07/06/2015", "08/06/2015", "30/09/2015", "TBC"].map((end) => endDatePassed(actionOf("1", end), AS_OF))).toEqual([
      "; its end date 31/05/2015 passed 8 days before 08/06/2015",
      "; its end date 07/06/2015 passed 1 day before 08/06/2015",
      "",
      "",
      "",
    ]);
  });
});

describe("completeWord", () => {
  it("quotes the plan's own word for complete, or says complete when it has none", () => {
    expect([completeWord("Completed"), completeWord(undefined), completeWord("")]).toEqual(["'Completed'", "complete", "complete"]);
  });
});

describe("firstEntry and entriesHave", () => {
  it("finds the first matching entry and counts the matches, or null when none matches", () => {
    // Three entries: 01.06 (KJ), 03.06 (none), 05.06 (none).
    const { updates } = actionOf("1", "30/09/2015", "In Progress", "01.06.15 KJ: Met. 03.06.2015 - Drafted. 05.06.2015 - Sent.");
    const found = firstEntry(updates, (u) => !u.initials);
    expect(found && { first: found.first.raw, count: found.count }).toEqual({ first: "03.06.2015 - Drafted.", count: 2 });
    expect(firstEntry(updates, (u) => u.initials === "ZZ")).toBeNull();
  });

  it("says 'An update entry has' for one and counts more", () => {
    expect([entriesHave(1), entriesHave(2), entriesHave(3)]).toEqual(["An update entry has", "2 update entries have", "3 update entries have"]);
  });
});
