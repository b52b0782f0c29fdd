/**
 * The mock worksheet: the double's workbook drawn as an HTML grid, like Excel's: column letters,
 * row numbers, each cell's displayed text, merged areas, fills and conditional-format fills (the
 * pane's highlights) and the selection outlined. Drawn from scratch after every change; 250 rows × 8 columns take a few ms.
 */
import { cellAddress, columnLetter, parseRange, type RangeBounds } from "../src/plan/cells";
import type { WorkbookState } from "./api";

type SheetState = WorkbookState["sheets"][number];

/** Empty rows and columns drawn past the used range, as Excel shows empty cells beyond it. */
const MARGIN_ROWS = 6;
const MARGIN_COLUMNS = 1;
const MIN_ROWS = 30;
const MIN_COLUMNS = 8;
/** Width of the row-number column, px. */
const ROW_HEAD_WIDTH = 44;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** `row,column` keys, as the double stores cells. */
const key = (row: number, column: number): string => `${row},${column}`;

/** The rectangle to draw: everything stored (values and fills) plus a margin. */
function drawnBounds(sheet: SheetState): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const k of sheet.cells.keys()) {
    const [row, column] = k.split(",").map(Number);
    rows = Math.max(rows, row);
    columns = Math.max(columns, column);
  }
  for (const m of sheet.merged) {
    rows = Math.max(rows, m.lastRow);
    columns = Math.max(columns, m.lastColumn);
  }
  return { rows: Math.max(MIN_ROWS, rows + MARGIN_ROWS), columns: Math.max(MIN_COLUMNS, columns + MARGIN_COLUMNS) };
}

/**
 * A width per column from the length of its texts (Excel keeps widths in the file; the snapshot
 * does not carry them): short codes stay narrow, prose columns get room for a phrase.
 */
function columnWidths(sheet: SheetState, columns: number): number[] {
  const lengths: number[][] = Array.from({ length: columns + 1 }, () => []);
  const merged = new Set<string>();
  for (const m of sheet.merged) {
    if (m.lastColumn > m.firstColumn) for (let r = m.firstRow; r <= m.lastRow; r++) merged.add(String(r));
  }
  for (const [k, cell] of sheet.cells) {
    const [row, column] = k.split(",").map(Number);
    if (column <= columns && cell.text && !merged.has(String(row))) lengths[column].push(cell.text.length);
  }
  return lengths.slice(1).map((list) => {
    if (list.length === 0) return 72;
    const sorted = [...list].sort((a, b) => a - b);
    const typical = sorted[Math.floor(sorted.length * 0.75)];
    return Math.round(Math.min(170, Math.max(64, typical * 6.2 + 16)));
  });
}

/** The cells `address` covers on `sheet`, or none when the selection is elsewhere. */
function selectedBounds(state: WorkbookState, sheet: string): RangeBounds | undefined {
  const selection = state.selection;
  if (!selection || selection.sheet !== sheet) return undefined;
  try {
    return parseRange(selection.address);
  } catch {
    return undefined;
  }
}

const within = (b: RangeBounds | undefined, row: number, column: number): boolean =>
  !!b && row >= b.firstRow && row <= b.lastRow && column >= b.firstColumn && column <= b.lastColumn;

