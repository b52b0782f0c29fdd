import { columnLetter, parseRange } from "./cells";
import { rowClassifier } from "./classify-row";
import { parseLateFlag, parsePercent, percentScale, type PercentScale } from "./completion-fields";
import type { HeaderMatch } from "./detect-header";
import { dateOrderDetector, endDateReader } from "./end-date";
import type { SheetGrid } from "./grid";
import type { Action, ColumnRole, DateOrder, Heading, PlanSheet } from "./model";
import type { ParsedOwners } from "./owners";
import { parseRag } from "./rag-text";
import { normaliseRef, parentRef } from "./refs";
import { normaliseStatus } from "./status";
import type { CellValue } from "./snapshot";
import { updateLogReader } from "./update-log";
import { parseUpdateHistory } from "./update-history";

/** The actions and headings of one plan sheet. */
export interface PlanSheetContent {
  planSheet: PlanSheet;
  actions: Action[];
  headings: Heading[];
  /** Why the dates were read the way they were, when it is not the UK default. */
  dateOrderReason?: string;
}

/** The last row of the plan: the end of its Excel Table when the header is a table's header. */
function lastPlanRow(grid: SheetGrid, headerRow: number): { lastRow: number; table?: string } {
  for (const table of grid.sheet.tables) {
    const b = parseRange(table.address);
    if (table.showHeaders && b.firstRow === headerRow) {
      return { lastRow: b.lastRow - (table.showTotals ? 1 : 0), table: table.name };
    }
  }
  return { lastRow: grid.lastRow };
}

function endDateOrder(grid: SheetGrid, column: number | undefined, first: number, last: number): { order: DateOrder; reason?: string } {
  if (column === undefined) return { order: "dmy" };
  const detector = dateOrderDetector();
  for (let r = first; r <= last; r++) {
    if (typeof grid.value(r, column) === "string") detector.see(grid.text(r, column));
  }
  return detector.decision();
}

