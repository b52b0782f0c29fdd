/**
 * The parts of a new sheet drawn from a `SheetSpec` (the board summary): the worksheet itself
 * (tab colour, column widths, rows with their heights, styled cells, merges, page set-up and
 * footer, links to its drawing and tables), the drawing that anchors its chart, and the chart.
 * Each is built whole as text; the writer names the parts and links them (see writer.ts).
 * Strings are inline strings, so a value starting with `=` is text and never a formula.
 */
import { cellAddress, columnLetter, parseCell, parseRange, type RangeBounds } from "../plan/cells";
import type { ChartSpec, SheetSpec } from "../plan/sheet-spec";
import type { CellValue } from "../plan/snapshot";
import { MAIN_NS, REL_NS, quotedSheetName } from "./package-edit";
import { encodeCellText, escapeAttribute, escapeText } from "./xml-edit";

const XML_DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const SHEET_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
/** Pixels of the default font's widest digit (Calibri 11), from which Excel measures column widths. */
const DIGIT_PIXELS = 7;
/** A4 paper in `<pageSetup paperSize>`. */
const A4 = 9;
/** Excel's default row height (points), one line of 11-point text. */
const DEFAULT_ROW_HEIGHT = 15;
const DEFAULT_FONT_SIZE = 11;
/** Excel's width of a column it has no width for (characters). */
const DEFAULT_COLUMN_WIDTH = 8.43;
const MAX_ROW_HEIGHT = 409;
/** Characters of sentence-case Calibri text that fit in the width of one digit, and bold's extra width. */
const TEXT_CHARS_PER_DIGIT = 1.1;
const BOLD_WIDTH = 1.08;

/** What the worksheet links to, by relationship id. */
export interface SpecSheetLinks {
  drawing?: string;
  tables: string[];
}

/** The `cellXfs` index for a cell of a given style name (`undefined`: none) holding `value`. */
export type StyleOf = (style: string | undefined, value: CellValue) => number;

