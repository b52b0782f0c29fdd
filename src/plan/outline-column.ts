/**
 * Row outline levels from an `Outline Level` column, when the workbook's own levels are unknown.
 * MS Project writes each task's level in that column (1 for the project's summary task). The
 * Office adapter reads row levels from the document's package, but where the host cannot give it
 * (the Office JavaScript API has no property for them; see src/excel/outline-from-file.ts) they
 * stay unknown. Without this the pane would then read Project's summary rows as actions where the
 * file adapter, which reads `<row outlineLevel>`, reads them as headings.
 */
import { parseRange } from "./cells";
import type { SheetSnapshot } from "./snapshot";
import { normaliseHeader } from "./text";

const LEVEL_HEADERS = ["outline level", "outline", "level"];

/** The sheet with `outlineLevels` taken from its level column (level 1 → 0), or the sheet as it was. */
export function outlineFromColumn(sheet: SheetSnapshot, headerRow: number): SheetSnapshot {
  if (sheet.outlineLevels !== undefined || !sheet.address) return sheet;
  const { firstRow } = parseRange(sheet.address);
  const header = sheet.values[headerRow - firstRow];
  const index = header ? header.findIndex((v) => typeof v === "string" && LEVEL_HEADERS.includes(normaliseHeader(v))) : -1;
  if (index < 0) return sheet;
  const levels: number[] = [];
  for (const [i, row] of sheet.values.entries()) {
    if (firstRow + i <= headerRow || row.every((v) => v === "")) {
      levels.push(0);
      continue;
    }
    const n = typeof row[index] === "number" ? (row[index] as number) : Number(String(row[index]).trim() || NaN);
    // Every filled row must give a level from 1 to 9 (Excel outlines go to 8 below the top): another kind of number is no outline.
    if (!Number.isInteger(n) || n < 1 || n > 9) return sheet;
    levels.push(n - 1);
  }
  return { ...sheet, outlineLevels: levels };
}
