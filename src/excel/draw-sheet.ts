/**
 * Draws a `SheetSpec` (the board summary) with Office.js. Everything is queued for ONE sync:
 * values in one 2-D write, each style applied to all its cells at once through RangeAreas,
 * then merges, widths, tables, the chart and the page set-up. Enums are passed as their string
 * values (Office.js accepts both) so the code runs against the test double without globals.
 */
import { cellAddress, columnLetter } from "../plan/cells";
import type { CellStyle, SheetSpec } from "../plan/sheet-spec";
import type { CellValue } from "../plan/snapshot";
import { addressLists } from "./area-lists";

/** Points per character of column width (Calibri 11), close enough for a summary sheet. */
const POINTS_PER_CHARACTER = 7;

/** Cell addresses grouped by style name, each group as address lists Excel accepts. */
export function styleGroups(spec: SheetSpec): Map<string, string[]> {
  const byStyle = new Map<string, string[]>();
  spec.rows.forEach((row, r) =>
    row.styles?.forEach((style, c) => {
      if (!style) return;
      const cells = byStyle.get(style);
      if (cells) cells.push(cellAddress(r + 1, c + 1));
      else byStyle.set(style, [cellAddress(r + 1, c + 1)]);
    }),
  );
  // Rectangles in capped lists (see area-lists.ts): a styled row is one area, not seven cells.
  return new Map([...byStyle].map(([style, cells]) => [style, addressLists(cells)]));
}

function applyStyle(format: Excel.RangeFormat, style: CellStyle): void {
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fill) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal) format.horizontalAlignment = style.horizontal === "center" ? "Center" : style.horizontal === "right" ? "Right" : "Left";
  if (style.vertical) format.verticalAlignment = style.vertical === "center" ? "Center" : "Top";
  if (style.border) {
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const) {
      format.borders.getItem(edge).style = "Continuous";
      format.borders.getItem(edge).color = "#808080";
    }
  }
}

/** Queues the whole sheet on a worksheet just added with `worksheets.add(spec.name)`. */
export function queueSheetSpec(sheet: Excel.Worksheet, spec: SheetSpec): void {
  const width = Math.max(1, ...spec.rows.map((r) => r.values.length));
  const values: CellValue[][] = spec.rows.map((r) => Array.from({ length: width }, (_, c) => r.values[c] ?? ""));
  const formats: (string | null)[][] = spec.rows.map((r) =>
    Array.from({ length: width }, (_, c) => {
      const style = r.styles?.[c];
      const own = style ? spec.styles[style]?.numberFormat : undefined;
      // Plan text is written as text, so a task starting with "=" never becomes a formula; an
      // empty cell keeps Excel's General, as the file adapter leaves it.
      const value = r.values[c];
      return own ?? (typeof value === "string" && value !== "" ? "@" : null);
    }),
  );
  if (spec.rows.length > 0) {
    const all = sheet.getRange(`A1:${cellAddress(spec.rows.length, width)}`);
    all.numberFormat = formats;
    all.values = values;
  }
  for (const [name, lists] of styleGroups(spec)) {
    const style = spec.styles[name];
    if (!style) continue;
    for (const addresses of lists) applyStyle(sheet.getRanges(addresses).format, style);
  }
  spec.rows.forEach((r, i) => {
    if (r.height) sheet.getRange(`A${i + 1}`).format.rowHeight = r.height;
  });
  spec.columnWidths.forEach((w, i) => {
    sheet.getRange(`${columnLetter(i + 1)}:${columnLetter(i + 1)}`).format.columnWidth = w * POINTS_PER_CHARACTER;
  });
  for (const merge of spec.merges) sheet.getRange(merge).merge(false);
  for (const table of spec.tables) {
    const added = sheet.tables.add(table.address, true);
    added.name = table.name;
    added.style = "TableStyleLight1";
  }
  if (spec.chart) {
    const { series } = spec.chart;
    const chart = sheet.charts.add("BarStacked", sheet.getRange(spec.chart.source), "Columns");
    chart.title.text = spec.chart.title;
    // Series follow the source's columns; colour the kept ones, then delete the rest from the end.
    series.forEach((s, i) => {
      if (s.include) chart.series.getItemAt(i).format.fill.setSolidColor(s.color);
    });
    for (let i = series.length - 1; i >= 0; i--) if (!series[i].include) chart.series.getItemAt(i).delete();
    chart.setPosition(spec.chart.from, spec.chart.to);
  }
  const layout = sheet.pageLayout;
  layout.orientation = spec.print.landscape ? "Landscape" : "Portrait";
  if (spec.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (spec.print.repeatRows) layout.setPrintTitleRows(`$${spec.print.repeatRows.replace(":", ":$")}`);
  if (spec.print.footer) layout.headersFooters.defaultForAllPages.centerFooter = spec.print.footer;
  // PageBreakCollection.add (ExcelApi 1.9): the break goes above the range's first row.
  for (const row of spec.print.rowBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row + 1}`);
  if (spec.tabColor) sheet.tabColor = spec.tabColor;
}
