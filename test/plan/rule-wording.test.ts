/*
 * The phrases the rules build their messages from (rules/wording.ts), each on values worked out by
 * hand.
 */
import type { Action } from "../../src/plan/model";
import { readPlan } from "../../src/plan/read-plan";
import { days, listRows, quote } from "../../src/plan/rules/wording";
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

  it("cuts at 80 characters by default", () => {
    expect(quote("x".repeat(81))).toBe(`"${"x".repeat(79)}…"`);
    expect(quote("x".repeat(80))).toBe(`"${"x".repeat(80)}"`);
  });
});

describe("listRows", () => {
  it("lists two rows of one sheet with 'and'", () => {
    expect(listRows([at("Plan", 6), at("Plan", 7)])).toBe("rows 6 and 7");
  });

  it("lists three rows with commas and a final 'and'", () => {
    expect(listRows([at("Plan", 10), at("Plan", 11), at("Plan", 12)])).toBe("rows 10, 11 and 12");
  });

  it("names each row's sheet when the rows are on different sheets", () => {
    expect(listRows([at("Plan", 4), at("Finance", 9)])).toBe("Plan row 4 and Finance row 9");
  });
});
