/** The plan's own name for a board report's title, read from the workbook. */
import { SheetGrid } from "./grid";
import type { Plan } from "./model";
import type { WorkbookSnapshot } from "./snapshot";

/**
 * The first text above the header row of the plan's first sheet (its title block), else the
 * sheet's name, else `fallback` (the command line passes the file's name). Numbers are skipped:
 * a version number or year in the title block is not a title.
 */
export function planTitle(plan: Plan, snapshot: WorkbookSnapshot, fallback = "Action plan"): string {
  const first = plan.sheets[0];
  const sheet = snapshot.sheets.find((s) => s.name === first?.sheet);
  if (sheet) {
    const grid = new SheetGrid(sheet);
    for (let row = grid.firstRow; row < first.headerRow; row++) {
      for (let column = grid.firstColumn; column <= grid.lastColumn; column++) {
        const text = grid.text(row, column).trim();
        if (text && Number.isNaN(Number(text))) return text;
      }
    }
  }
  return first && first.sheet !== "Sheet1" ? first.sheet : fallback;
}
