import path from "node:path";
import { readPlan } from "../../src/plan/read-plan";
import type { Plan } from "../../src/plan/model";
import type { WorkbookSnapshot } from "../../src/plan/snapshot";
import { openXlsxFile } from "../../src/xlsx/file";

/** The fixtures the tests need, kept in the repo (copies of the project's shared fixtures). */
export const FIXTURES = path.resolve(__dirname, "../fixtures");
export const READING = path.join(FIXTURES, "reading-improvement-plan.xlsx");
export const READING_TABLE = path.join(FIXTURES, "reading-improvement-plan-table.xlsx");
export const PACKAGE_FEATURES = path.join(FIXTURES, "package-features");

/** Reads a fixture's snapshot through the file adapter. */
export async function fixtureSnapshot(file: string): Promise<WorkbookSnapshot> {
  return (await openXlsxFile(file)).readSnapshot();
}

/** Reads a fixture's plan, failing the test when there is none. */
export async function fixturePlan(file: string): Promise<Plan> {
  const result = readPlan(await fixtureSnapshot(file));
  if (!result.ok) throw new Error(result.message);
  return result.plan;
}