/** Black or white text, whichever reads better on a fill colour (`#rrggbb`). */
function textOn(fill: string): string {
  const hex = fill.replace(/^#/, "");
  if (!/^[0-9a-f]{6}$/i.test(hex)) return "#000000";
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b > 140 ? "#000000" : "#ffffff";
}

function fillStyle(fill: string | undefined): string {
  if (!fill) return "";
  return ` style="background-color:${escapeHtml(fill)};color:${textOn(fill)}"`;
}

/**
 * The fill each cell shows from conditional formats (the pane's highlights are custom rules).
 * The double has no formula engine, so every custom rule with a fill is drawn as if its formula
 * were true; the top-priority rule (first in the list) wins, and wins over the cell's own fill.
 */
function conditionalFills(sheet: SheetState, rows: number, columns: number): Map<string, string> {
  const fills = new Map<string, string>();
  const rules = (sheet as { conditionalFormats?: { type: string; areas: RangeBounds[]; fill?: string }[] }).conditionalFormats ?? [];
  for (const rule of rules) {
    if (rule.type !== "Custom" || !rule.fill) continue;
    for (const area of rule.areas) {
      for (let r = area.firstRow; r <= Math.min(area.lastRow, rows); r++) {
        for (let c = area.firstColumn; c <= Math.min(area.lastColumn, columns); c++) {
          if (!fills.has(key(r, c))) fills.set(key(r, c), rule.fill);
        }
      }
    }
  }
  return fills;
}

/** Horizontal padding of a cell, px (4 each side in preview.html). */
const CELL_PADDING = 8;

/** A cell with nothing to show that text from its left may run over. */
function isEmpty(sheet: SheetState, covered: Set<string>, spans: Map<string, unknown>, row: number, column: number): boolean {
  const k = key(row, column);
  return !covered.has(k) && !spans.has(k) && !sheet.cells.get(k)?.text;
}

/** The grid of one sheet as HTML (a `<table>`), the selection's cells marked. */
export function sheetTableHtml(state: WorkbookState, sheet: SheetState): string {
  const { rows, columns } = drawnBounds(sheet);
  const widths = columnWidths(sheet, columns);
  const selected = selectedBounds(state, sheet.name);
  const highlighted = conditionalFills(sheet, rows, columns);
  const seamless = new Set<string>();

  // Merged areas: the top-left cell spans, the others are not drawn.
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  const covered = new Set<string>();
  for (const m of sheet.merged) {
    spans.set(key(m.firstRow, m.firstColumn), { rowSpan: m.lastRow - m.firstRow + 1, colSpan: m.lastColumn - m.firstColumn + 1 });
    for (let r = m.firstRow; r <= m.lastRow; r++) {
      for (let c = m.firstColumn; c <= m.lastColumn; c++) if (r !== m.firstRow || c !== m.firstColumn) covered.add(key(r, c));
    }
  }

  const out: string[] = [];
  const tableWidth = ROW_HEAD_WIDTH + widths.reduce((sum, w) => sum + w, 0);
  out.push(`<table class="grid" data-sheet="${escapeHtml(sheet.name)}" style="width:${tableWidth}px">`);
  out.push(`<colgroup><col style="width:${ROW_HEAD_WIDTH}px">`);
  for (const w of widths) out.push(`<col style="width:${w}px">`);
  out.push(`</colgroup><thead><tr><th class="corner" scope="col"><span class="visually-hidden">Row</span></th>`);
  for (let c = 1; c <= columns; c++) {
    const active = selected && c >= selected.firstColumn && c <= selected.lastColumn ? " active" : "";
    out.push(`<th scope="col" class="col-head${active}">${columnLetter(c)}</th>`);
  }
  out.push("</tr></thead><tbody>");
  for (let r = 1; r <= rows; r++) {
    const active = selected && r >= selected.firstRow && r <= selected.lastRow ? " active" : "";
    out.push(`<tr><th scope="row" class="row-head${active}">${r}</th>`);
    for (let c = 1; c <= columns; c++) {
      const k = key(r, c);
      if (covered.has(k)) continue;
      const cell = sheet.cells.get(k);
      const fill = highlighted.get(k) ?? cell?.fill;
      const address = cellAddress(r, c);
      const span = spans.get(k);
      const text = cell?.text ?? "";
      const numeric = typeof cell?.value === "number";

      // Text runs on over empty cells to its right, as in Excel, up to the next cell with content.
      let content = escapeHtml(text);
      let spill = false;
      if (text && !span && !numeric) {
        let room = widths[c - 1];
        let last = c;
        for (let next = c + 1; next <= columns && isEmpty(sheet, covered, spans, r, next); next++) {
          room += widths[next - 1];
          last = next;
        }
        if (last > c) {
          spill = true;
          // No gridline through the text: the cells it runs over lose their inner borders.
          for (let over = c; over < last; over++) seamless.add(key(r, over));
          content = `<span class="spill-text" style="width:${room - CELL_PADDING}px">${content}</span>`;
        }
      }

      const classes = ["cell"];
      if (within(selected, r, c)) classes.push("in-selection");
      if (selected && selected.firstRow === r && selected.firstColumn === c) classes.push("active-cell");
      if (fill) classes.push("filled");
      if (highlighted.has(k)) classes.push("highlighted");
      if (spill) classes.push("spill");
      if (seamless.has(k)) classes.push("seamless");
      if (numeric) classes.push("number");
      const attrs = [
        `class="${classes.join(" ")}"`,
        `data-address="${address}"`,
        span && span.rowSpan > 1 ? `rowspan="${span.rowSpan}"` : "",
        span && span.colSpan > 1 ? `colspan="${span.colSpan}"` : "",
        text.length > 20 ? `title="${escapeHtml(text)}"` : "",
        fill ? `data-fill="${escapeHtml(fill)}"` : "",
      ].filter(Boolean);
      out.push(`<td ${attrs.join(" ")}${fillStyle(fill)}>${content}</td>`);
    }
    out.push("</tr>");
  }
  out.push("</tbody></table>");
  return out.join("");
}

/** What the name box and formula bar show: the active cell's address and full text. */
export function activeCellInfo(state: WorkbookState, sheet: SheetState): { address: string; text: string } {
  const selected = selectedBounds(state, sheet.name);
  if (!selected) return { address: "", text: "" };
  const cell = sheet.cells.get(key(selected.firstRow, selected.firstColumn));
  return { address: state.selection?.address ?? "", text: cell?.formula ?? cell?.text ?? "" };
}
