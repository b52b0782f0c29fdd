import { readPlan } from "../../src/plan/read-plan";
import { buildSheet, buildWorkbook, dateCell } from "../support/snapshot-builder";

/**
 * A workbook saved in the 1904 date system stores 30/06/2015 as serial 40723: in the 1900 system
 * 30/06/2015 is 42185, and 1 January 1904 is 1900-system serial 1462, so 42185 - 1462 = 40723.
 * Office.js and the file both report the stored serial; the displayed text is right either way.
 */
function plan(dateSystem?: 1904) {
  const sheet = buildSheet("Action Plan", [
    ["Ref No", "Task/Action", "Role", "End Date", "Update on Progress with Actions", "Status"],
    ["1", "Agree the thresholds document", "Head of Service", dateCell(40723, "30/06/2015"), "", "In Progress"],
  ]);
  const workbook = buildWorkbook(sheet);
  return readPlan(dateSystem ? { ...workbook, dateSystem } : workbook);
}

describe("1904 date system", () => {
  it("reads an end date serial counted from 1 January 1904 as the date Excel shows", () => {
    const read = plan(1904);
    if (!read.ok) throw new Error(read.message);
    const endDate = read.plan.actions[0].endDate;
    expect(endDate).toMatchObject({ kind: "date", date: "2015-06-30" });
    expect(read.plan.reasons.join(" ")).toMatch(/1904 date system/);
  });

  it("reads the same serial four years and a day earlier in a 1900-system workbook", () => {
    // 40723 in the 1900 system: 42185 is 30/06/2015, so 1,462 days before it is 29/06/2011.
    const read = plan();
    if (!read.ok) throw new Error(read.message);
    expect(read.plan.actions[0].endDate).toMatchObject({ kind: "date", date: "2011-06-29" });
  });
});
