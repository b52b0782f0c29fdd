/**
 * Marking cells in the sheet (a validation's findings) without touching their formatting.
 *
 * Design. Each mark is a conditional format of type custom, added over all of a sheet's flagged
 * cells at once (a RangeAreas from `worksheet.getRanges`, ExcelApi 1.9), whose formula is always
 * true and whose format is a fill. The cells' own fill, number format, font and borders are
 * never written, so removing the rule restores exactly what was there: no saved copy of each
 * cell's format to restore (reading and re-writing fills would lose theme colours, tints and
 * patterns, and would leave the marks behind if the pane closed before clearing).
 *
 * The rule's formula carries a marker, `=ISTEXT("ActionPlanAssistant highlight")`, and that is
 * how the add-in finds its own rules again: nothing has to be remembered between sessions (ids
 * in memory die with the pane; ids in the workbook's state would need a write per highlight
 * and go stale when a co-author or Excel's copy and paste splits a rule). Clearing deletes every
 * rule carrying the marker on every sheet, including copies Excel made when marked cells were
 * copied and pasted, and nothing else: a user's own rules are never touched.
 *
 * Round trips, whatever the number of cells:
 *   1. the worksheets' names;
 *   2. each sheet's conditional formats (`items/type`);
 *   3. the formula of each custom rule (skipped when the workbook has none);
 *   4. delete the marked rules and, for `highlightCells`, add the new ones (skipped when there
 *      is nothing to delete or add).
 * Highlighting replaces the previous marks, so pressing it twice never stacks rules.
 *
 * Cells are merged into rectangles and the lists capped (`area-lists.ts`: Excel rejects long
 * lists unpredictably); each list becomes one rule, all added in the same sync.
 */
import type { SheetCell } from "../plan/port";
import type { ExcelRun } from "./office-host";
import { addressLists } from "./area-lists";

export { addressLists } from "./area-lists";

/** Written in every highlight rule's formula; finding it is how a rule is known to be ours. */
export const HIGHLIGHT_MARKER = "ActionPlanAssistant highlight";
/** Always true, and names the add-in. */
export const HIGHLIGHT_FORMULA = `=ISTEXT("${HIGHLIGHT_MARKER}")`;
/** Excel's own "Neutral" cell-style yellow: visible in light and dark Excel, readable text. */
export const HIGHLIGHT_FILL = "#FFEB9C";

/** Whether a conditional format's formula is one of ours. */
export function isHighlightFormula(formula: string | null | undefined): boolean {
  return typeof formula === "string" && formula.toLowerCase().includes(HIGHLIGHT_MARKER.toLowerCase());
}

/**
 * Syncs 1-3 (see the file comment): the worksheets and the highlight rules on them. Returns the
 * sheets by lower-cased name and the rules to delete.
 */
async function findHighlights(
  context: Excel.RequestContext,
): Promise<{ sheets: Map<string, Excel.Worksheet>; marked: Excel.ConditionalFormat[] }> {
  const worksheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const sheets = new Map(worksheets.items.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  const collections = worksheets.items.map((sheet) => sheet.getRange().conditionalFormats.load("items/type"));
  await context.sync();
  const custom = collections
    .flatMap((collection) => collection.items)
    .filter((format) => format.type === "Custom")
    .map((format) => ({ format, rule: format.custom.rule.load("formula") }));
  if (custom.length > 0) await context.sync();
  return { sheets, marked: custom.filter(({ rule }) => isHighlightFormula(rule.formula)).map(({ format }) => format) };
}

/** Removes every highlight rule the add-in added, in any session; the cells are untouched. */
export async function clearHighlights(run: ExcelRun): Promise<void> {
  await run(async (context) => {
    const { marked } = await findHighlights(context);
    if (marked.length === 0) return;
    for (const format of marked) format.delete();
    await context.sync();
  });
}

/**
 * Marks these cells (and only these: earlier marks are removed in the same sync). Cells on a
 * sheet that no longer exists are skipped.
 */
export async function highlightCells(run: ExcelRun, cells: SheetCell[]): Promise<void> {
  await run(async (context) => {
    const { sheets, marked } = await findHighlights(context);
    const bySheet = new Map<string, { sheet: Excel.Worksheet; addresses: string[] }>();
    for (const cell of cells) {
      const sheet = sheets.get(cell.sheet.toLowerCase());
      if (!sheet) continue;
      const key = cell.sheet.toLowerCase();
      if (!bySheet.has(key)) bySheet.set(key, { sheet, addresses: [] });
      bySheet.get(key)!.addresses.push(cell.address);
    }
    if (marked.length === 0 && bySheet.size === 0) return;
    for (const format of marked) format.delete();
    for (const { sheet, addresses } of bySheet.values()) {
      for (const list of addressLists(addresses)) {
        const format = sheet.getRanges(list).conditionalFormats.add("Custom");
        format.custom.rule.formula = HIGHLIGHT_FORMULA;
        format.custom.format.fill.color = HIGHLIGHT_FILL;
      }
    }
    await context.sync();
  });
}
