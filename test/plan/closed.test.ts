/*
 * When an action counts as done (isClosed), and how that rates it. A plan with a Status column
 * says so there; a plan without one says so with a Blue RAG or in its latest update. As-of date:
 * 8 June 2015; 31/05/2015 is 8 days behind it.
 */
import type { Action } from "../../src/plan/model";
import { deriveRag, isClosed } from "../../src/plan/rag";
import { readPlan } from "../../src/plan/read-plan";
import { DEFAULT_SETTINGS } from "../../src/plan/settings";
import { buildSheet, buildWorkbook } from "../support/snapshot-builder";

const AS_OF = "2015-06-08";

function first(header: string[], row: string[]): Action {
  const result = readPlan(buildWorkbook(buildSheet("Action Plan", [header, row])));
  if (!result.ok) throw new Error(result.message);
  return result.plan.actions[0];
}

/** A plan with no Status column: ref, task, owner, end date, update, RAG. */
const noStatus = (update: string, rag: string) =>
  first(["Ref No", "Task/Action", "Role", "End Date", "Update on Progress with Actions", "RAG"], ["1", "Action 1", "Service Manager", "31/05/2015", update, rag]);

/** The same with a Status column. */
const withStatus = (status: string, update: string, rag: string) =>
  first(["Ref No", "Task/Action", "Role", "End Date", "Update on Progress with Actions", "Status", "RAG"], ["1", "Action 1", "Service Manager", "31/05/2015", update, status, rag]);

describe("isClosed: complete or cancelled, in the plan's own words", () => {
  it("a Complete or Cancelled status closes an action", () => {
    expect(isClosed(withStatus("Complete", "01.06.15 KJ: Done.", "Blue"))).toBe(true);
    expect(isClosed(withStatus("Cancelled", "01.06.15 KJ: Dropped.", ""))).toBe(true);
  });

  it("with a Status column, only the status counts: a Blue RAG or a 'completed' update does not close it", () => {
    expect(isClosed(withStatus("In Progress", "01.06.15 KJ: Work under way.", "Blue"))).toBe(false);
    expect(isClosed(withStatus("In Progress", "01.06.15 KJ: This has been completed.", "Green"))).toBe(false);
  });

  it("with no Status column, a Blue RAG closes it", () => {
    expect(isClosed(noStatus("01.06.15 KJ: Work under way.", "Blue"))).toBe(true);
  });

  it("with no Status column, a latest update saying it is complete closes it", () => {
    expect(isClosed(noStatus("01.06.15 KJ: This has been completed.", "Green"))).toBe(true);
  });

  it("with no Status column, a Green RAG and an update of work under way leave it open", () => {
    expect(isClosed(noStatus("01.06.15 KJ: Work under way.", "Green"))).toBe(false);
    expect(isClosed(noStatus("", "Green"))).toBe(false);
  });
});

describe("deriveRag on a plan with no Status column", () => {
  it("rates a Blue-RAG action Blue even 8 days past its end date, and says why", () => {
    expect(deriveRag(noStatus("01.06.15 KJ: Work under way.", "Blue"), AS_OF, DEFAULT_SETTINGS)).toEqual({
      rating: "blue",
      rule: "complete",
      reason: "Complete (no status column; the RAG is Blue).",
    });
  });

  it("rates an action whose latest update says it is complete Blue, and says why", () => {
    expect(deriveRag(noStatus("01.06.15 KJ: This has been completed.", "Green"), AS_OF, DEFAULT_SETTINGS).reason).toBe("Complete (no status column; the latest update says so).");
  });

  it("rates an open action 8 days past its end date Red", () => {
    expect(deriveRag(noStatus("01.06.15 KJ: Work under way.", "Green"), AS_OF, DEFAULT_SETTINGS)).toMatchObject({ rating: "red", rule: "past-end-date" });
  });

  it("with a Status column saying In Progress, a Blue RAG past its end date is still Red", () => {
    expect(deriveRag(withStatus("In Progress", "01.06.15 KJ: Work under way.", "Blue"), AS_OF, DEFAULT_SETTINGS)).toMatchObject({ rating: "red", rule: "past-end-date" });
  });
});