/** Reads the action rows under a header, tracking workstream and priority headings. */
export function readPlanSheet(
  grid: SheetGrid,
  header: HeaderMatch,
  context: {
    readOwners: (text: string) => ParsedOwners;
    knownInitials: string[];
    sheetIsWorkstream: boolean;
    /** Days to add to a serial to read it in the 1900 system: 1462 in a 1904-system workbook. */
    serialOffset?: number;
  },
): PlanSheetContent {
  const { columns } = header;
  const { lastRow, table } = lastPlanRow(grid, header.row);
  const { order, reason } = endDateOrder(grid, columns.endDate, header.row + 1, lastRow);
  // Typed notes keep their writer's date order whatever the tool's date columns use: a
  // month-first export (`02/20/2025`) does not make `07/02/2025 SO:` the 2nd of July.
  const updateOrder = endDateOrder(grid, columns.update, header.row + 1, lastRow);
  // A completed-date column proves its own order (`11/27/2024`); without proof it follows the end dates'.
  const ownCompletedOrder = endDateOrder(grid, columns.completedDate, header.row + 1, lastRow);
  const completedOrder = ownCompletedOrder.reason ? ownCompletedOrder.order : order;
  const scale = columnPercentScale(grid, columns.percentComplete, header.row + 1, lastRow);
  const actions: Action[] = [];
  const headings: Heading[] = [];
  let workstream: string | null = context.sheetIsWorkstream ? grid.name : null;
  let priority: string | null = null;
  const text = (row: number, role: ColumnRole): string => (columns[role] === undefined ? "" : grid.text(row, columns[role]!));
  const readEndDate = endDateReader(order);
  const readCompletedDate = endDateReader(completedOrder);
  // Each mapped column's letters, made once: a cell's address is then its letters and row.
  const letters = (Object.entries(columns) as [ColumnRole, number][]).map(([role, column]) => [role, columnLetter(column)] as const);
  // Every action's cells start as a copy of one template holding the mapped roles' keys: adding
  // the keys one by one per row gave each row's object its own shape, and was a third of the read.
  const cellsTemplate: Partial<Record<ColumnRole, string>> = Object.fromEntries(letters.map(([role]) => [role, ""]));
  const readUpdates = updateLogReader({ order: updateOrder.order, knownInitials: context.knownInitials.length ? context.knownInitials : undefined });

  const classifyRow = rowClassifier(grid, columns, lastRow);
  for (let row = header.row + 1; row <= lastRow; row++) {
    const kind = classifyRow(row);
    if (kind === "workstream" || kind === "priority") {
      const headingText = grid.text(row, grid.firstFilledColumn(row)!);
      headings.push({ sheet: grid.name, row, level: kind, text: headingText });
      if (kind === "workstream") {
        workstream = headingText;
        priority = null;
      } else {
        priority = headingText;
      }
      continue;
    }
    if (kind !== "action") continue;

    const cells = { ...cellsTemplate };
    for (let i = 0; i < letters.length; i++) cells[letters[i][0]] = letters[i][1] + row;
    const ref = columns.ref === undefined ? null : normaliseRef(grid.value(row, columns.ref), grid.text(row, columns.ref));
    const ownerText = text(row, "owner");
    const { owners, unknown } = context.readOwners(ownerText);
    const updateText = columns.update === undefined ? "" : grid.rawText(row, columns.update);
    // Updates kept one column per period: every period's cell, oldest first (update-history.ts).
    const history = header.updateColumns?.map((u) => ({ cell: `${columnLetter(u.column)}${row}`, column: u.column, text: grid.rawText(row, u.column), period: u.period }));
    const ragText = text(row, "rag");
    const endColumn = columns.endDate;
    const action: Action = {
      sheet: grid.name,
      row,
      ref,
      parentRef: ref ? parentRef(ref) : null,
      task: text(row, "task"),
      ownerText,
      owners,
      ownerUnknown: unknown,
      endDate:
        endColumn === undefined
          ? { kind: "blank" }
          : readEndDate(in1900System(grid.value(row, endColumn), context.serialOffset ?? 0), grid.text(row, endColumn), grid.numberFormat(row, endColumn)),
      updateText,
      updates: history ? parseUpdateHistory(history, readUpdates) : readUpdates(updateText),
      ...(history && { updateHistory: history }),
      successMeasures: text(row, "successMeasures"),
      status: normaliseStatus(text(row, "status")),
      rag: parseRag(ragText),
      ragText,
      workstream: text(row, "workstream") || workstream,
      priority: text(row, "priority") || priority,
      cells,
    };
    // Completion fields only where the plan has the column, so their absence is never read as blank.
    const percentColumn = columns.percentComplete;
    if (percentColumn !== undefined) action.percentComplete = parsePercent(grid.value(row, percentColumn), grid.text(row, percentColumn), grid.numberFormat(row, percentColumn), scale);
    const completedColumn = columns.completedDate;
    if (completedColumn !== undefined) {
      action.completedDate = readCompletedDate(in1900System(grid.value(row, completedColumn), context.serialOffset ?? 0), grid.text(row, completedColumn), grid.numberFormat(row, completedColumn));
    }
    const lateColumn = columns.lateFlag;
    if (lateColumn !== undefined) action.lateFlag = parseLateFlag(grid.value(row, lateColumn), grid.text(row, lateColumn));
    actions.push(action);
  }

  return {
    planSheet: { sheet: grid.name, headerRow: header.row, columns, headers: header.headers, table, lastRow, dateOrder: order, updateDateOrder: updateOrder.order, ...(header.updateColumns && { updateColumns: header.updateColumns }) },
    actions,
    headings,
    dateOrderReason: [reason, updateOrder.reason && `Update entries: ${updateOrder.reason}`].filter(Boolean).join(" ") || undefined,
  };
}

/** Whether the `% Complete` column's bare numbers are fractions or hundreds, judged on the whole column. */
function columnPercentScale(grid: SheetGrid, column: number | undefined, first: number, last: number): PercentScale {
  if (column === undefined) return "fraction";
  const cells = [];
  for (let r = first; r <= last; r++) cells.push({ value: grid.value(r, column), text: grid.text(r, column), numberFormat: grid.numberFormat(r, column) });
  return percentScale(cells);
}

/**
 * A 1904-system workbook (Excel for Mac's old default) counts serials from 1 January 1904, 1,462
 * days after the 1900 system's day 0; the Excel adapter and the file both report the serial as stored (see snapshot.dateSystem).
 */
function in1900System(value: CellValue, serialOffset: number): CellValue {
  return typeof value === "number" && serialOffset ? value + serialOffset : value;
}