/** The worksheet part of `spec`. */
export function specWorksheetXml(spec: SheetSpec, styleOf: StyleOf, links: SpecSheetLinks): string {
  const rows: string[] = [];
  let used: RangeBounds | undefined;
  spec.rows.forEach((row, i) => {
    const r = i + 1;
    const cells: string[] = [];
    const width = Math.max(row.values.length, row.styles?.length ?? 0);
    for (let j = 0; j < width; j++) {
      const value = row.values[j] ?? "";
      const s = styleOf(row.styles?.[j], value);
      const cell = cellXml(cellAddress(r, j + 1), value, s);
      if (!cell) continue;
      cells.push(cell);
      used = grow(used, r, j + 1);
    }
    // A height the spec gives is kept; otherwise the height wrapped text needs is estimated
    // (not marked custom, so Excel fits the row again when its cells change): LibreOffice and
    // other readers show a stored height as it is, and wrapped lines would overlap without it.
    const fitted = row.height === undefined ? fittedRowHeight(spec, i) : undefined;
    const height =
      row.height !== undefined ? ` ht="${row.height}" customHeight="1"` : fitted !== undefined && fitted !== DEFAULT_ROW_HEIGHT ? ` ht="${fitted}"` : "";
    if (cells.length > 0 || height) rows.push(`<row r="${r}"${height}>${cells.join("")}</row>`);
  });

  const sheetPr = [
    spec.tabColor ? `<tabColor rgb="FF${spec.tabColor.slice(1).toUpperCase()}"/>` : "",
    spec.print.fitToWidth ? `<pageSetUpPr fitToPage="1"/>` : "",
  ].join("");
  const cols = spec.columnWidths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${columnWidth(w)}" customWidth="1"/>`)
    .join("");
  const merges = spec.merges.map((m) => `<mergeCell ref="${rangeText(m)}"/>`).join("");
  const setup = [
    `paperSize="${A4}"`,
    spec.print.landscape ? `orientation="landscape"` : `orientation="portrait"`,
    spec.print.fitToWidth ? `fitToWidth="1" fitToHeight="0"` : "",
  ].filter(Boolean);
  const footer = spec.print.footer ? `<headerFooter><oddFooter>${escapeText(`&C${spec.print.footer}`)}</oddFooter></headerFooter>` : "";
  const breaks = spec.print.rowBreaks ?? [];
  // Manual page breaks (CT_PageBreak): `id` is the row after which the new page starts.
  const rowBreaks = breaks.length > 0 ? `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join("")}</rowBreaks>` : "";
  const tables = links.tables.length > 0 ? `<tableParts count="${links.tables.length}">${links.tables.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>` : "";
  return (
    XML_DECLARATION +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    (sheetPr ? `<sheetPr>${sheetPr}</sheetPr>` : "") +
    `<dimension ref="${used ? rangeText(rangeOf(used)) : "A1"}"/>` +
    `<sheetViews><sheetView workbookViewId="0"/></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    (rows.length > 0 ? `<sheetData>${rows.join("")}</sheetData>` : "<sheetData/>") +
    (merges ? `<mergeCells count="${spec.merges.length}">${merges}</mergeCells>` : "") +
    `<pageMargins left="0.4" right="0.4" top="0.5" bottom="0.6" header="0.3" footer="0.3"/>` +
    `<pageSetup ${setup.join(" ")}/>` +
    footer +
    rowBreaks +
    (links.drawing ? `<drawing r:id="${links.drawing}"/>` : "") +
    tables +
    `</worksheet>`
  );
}

/** The formula of the print titles defined name: `'RAG 2015-06-08'!$1:$3`. */
export function printTitlesFormula(sheetName: string, repeatRows: string): string {
  const [first, last] = repeatRows.split(":");
  return `${quotedSheetName(sheetName)}!$${first}:$${last}`;
}

/** Excel's stored width of a column `characters` digits wide (what its Column Width box shows). */
export function columnWidth(characters: number): number {
  return Math.trunc(((characters * DIGIT_PIXELS + 5) / DIGIT_PIXELS) * 256) / 256;
}

/**
 * The height (points) row `index` of `spec` needs to show its cells: the tallest cell, counting
 * the lines wrapped text takes in its column (or merged columns) at its font size, at Excel's
 * 15 points a line of 11-point text. An estimate that errs on the tall side: sentence-case text
 * averages a little narrower than the digit a column width counts, bold a little wider, and
 * words are wrapped whole as Excel does.
 */
export function fittedRowHeight(spec: SheetSpec, index: number): number {
  const row = spec.rows[index];
  const r = index + 1;
  let height = DEFAULT_ROW_HEIGHT;
  row.values.forEach((value, j) => {
    const style = row.styles?.[j] === undefined ? undefined : spec.styles[row.styles[j]!];
    const size = style?.fontSize ?? DEFAULT_FONT_SIZE;
    let lines = 1;
    if (style?.wrap && typeof value === "string" && value !== "") {
      const merge = spec.merges.map((m) => parseRange(m)).find((b) => b.firstRow === r && b.firstColumn === j + 1);
      const lastColumn = merge && merge.lastRow === r ? merge.lastColumn : j + 1;
      let width = 0;
      for (let c = j + 1; c <= lastColumn; c++) width += spec.columnWidths[c - 1] ?? DEFAULT_COLUMN_WIDTH;
      // Characters that fit: fewer at a larger size or in bold, less the cell's own padding.
      const capacity = Math.max(1, Math.floor((width * TEXT_CHARS_PER_DIGIT * DEFAULT_FONT_SIZE) / size / (style.bold ? BOLD_WIDTH : 1)) - 1);
      lines = wrappedLines(value, capacity);
    }
    height = Math.max(height, (lines * DEFAULT_ROW_HEIGHT * size) / DEFAULT_FONT_SIZE);
  });
  return Math.min(MAX_ROW_HEIGHT, Math.ceil(height * 4) / 4);
}

/** Lines `text` takes wrapped at `capacity` characters: whole words, breaking only longer ones. */
function wrappedLines(text: string, capacity: number): number {
  let lines = 0;
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (used > 0 && used + 1 + word.length <= capacity) {
        used += 1 + word.length;
        continue;
      }
      if (used > 0) lines++;
      used = word.length;
      while (used > capacity) {
        lines++;
        used -= capacity;
      }
    }
  }
  return lines;
}

function cellXml(address: string, value: CellValue, style: number): string | undefined {
  const s = style !== 0 ? ` s="${style}"` : "";
  if (typeof value === "number") return `<c r="${address}"${s}><v>${Object.is(value, -0) ? 0 : value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${address}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (value === "") return style !== 0 ? `<c r="${address}"${s}/>` : undefined;
  const preserve = /^\s|\s$|[\t\n\r]/.test(value) ? ' xml:space="preserve"' : "";
  return `<c r="${address}"${s} t="inlineStr"><is><t${preserve}>${encodeCellText(value)}</t></is></c>`;
}

function grow(bounds: RangeBounds | undefined, row: number, column: number): RangeBounds {
  if (!bounds) return { firstRow: row, lastRow: row, firstColumn: column, lastColumn: column };
  return {
    firstRow: Math.min(bounds.firstRow, row),
    lastRow: Math.max(bounds.lastRow, row),
    firstColumn: Math.min(bounds.firstColumn, column),
    lastColumn: Math.max(bounds.lastColumn, column),
  };
}

function rangeOf(b: RangeBounds): string {
  const start = cellAddress(b.firstRow, b.firstColumn);
  const end = cellAddress(b.lastRow, b.lastColumn);
  return start === end ? start : `${start}:${end}`;
}

/** A range as the spec gives it, normalised (`a1:c2` → `A1:C2`). */
function rangeText(address: string): string {
  return rangeOf(parseRange(address));
}

// ---------------------------------------------------------------- the chart

/**
 * The drawing part that shows the chart over the cells `chart.from` to `chart.to` (both
 * covered), linked to the chart part by `chartRelId`.
 */
export function specDrawingXml(chart: ChartSpec, chartRelId: string): string {
  const from = parseCell(chart.from);
  const to = parseCell(chart.to);
  const anchor = (column: number, row: number) =>
    `<xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    XML_DECLARATION +
    `<xdr:wsDr xmlns:xdr="${SHEET_DRAWING_NS}" xmlns:a="${DRAWING_NS}">` +
    `<xdr:twoCellAnchor>` +
    `<xdr:from>${anchor(from.column - 1, from.row - 1)}</xdr:from>` +
    `<xdr:to>${anchor(to.column, to.row)}</xdr:to>` +
    `<xdr:graphicFrame macro="">` +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1" descr="${escapeAttribute(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" xmlns:r="${REL_NS}" r:id="${chartRelId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`
  );
}

/**
 * The chart part: a stacked horizontal bar chart of `chart.source` on sheet `sheetName`, whose
 * first column holds the categories (listed top to bottom as on the sheet) and each further
 * column one series, named by its header cell, unless `include` is false. Every reference
 * carries a cache of the spec's values, so the chart shows before anything recalculates.
 */
export function specChartXml(sheetName: string, chart: ChartSpec, rows: SheetSpec["rows"], fontName: string): string {
  const src = parseRange(chart.source);
  const sheet = quotedSheetName(sheetName);
  const value = (row: number, column: number): CellValue => rows[row - 1]?.values[column - 1] ?? "";
  const absolute = (row: number, column: number) => `$${columnLetter(column)}$${row}`;
  const ref = (firstRow: number, lastRow: number, column: number) =>
    `${sheet}!${absolute(firstRow, column)}${firstRow === lastRow ? "" : `:${absolute(lastRow, column)}`}`;
  const firstData = src.firstRow + 1;
  const count = src.lastRow - src.firstRow;
  const strCache = (firstRow: number, lastRow: number, column: number) => {
    const points: string[] = [];
    for (let r = firstRow; r <= lastRow; r++) {
      const v = value(r, column);
      if (v !== "") points.push(`<c:pt idx="${r - firstRow}"><c:v>${escapeText(String(v))}</c:v></c:pt>`);
    }
    return `<c:strCache><c:ptCount val="${lastRow - firstRow + 1}"/>${points.join("")}</c:strCache>`;
  };
  const numCache = (column: number) => {
    const points: string[] = [];
    for (let r = firstData; r <= src.lastRow; r++) {
      const v = value(r, column);
      if (typeof v === "number") points.push(`<c:pt idx="${r - firstData}"><c:v>${v}</c:v></c:pt>`);
    }
    return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${count}"/>${points.join("")}</c:numCache>`;
  };
  const series = chart.series
    .map((s, i) => ({ ...s, column: src.firstColumn + 1 + i }))
    .filter((s) => s.include)
    .map(
      (s, k) =>
        `<c:ser><c:idx val="${k}"/><c:order val="${k}"/>` +
        `<c:tx><c:strRef><c:f>${escapeText(ref(src.firstRow, src.firstRow, s.column))}</c:f>${strCache(src.firstRow, src.firstRow, s.column)}</c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${s.color.slice(1).toUpperCase()}"/></a:solidFill><a:ln><a:noFill/></a:ln></c:spPr>` +
        `<c:invertIfNegative val="0"/>` +
        `<c:cat><c:strRef><c:f>${escapeText(ref(firstData, src.lastRow, src.firstColumn))}</c:f>${strCache(firstData, src.lastRow, src.firstColumn)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeText(ref(firstData, src.lastRow, s.column))}</c:f>${numCache(s.column)}</c:numRef></c:val>` +
        `</c:ser>`,
    )
    .join("");
  const font = `<a:latin typeface="${escapeAttribute(fontName)}"/>`;
  const text = (size: number, bold: boolean) => `<a:defRPr sz="${size}" b="${bold ? 1 : 0}">${font}</a:defRPr>`;
  const CAT = 500_000_001;
  const VAL = 500_000_002;
  return (
    XML_DECLARATION +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${REL_NS}">` +
    `<c:lang val="en-GB"/><c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${text(1200, true)}</a:pPr>` +
    `<a:r><a:rPr lang="en-GB" sz="1200" b="1">${font}</a:rPr><a:t>${escapeText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="50"/><c:overlap val="100"/><c:axId val="${CAT}"/><c:axId val="${VAL}"/></c:barChart>` +
    // Categories top to bottom as on the sheet; the value axis then sits at the bottom (the maximum category).
    `<c:catAx><c:axId val="${CAT}"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${VAL}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VAL}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CAT}"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${text(900, false)}</a:pPr><a:endParaRPr lang="en-GB"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}
