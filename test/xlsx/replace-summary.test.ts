/**
 * Issue 12 item 6 through the file adapter: a board summary added to the Reading plan reads back
 * with the fingerprint the core recorded (so both adapters recognise an untouched summary), and
 * a change set that would replace it is refused whole: the file writer does not remove sheets,
 * and says so rather than add a second sheet.
 */
import { readFileSync } from "node:fs";
import { InvalidChangeError } from "../../src/plan/change-set";
import { readPlan } from "../../src/plan/read-plan";
import { replaceableSummary } from "../../src/plan/replaceable-summary";
import { readWorkbookState } from "../../src/plan/state";
import { summaryBasis } from "../../src/taskpane/summary-model";
import { prepareSummarySheet } from "../../src/taskpane/summary-writer";
import { XlsxWorkbook } from "../../src/xlsx";
import { READING } from "../support/fixtures";

const AS_OF = "2015-06-08";
const BY = { madeBy: "PM", madeAt: "2015-06-08 09:00" };

async function basisOf(workbook: XlsxWorkbook) {
  const snapshot = await workbook.readSnapshot();
  const read = readPlan(snapshot);
  if (!read.ok) throw new Error(read.message);
  return summaryBasis(snapshot, read.plan);
}

test("an added summary is recognised as the add-in's; replacing it in a file is refused and writes nothing", async () => {
  const workbook = await XlsxWorkbook.fromBytes(readFileSync(READING), "reading-improvement-plan.xlsx");
  await workbook.apply(prepareSummarySheet(await basisOf(workbook), AS_OF, BY)!.changes);

  const basis = await basisOf(workbook);
  // Read back through the file adapter, the sheet matches the fingerprint saved with it.
  expect(replaceableSummary(readWorkbookState(basis.snapshot).state, basis.snapshot, AS_OF)?.name).toBe("RAG 2015-06-08");
  const replacing = prepareSummarySheet(basis, AS_OF, BY, "replace")!;
  expect(replacing.changes.replaceSheets).toEqual([{ name: "RAG 2015-06-08", fingerprint: expect.stringMatching(/^\d+:/) }]);

  const before = await workbook.toBytes();
  await expect(workbook.apply(replacing.changes)).rejects.toThrow(InvalidChangeError);
  await expect(workbook.apply(replacing.changes)).rejects.toThrow('The sheet "RAG 2015-06-08" cannot be replaced in a file');
  expect(Buffer.from(await workbook.toBytes()).equals(Buffer.from(before))).toBe(true);
  expect((await workbook.readSnapshot()).sheets.filter((s) => s.name.startsWith("RAG ")).map((s) => s.name)).toEqual(["RAG 2015-06-08"]);
});
