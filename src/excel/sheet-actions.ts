import type { SheetActions, SheetCell } from "../plan/port";
import { excelRun, excelRunWith, onSelectionChanged, selectCell, type ExcelRun, type ExcelRunWith } from "./office-host";

/**
 * Selection, navigation and highlighting over Office.js. `run` is `Excel.run` in the add-in and
 * the Excel double's in tests. Highlighting works through conditional formats (see `highlight.ts`),
 * loaded with the rest of the write path (office-workbook.ts) when first used, not with the pane.
 */
const highlighting = () => import(/* webpackChunkName: "excel-write", webpackPrefetch: true */ "./highlight");

export class OfficeSheetActions implements SheetActions {
  constructor(
    private readonly run: ExcelRun = excelRun,
    private readonly runWith: ExcelRunWith = excelRunWith,
  ) {}

  selectCell(sheet: string, address: string): Promise<void> {
    return selectCell(sheet, address, this.run);
  }

  async activateSheet(sheet: string): Promise<void> {
    await this.run(async (context) => {
      context.workbook.worksheets.getItem(sheet).activate();
      await context.sync();
    });
  }

  async onSelectionChanged(handler: (selection: SheetCell) => void): Promise<() => Promise<void>> {
    // The same Excel.run as every other call (the double's in tests), not the global one.
    return onSelectionChanged(handler, { run: this.run, runWith: this.runWith });
  }

  async currentSelection(): Promise<SheetCell> {
    return this.run(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address");
      await context.sync();
      const [sheet, address] = range.address.split("!");
      return { sheet: sheet.replace(/^'|'$/g, "").replace(/''/g, "'"), address: address.split(":")[0] };
    });
  }

  /** Marks the cells with a fill that leaves their own formatting alone; replaces earlier marks. At most 4 round trips. */
  async highlight(cells: SheetCell[]): Promise<void> {
    const { highlightCells } = await highlighting();
    return highlightCells(this.run, cells);
  }

  /** Removes every mark `highlight` made, in this session or an earlier one. At most 4 round trips. */
  async clearHighlights(): Promise<void> {
    const { clearHighlights } = await highlighting();
    return clearHighlights(this.run);
  }
}
