/**
 * The workbook state a change set leaves, worked out independently of `saveWorkbookState`: the
 * state sheet's rows as they were in `before`, each written row laid over them, read back with
 * `readWorkbookState`. State saves are merged (only changed keys are written, issue 11 item 9), so
 * a test of what is kept must look at the sheet after the write, not at the write alone.
 */
import { STATE_SHEET } from "../../src/plan/own-sheets";
import type { ChangeSet } from "../../src/plan/port";
import type { CellValue, WorkbookSnapshot } from "../../src/plan/snapshot";
import { parseCell } from "../../src/plan/cells";
import { readWorkbookState } from "../../src/plan/state";
import { buildSheet, buildWorkbook } from "./snapshot-builder";

export function stateAfter(changes: ChangeSet, before?: WorkbookSnapshot): Record<string, unknown> {
  const rows = new Map<number, CellValue[]>();
  const sheet = before?.sheets.find((s) => s.name === STATE_SHEET);
  if (sheet && sheet.address) {
    const first = parseCell(sheet.address.split(":")[0]).row;
    sheet.values.forEach((values, i) => rows.set(first + i, values.slice(0, 3)));
  }
  for (const write of changes.writes.filter((w) => w.sheet === STATE_SHEET)) {
    const start = parseCell(write.address).row;
    write.values.forEach((values, i) => rows.set(start + i, values));
  }
  const last = Math.max(1, ...rows.keys());
  const grid = Array.from({ length: last }, (_, i) => rows.get(i + 1) ?? ["", "", ""]);
  grid[0] = ["Key", "Part", "Value"];
  return readWorkbookState(buildWorkbook(buildSheet(STATE_SHEET, grid))).state;
}
