import type { SheetActions, SheetCell } from "../plan/port";
import { excelRun, onSelectionChanged, selectCell } from "./office-host";

/** Selection and navigation over Office.js; highlighting is added with the Validate view. */
export class OfficeSheetActions implements SheetActions {
  selectCell(sheet: string, address: string): Promise<void> {
    return selectCell(sheet, address);
  }

  async activateSheet(sheet: string): Promise<void> {
    await excelRun(async (context) => {
      context.workbook.worksheets.getItem(sheet).activate();
      await context.sync();
    });
  }

  async onSelectionChanged(handler: (selection: SheetCell) => void): Promise<() => Promise<void>> {
    return onSelectionChanged(handler);
  }

  async currentSelection(): Promise<SheetCell> {
    return excelRun(async (context) => {
      const range = context.workbook.getSelectedRange();
      range.load("address");
      await context.sync();
      const [sheet, address] = range.address.split("!");
      return { sheet: sheet.replace(/^'|'$/g, "").replace(/''/g, "'"), address: address.split(":")[0] };
    });
  }

  async highlight(): Promise<void> {
    throw new Error("Highlighting is not available yet.");
  }

  async clearHighlights(): Promise<void> {
    throw new Error("Highlighting is not available yet.");
  }
}
