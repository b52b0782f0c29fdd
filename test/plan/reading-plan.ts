/** The Reading plan's transcription (shared fixture), for tests that use its real wording. */
import * as fs from "fs";
import * as path from "path";

interface FixtureRow {
  kind: string;
  ref?: string;
  role?: string;
  endDate?: string;
  update?: string;
  status?: string;
}

export interface FixtureAction {
  ref: string;
  role: string;
  endDate: string;
  update: string;
  status: string;
}

interface Fixture {
  rows: FixtureRow[];
  glossary: { initials: string; fullName: string; role: string }[];
}

const file = path.join(__dirname, "../fixtures/reading-plan.json");
const fixture = JSON.parse(fs.readFileSync(file, "utf8")) as Fixture;

export const readingPlan = {
  actions: fixture.rows
    .filter((r) => r.kind === "action")
    .map((r) => ({ ref: r.ref ?? "", role: r.role ?? "", endDate: r.endDate ?? "", update: r.update ?? "", status: r.status ?? "" })),
  glossary: fixture.glossary,
};

/** The update text of the action with this ref (the `n`th when the ref is duplicated). */
export function updateOf(ref: string, n = 0): string {
  const found = readingPlan.actions.filter((a) => a.ref === ref)[n];
  if (!found) throw new Error(`No action ${ref} in the fixture`);
  return found.update;
}
