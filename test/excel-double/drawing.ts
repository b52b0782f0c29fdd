/**
 * What drawing a new sheet needs from the double (the board summary, `src/excel/draw-sheet.ts`):
 * `range.format` (font, fill, wrap, alignment, borders, row height, column width) on a Range or
 * RangeAreas, `range.merge`, whole-row and whole-column addresses, `worksheet.charts`,
 * `worksheet.pageLayout` and `worksheet.tabColor`. Writes are queued and applied at sync like
 * every other write of the double; values Excel would refuse (an unknown alignment, a colour that
 * is not one) fail the sync with `InvalidArgument`. Formats are stored per cell, so a test reads
 * them from the state; loading them works too (a property that differs across cells reads null).
 */
import { cellAddress, parseCell, parseRange, type RangeBounds } from "../../src/plan/cells";
import { DoubleContext, DoubleError, DoubleObject, jsonBytes, type Staged } from "./context";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  readCell,
  sheetAddress,
  storeCell,
  type BorderState,
  type CellFormatState,
  type ChartState,
  type PageLayoutState,
  type SheetState,
} from "./state";

/** Some areas of one sheet: what a Range (one area) or RangeAreas (several) formats. */
export interface Areas {
  sheet: SheetState;
  areas: RangeBounds[];
}

/** A double's Range, as the chart methods receive one (structurally, to avoid an import cycle). */
interface ResolvableRange {
  resolve(): { sheet: SheetState; bounds: RangeBounds };
}

const invalid = (message: string): DoubleError => new DoubleError("InvalidArgument", message);

/**
 * A range address as Office accepts it: `A1`, `A1:C3`, whole columns `A:C` and whole rows `5:7`
 * (with or without `$`, with or without a sheet prefix).
 */
export function parseAddress(address: string): RangeBounds {
  const bare = (address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address).trim();
  const columns = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(bare);
  if (columns) {
    const a = parseCell(`${columns[1]}1`).column;
    const b = parseCell(`${columns[2]}1`).column;
    return { firstRow: 1, lastRow: MAX_ROWS, firstColumn: Math.min(a, b), lastColumn: Math.max(a, b) };
  }
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(bare);
  if (rows) {
    const a = Number(rows[1]);
    const b = Number(rows[2]);
    return { firstRow: Math.min(a, b), lastRow: Math.max(a, b), firstColumn: 1, lastColumn: MAX_COLUMNS };
  }
  try {
    return parseRange(bare);
  } catch {
    throw invalid(`'${address}' is not a range address.`);
  }
}

const isWholeRows = (b: RangeBounds): boolean => b.firstColumn === 1 && b.lastColumn === MAX_COLUMNS;
const isWholeColumns = (b: RangeBounds): boolean => b.firstRow === 1 && b.lastRow === MAX_ROWS;

/** `#RRGGBB` or an HTML colour name, as Office accepts; anything else fails the sync. */
function checkColor(color: unknown): string {
  if (typeof color === "string" && (/^#[0-9A-Fa-f]{6}$/.test(color) || /^[A-Za-z]+$/.test(color))) return color;
  throw invalid(`'${String(color)}' is not a colour (use #RRGGBB or a colour name).`);
}

function checkOneOf(value: unknown, allowed: readonly string[], what: string): string {
  if (typeof value === "string" && allowed.includes(value)) return value;
  throw invalid(`'${String(value)}' is not a ${what} (${allowed.join(", ")}).`);
}

function checkNumber(value: unknown, min: number, max: number, what: string): number {
  if (typeof value === "number" && Number.isFinite(value) && value >= min && value <= max) return value;
  throw invalid(`${what} must be a number from ${min} to ${max}, not '${String(value)}'.`);
}

function checkBoolean(value: unknown, what: string): boolean {
  if (typeof value === "boolean") return value;
  throw invalid(`${what} must be true or false, not '${String(value)}'.`);
}

/**
 * Calls `fn` for every cell of the areas. Whole rows or columns would be millions of cells: the
 * double refuses them for cell formats (the summary never formats them; row height and column
 * width do not go through here).
 */
function eachCell({ sheet, areas }: Areas, fn: (row: number, column: number, area: RangeBounds) => void): void {
  for (const area of areas) {
    const cells = (area.lastRow - area.firstRow + 1) * (area.lastColumn - area.firstColumn + 1);
    if (cells > 1_000_000) throw new DoubleError("InvalidOperation", `The double does not format ${cells} cells at once (${sheetAddress(sheet.name, area)}).`);
    for (let r = area.firstRow; r <= area.lastRow; r++) for (let c = area.firstColumn; c <= area.lastColumn; c++) fn(r, c, area);
  }
}

/** Rewrites the stored format of one cell. */
function patchFormat(sheet: SheetState, row: number, column: number, patch: (f: CellFormatState) => CellFormatState): void {
  const cell = readCell(sheet, row, column);
  storeCell(sheet, row, column, { ...cell, format: patch({ ...cell.format }) });
}

/** The value shared by every cell, or null when they differ (as Office reports mixed formats). */
function common<T>({ areas }: Areas, pick: (row: number, column: number) => T): T | null {
  let first: { v: T } | undefined;
  for (const area of areas) {
    const rows = isWholeColumns(area) ? Math.min(area.lastRow, area.firstRow + 1) : area.lastRow;
    const columns = isWholeRows(area) ? Math.min(area.lastColumn, area.firstColumn + 1) : area.lastColumn;
    for (let r = area.firstRow; r <= rows; r++) {
      for (let c = area.firstColumn; c <= columns; c++) {
        const v = pick(r, c);
        if (!first) first = { v };
        else if (first.v !== v) return null;
      }
    }
  }
  return first ? first.v : null;
}

/** Base of the format proxies: each holds a resolver for the areas it formats. */
abstract class FormatPart extends DoubleObject {
  constructor(
    context: DoubleContext,
    protected readonly target: () => Areas,
  ) {
    super(context);
  }

  /** Queues a write of every cell's format. */
  protected queueCells(bytes: number, check: () => void, patch: (f: CellFormatState, row: number, column: number, area: RangeBounds) => CellFormatState): void {
    this.context.enqueue(bytes + 30, () => {
      check();
      const target = this.target();
      eachCell(target, (r, c, area) => patchFormat(target.sheet, r, c, (f) => patch(f, r, c, area)));
    });
  }

  /** A format property common to all cells, or its default when none was written. */
  protected commonFormat<T>(pick: (f: CellFormatState) => T | undefined, fallback: T): T | null {
    const target = this.target();
    return common(target, (r, c) => pick(readCell(target.sheet, r, c).format ?? {}) ?? fallback);
  }
}

/**
 * `Excel.FormatProtection`: `locked` is "if Excel locks the cells in the object. A null value
 * indicates that the entire range doesn't have a uniform lock setting" (FormatProtection
 * reference). Every cell is locked until unlocked, as in a new Excel workbook.
 */
export class FormatProtectionProxy extends FormatPart {
  get locked(): boolean | null {
    return this.loaded("locked");
  }
  set locked(value: boolean) {
    this.context.enqueue(36, () => {
      checkBoolean(value, "locked");
      const target = this.target();
      eachCell(target, (r, c) => {
        const cell = readCell(target.sheet, r, c);
        storeCell(target.sheet, r, c, { ...cell, locked: value ? undefined : false });
      });
    });
  }
  protected scalarNames(): string[] {
    return ["locked"];
  }
  protected scalar(name: string): unknown {
    if (name !== "locked") throw invalid(`The double's FormatProtection has no property '${name}'.`);
    const target = this.target();
    return common(target, (r, c) => readCell(target.sheet, r, c).locked !== false);
  }
}

const HORIZONTAL = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"] as const;
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"] as const;
/** Excel's standard row height and column width, in points. */
const DEFAULT_ROW_HEIGHT = 15;
const DEFAULT_COLUMN_WIDTH = 48;

/** `Excel.RangeFormat` of a Range or RangeAreas. */
export class RangeFormatProxy extends FormatPart {
  /** `format.protection` (FormatProtection, ExcelApi 1.2). */
  readonly protection = new FormatProtectionProxy(this.context, this.target);
  readonly font = new RangeFontProxy(this.context, this.target);
  readonly fill = new RangeFillProxy(this.context, this.target);
  readonly borders = new RangeBorderCollectionProxy(this.context, this.target);

  get wrapText(): boolean {
    return this.loaded("wrapText");
  }
  set wrapText(value: boolean) {
    this.queueCells(6, () => checkBoolean(value, "wrapText"), (f) => ({ ...f, wrapText: value }));
  }
  get horizontalAlignment(): string {
    return this.loaded("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.queueCells(jsonBytes(value), () => checkOneOf(value, HORIZONTAL, "horizontal alignment"), (f) => ({ ...f, horizontalAlignment: value }));
  }
  get verticalAlignment(): string {
    return this.loaded("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this.queueCells(jsonBytes(value), () => checkOneOf(value, VERTICAL, "vertical alignment"), (f) => ({ ...f, verticalAlignment: value }));
  }

  /** Points, 0 to 409, for every row the areas touch. */
  get rowHeight(): number {
    return this.loaded("rowHeight");
  }
  set rowHeight(value: number) {
    this.context.enqueue(40, () => {
      checkNumber(value, 0, 409, "rowHeight");
      const { sheet, areas } = this.target();
      sheet.rowHeights ??= {};
      for (const a of areas) for (let r = a.firstRow; r <= a.lastRow; r++) sheet.rowHeights[r] = value;
    });
  }

  /** Points, 0 to 1,790 (255 characters), for every column the areas touch. */
  get columnWidth(): number {
    return this.loaded("columnWidth");
  }
  set columnWidth(value: number) {
    this.context.enqueue(40, () => {
      checkNumber(value, 0, 1790, "columnWidth");
      const { sheet, areas } = this.target();
      sheet.columnWidths ??= {};
      for (const a of areas) for (let c = a.firstColumn; c <= a.lastColumn; c++) sheet.columnWidths[c] = value;
    });
  }

  protected scalarNames(): string[] {
    return ["wrapText", "horizontalAlignment", "verticalAlignment", "rowHeight", "columnWidth"];
  }
  protected scalar(name: string): unknown {
    if (name === "wrapText") return this.commonFormat((f) => f.wrapText, false);
    if (name === "horizontalAlignment") return this.commonFormat((f) => f.horizontalAlignment, "General");
    if (name === "verticalAlignment") return this.commonFormat((f) => f.verticalAlignment, "Bottom");
    const { sheet, areas } = this.target();
    if (name === "rowHeight") return common({ sheet, areas: areas.map((a) => ({ ...a, firstColumn: 1, lastColumn: 1 })) }, (r) => sheet.rowHeights?.[r] ?? DEFAULT_ROW_HEIGHT);
    if (name === "columnWidth") return common({ sheet, areas: areas.map((a) => ({ ...a, firstRow: 1, lastRow: 1 })) }, (_, c) => sheet.columnWidths?.[c] ?? DEFAULT_COLUMN_WIDTH);
    throw invalid(`The double's RangeFormat has no property '${name}'.`);
  }
}

/** `Excel.RangeFont`: bold, italic, size, color. */
export class RangeFontProxy extends FormatPart {
  get bold(): boolean {
    return this.loaded("bold");
  }
  set bold(value: boolean) {
    this.queueCells(6, () => checkBoolean(value, "font.bold"), (f) => ({ ...f, bold: value }));
  }
  get italic(): boolean {
    return this.loaded("italic");
  }
  set italic(value: boolean) {
    this.queueCells(6, () => checkBoolean(value, "font.italic"), (f) => ({ ...f, italic: value }));
  }
  get size(): number {
    return this.loaded("size");
  }
  set size(value: number) {
    this.queueCells(6, () => checkNumber(value, 1, 409, "font.size"), (f) => ({ ...f, fontSize: value }));
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.queueCells(jsonBytes(value), () => checkColor(value), (f) => ({ ...f, fontColor: value }));
  }

  protected scalarNames(): string[] {
    return ["bold", "italic", "size", "color"];
  }
  protected scalar(name: string): unknown {
    if (name === "bold") return this.commonFormat((f) => f.bold, false);
    if (name === "italic") return this.commonFormat((f) => f.italic, false);
    if (name === "size") return this.commonFormat((f) => f.fontSize, 11);
    if (name === "color") return this.commonFormat((f) => f.fontColor, "#000000");
    throw invalid(`The double's RangeFont has no property '${name}'.`);
  }
}

/** `Excel.RangeFill`: `color` and `clear()`, stored in each cell's `fill`. */
export class RangeFillProxy extends DoubleObject {
  constructor(
    context: DoubleContext,
    private readonly target: () => Areas,
  ) {
    super(context);
  }

  get color(): string {
    return this.loaded("color");
  }
  set color(color: string) {
    this.queue(color);
  }
  clear(): void {
    this.queue(undefined);
  }

  private queue(color: string | undefined): void {
    this.context.enqueue(jsonBytes(color) + 30, () => {
      if (color !== undefined) checkColor(color);
      const target = this.target();
      eachCell(target, (r, c) => storeCell(target.sheet, r, c, { ...readCell(target.sheet, r, c), fill: color }));
    });
  }

  protected scalarNames(): string[] {
    return ["color"];
  }
  protected scalar(name: string): unknown {
    if (name !== "color") throw invalid(`The double's RangeFill has no property '${name}'.`);
    const target = this.target();
    // Office reports no fill as white.
    return common(target, (r, c) => readCell(target.sheet, r, c).fill ?? "#FFFFFF");
  }
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"] as const;
const BORDER_STYLES = ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"] as const;
type Side = "top" | "bottom" | "left" | "right";

/** The cell sides an edge of an area covers at one cell (none for the diagonals, not modelled). */
function sidesAt(edge: string, area: RangeBounds, row: number, column: number): Side[] {
  switch (edge) {
    case "EdgeTop":
      return row === area.firstRow ? ["top"] : [];
    case "EdgeBottom":
      return row === area.lastRow ? ["bottom"] : [];
    case "EdgeLeft":
      return column === area.firstColumn ? ["left"] : [];
    case "EdgeRight":
      return column === area.lastColumn ? ["right"] : [];
    case "InsideHorizontal":
      return [...(row > area.firstRow ? (["top"] as Side[]) : []), ...(row < area.lastRow ? (["bottom"] as Side[]) : [])];
    case "InsideVertical":
      return [...(column > area.firstColumn ? (["left"] as Side[]) : []), ...(column < area.lastColumn ? (["right"] as Side[]) : [])];
    default:
      return [];
  }
}

/** `Excel.RangeBorderCollection`: `getItem(edge)`. */
export class RangeBorderCollectionProxy extends FormatPart {
  getItem(edge: string): RangeBorderProxy {
    return new RangeBorderProxy(this.context, this.target, edge);
  }
  protected scalarNames(): string[] {
    return [];
  }
  protected scalar(name: string): unknown {
    throw invalid(`The double's RangeBorderCollection has no property '${name}'.`);
  }
}

/** `Excel.RangeBorder`: `style` and `color` of one edge, stored on the sides of the cells it covers. */
export class RangeBorderProxy extends FormatPart {
  constructor(
    context: DoubleContext,
    target: () => Areas,
    private readonly edge: string,
  ) {
    super(context, target);
  }

  get style(): string {
    return this.loaded("style");
  }
  set style(value: string) {
    this.queueSides(jsonBytes(value), () => checkOneOf(value, BORDER_STYLES, "border style"), { style: value });
  }
  get color(): string {
    return this.loaded("color");
  }
  set color(value: string) {
    this.queueSides(jsonBytes(value), () => checkColor(value), { color: value });
  }

  private queueSides(bytes: number, check: () => void, patch: BorderState): void {
    this.queueCells(
      bytes,
      () => {
        checkOneOf(this.edge, EDGES, "border index");
        check();
      },
      (f, row, column, area) => {
        const sides = sidesAt(this.edge, area, row, column);
        if (sides.length === 0) return f;
        const borders = { ...f.borders };
        for (const side of sides) borders[side] = { ...borders[side], ...patch };
        return { ...f, borders };
      },
    );
  }

  protected scalarNames(): string[] {
    return ["style", "color"];
  }
  protected scalar(name: string): unknown {
    if (name !== "style" && name !== "color") throw invalid(`The double's RangeBorder has no property '${name}'.`);
    const target = this.target();
    const values: string[] = [];
    eachCell(target, (r, c, area) => {
      for (const side of sidesAt(this.edge, area, r, c)) {
        const border = readCell(target.sheet, r, c).format?.borders?.[side];
        values.push(name === "style" ? (border?.style ?? "None") : (border?.color ?? "#000000"));
      }
    });
    return values.every((v) => v === values[0]) ? (values[0] ?? (name === "style" ? "None" : "#000000")) : null;
  }
}

/**
 * `range.merge(across)`: the area becomes one merged cell (each row its own when `across`), and,
 * as in Excel, only the top-left value of each merged area is kept. Merged areas it overlaps are
 * replaced.
 */
export function mergeArea(sheet: SheetState, bounds: RangeBounds, across: boolean): void {
  if (isWholeRows(bounds) || isWholeColumns(bounds)) throw new DoubleError("InvalidOperation", "The double does not merge whole rows or columns.");
  const pieces: RangeBounds[] = across
    ? Array.from({ length: bounds.lastRow - bounds.firstRow + 1 }, (_, i) => ({ ...bounds, firstRow: bounds.firstRow + i, lastRow: bounds.firstRow + i }))
    : [bounds];
  for (const piece of pieces) {
    if (piece.firstRow === piece.lastRow && piece.firstColumn === piece.lastColumn) continue;
    sheet.merged = sheet.merged.filter(
      (m) => !(m.firstRow <= piece.lastRow && piece.firstRow <= m.lastRow && m.firstColumn <= piece.lastColumn && piece.firstColumn <= m.lastColumn),
    );
    sheet.merged.push({ ...piece });
    for (let r = piece.firstRow; r <= piece.lastRow; r++) {
      for (let c = piece.firstColumn; c <= piece.lastColumn; c++) {
        if (r === piece.firstRow && c === piece.firstColumn) continue;
        const cell = readCell(sheet, r, c);
        if (cell.value !== "" || cell.formula !== undefined) storeCell(sheet, r, c, { ...cell, value: "", text: "", formula: undefined });
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Charts

/** The chart types `worksheet.charts.add` accepts (Excel.ChartType's values, ExcelApi 1.1+). */
const CHART_TYPES = new Set(
  (
    "ColumnClustered ColumnStacked ColumnStacked100 3DColumnClustered 3DColumnStacked 3DColumnStacked100 BarClustered BarStacked BarStacked100 " +
    "3DBarClustered 3DBarStacked 3DBarStacked100 LineStacked LineStacked100 LineMarkers LineMarkersStacked LineMarkersStacked100 PieOfPie " +
    "PieExploded 3DPieExploded BarOfPie XYScatterSmooth XYScatterSmoothNoMarkers XYScatterLines XYScatterLinesNoMarkers AreaStacked AreaStacked100 " +
    "3DAreaStacked 3DAreaStacked100 DoughnutExploded RadarMarkers RadarFilled Surface SurfaceWireframe SurfaceTopView SurfaceTopViewWireframe " +
    "Bubble Bubble3DEffect StockHLC StockOHLC StockVHLC StockVOHLC 3DColumn Line 3DLine 3DPie Pie XYScatter 3DArea Area Doughnut Radar " +
    "Histogram Boxwhisker Pareto RegionMap Treemap Waterfall Sunburst Funnel"
  ).split(" "),
);
const SERIES_BY = ["Auto", "Columns", "Rows"] as const;

/**
 * The series Excel makes from a source range, as far as the double models its guess: a first row
 * of text names the series, a first column of text holds the categories; `Auto` takes series by
 * columns unless the range is wider than tall.
 */
function seriesFrom(sheet: SheetState, b: RangeBounds, seriesBy: string): { series: { name: string }[]; categories: string[] } {
  const text = (r: number, c: number) => readCell(sheet, r, c);
  const isText = (r: number, c: number) => typeof text(r, c).value === "string" && text(r, c).value !== "";
  const rows = b.lastRow - b.firstRow + 1;
  const columns = b.lastColumn - b.firstColumn + 1;
  const byColumns = seriesBy === "Columns" || (seriesBy === "Auto" && rows >= columns);
  const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
  // Header row and label column: text in every cell of the first row / column besides the corner.
  const headerRow = columns > 1 && range(b.firstColumn + 1, b.lastColumn).every((c) => isText(b.firstRow, c));
  const labelColumn = rows > 1 && range(b.firstRow + 1, b.lastRow).every((r) => isText(r, b.firstColumn));
  const dataRows = range(headerRow ? b.firstRow + 1 : b.firstRow, b.lastRow);
  const dataColumns = range(labelColumn ? b.firstColumn + 1 : b.firstColumn, b.lastColumn);
  if (byColumns) {
    return {
      series: dataColumns.map((c, i) => ({ name: headerRow ? text(b.firstRow, c).text : `Series${i + 1}` })),
      categories: labelColumn ? dataRows.map((r) => text(r, b.firstColumn).text) : [],
    };
  }
  return {
    series: dataRows.map((r, i) => ({ name: labelColumn ? text(r, b.firstColumn).text : `Series${i + 1}` })),
    categories: headerRow ? dataColumns.map((c) => text(b.firstRow, c).text) : [],
  };
}

/** `Excel.ChartCollection` of one sheet: `add`, `count` and `items`. */
export class ChartCollectionProxy extends DoubleObject {
  constructor(
    context: DoubleContext,
    private readonly sheet: () => SheetState,
  ) {
    super(context);
  }

  /** The loaded charts; throws before `load("items/...")` and a sync. */
  get items(): ChartProxy[] {
    return this.loaded<ChartProxy[]>("items");
  }
  get count(): number {
    return this.loaded("count");
  }

  /** Adds a chart over `sourceData` when the sync runs; its series follow the double's guess. */
  add(type: string, sourceData: ResolvableRange, seriesBy: string = "Auto"): ChartProxy {
    let made: ChartState | undefined;
    this.context.enqueue(60 + jsonBytes(type), () => {
      if (!CHART_TYPES.has(type)) throw invalid(`'${type}' is not a chart type.`);
      checkOneOf(seriesBy, SERIES_BY, "series orientation");
      const { sheet: source, bounds } = sourceData.resolve();
      const sheet = this.sheet();
      if (source !== sheet) throw invalid("The double draws charts from ranges on their own sheet only.");
      sheet.charts ??= [];
      made = {
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        seriesBy,
        source: sheetAddress(sheet.name, bounds),
        title: null,
        position: null,
        ...seriesFrom(sheet, bounds, seriesBy),
      };
      sheet.charts.push(made);
    });
    return new ChartProxy(this.context, () => {
      if (!made) throw new DoubleError("ItemNotFound", "The chart was used before it was added.");
      return made;
    });
  }

  override fetch(paths: string[]): Staged[] {
    const charts = (this.sheet().charts ?? []).map((c) => new ChartProxy(this.context, () => c));
    const items = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
    const staged: Staged[] = [this.stage("items", charts, 2), this.stage("count", charts.length, 4)];
    for (const chart of charts) staged.push(...chart.fetch(items.length ? items : ["name"]));
    return staged;
  }
  protected scalarNames(): string[] {
    return ["items", "count"];
  }
  protected scalar(name: string): unknown {
    throw invalid(`Collections have no property '${name}' in the double.`);
  }
}

/** `Excel.Chart`: name, title, series, `setPosition`. */
export class ChartProxy extends DoubleObject {
  readonly title = new ChartTitleProxy(this.context, () => this.state());
  readonly series = new ChartSeriesCollectionProxy(this.context, () => this.state());

  constructor(
    context: DoubleContext,
    private readonly state: () => ChartState,
  ) {
    super(context);
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.context.enqueue(30 + jsonBytes(value), () => void (this.state().name = value));
  }
  get chartType(): string {
    return this.loaded("chartType");
  }

  /** Places the chart over cells (`"A15"`, `"E30"` or ranges of its sheet). */
  setPosition(startCell: string | ResolvableRange, endCell?: string | ResolvableRange): void {
    const cell = (at: string | ResolvableRange): string => {
      if (typeof at !== "string") {
        const { bounds } = at.resolve();
        return cellAddress(bounds.firstRow, bounds.firstColumn);
      }
      const b = parseAddress(at);
      return cellAddress(b.firstRow, b.firstColumn);
    };
    this.context.enqueue(40, () => {
      this.state().position = { from: cell(startCell), to: endCell === undefined ? null : cell(endCell) };
    });
  }

  protected scalarNames(): string[] {
    return ["name", "chartType"];
  }
  protected scalar(name: string): unknown {
    if (name === "name") return this.state().name;
    if (name === "chartType") return this.state().type;
    throw invalid(`The double's chart has no property '${name}'.`);
  }
}

/** `Excel.ChartTitle`: `text`. */
export class ChartTitleProxy extends DoubleObject {
  constructor(
    context: DoubleContext,
    private readonly chart: () => ChartState,
  ) {
    super(context);
  }
  get text(): string {
    return this.loaded("text");
  }
  set text(value: string) {
    this.context.enqueue(30 + jsonBytes(value), () => void (this.chart().title = value));
  }
  protected scalarNames(): string[] {
    return ["text"];
  }
  protected scalar(name: string): unknown {
    if (name === "text") return this.chart().title ?? "";
    throw invalid(`The double's chart title has no property '${name}'.`);
  }
}

/** `Excel.ChartSeriesCollection`: `getItemAt`, `count`. */
export class ChartSeriesCollectionProxy extends DoubleObject {
  constructor(
    context: DoubleContext,
    private readonly chart: () => ChartState,
  ) {
    super(context);
  }
  get count(): number {
    return this.loaded("count");
  }
  /** The series at `index` when the operation using it runs (indexes shift as series are deleted). */
  getItemAt(index: number): ChartSeriesProxy {
    return new ChartSeriesProxy(this.context, this.chart, index);
  }
  protected scalarNames(): string[] {
    return ["count"];
  }
  protected scalar(name: string): unknown {
    if (name === "count") return this.chart().series.length;
    throw invalid(`The double's series collection has no property '${name}'.`);
  }
}

/** `Excel.ChartSeries`: `name`, `delete()`, `format.fill.setSolidColor`. */
export class ChartSeriesProxy extends DoubleObject {
  readonly format: { fill: { setSolidColor(color: string): void; clear(): void } };

  constructor(
    context: DoubleContext,
    private readonly chart: () => ChartState,
    private readonly index: number,
  ) {
    super(context);
    this.format = {
      fill: {
        setSolidColor: (color: string) => this.context.enqueue(30 + jsonBytes(color), () => void (this.item().color = checkColor(color))),
        clear: () => this.context.enqueue(30, () => void delete this.item().color),
      },
    };
  }

  private item(): ChartState["series"][number] {
    const series = this.chart().series;
    const item = series[this.index];
    if (!Number.isInteger(this.index) || !item) throw new DoubleError("ItemNotFound", `The chart has no series at index ${this.index} (it has ${series.length}).`);
    return item;
  }

  get name(): string {
    return this.loaded("name");
  }
  set name(value: string) {
    this.context.enqueue(30 + jsonBytes(value), () => void (this.item().name = value));
  }

  delete(): void {
    this.context.enqueue(30, () => {
      const item = this.item();
      const series = this.chart().series;
      series.splice(series.indexOf(item), 1);
    });
  }

  protected scalarNames(): string[] {
    return ["name"];
  }
  protected scalar(name: string): unknown {
    if (name === "name") return this.item().name;
    throw invalid(`The double's chart series has no property '${name}'.`);
  }
}

// ---------------------------------------------------------------------------------------------
// Page layout

const ORIENTATIONS = ["Portrait", "Landscape"] as const;

function checkZoom(zoom: unknown): NonNullable<PageLayoutState["zoom"]> {
  if (typeof zoom !== "object" || zoom === null) throw invalid("pageLayout.zoom must be an object.");
  const { scale, horizontalFitToPages, verticalFitToPages, ...rest } = zoom as Record<string, unknown>;
  if (Object.keys(rest).length) throw invalid(`pageLayout.zoom has no property '${Object.keys(rest)[0]}'.`);
  const out: NonNullable<PageLayoutState["zoom"]> = {};
  if (scale !== undefined && scale !== null) out.scale = checkNumber(scale, 10, 400, "zoom.scale");
  if (horizontalFitToPages !== undefined && horizontalFitToPages !== null) out.horizontalFitToPages = checkNumber(horizontalFitToPages, 0, 32767, "zoom.horizontalFitToPages");
  if (verticalFitToPages !== undefined && verticalFitToPages !== null) out.verticalFitToPages = checkNumber(verticalFitToPages, 0, 32767, "zoom.verticalFitToPages");
  if (out.scale !== undefined && (out.horizontalFitToPages !== undefined || out.verticalFitToPages !== undefined)) {
    throw invalid("pageLayout.zoom takes a scale or pages to fit, not both.");
  }
  return out;
}

/** `Excel.PageLayout` (ExcelApi 1.9): orientation, zoom, print title rows, the centre footer. */
export class PageLayoutProxy extends DoubleObject {
  readonly headersFooters: { defaultForAllPages: HeaderFooterProxy };

  constructor(
    context: DoubleContext,
    private readonly sheet: () => SheetState,
  ) {
    super(context);
    this.headersFooters = { defaultForAllPages: new HeaderFooterProxy(context, () => this.layout()) };
  }

  private layout(): PageLayoutState {
    const sheet = this.sheet();
    sheet.pageLayout ??= {};
    return sheet.pageLayout;
  }

  get orientation(): string {
    return this.loaded("orientation");
  }
  set orientation(value: string) {
    this.context.enqueue(30 + jsonBytes(value), () => void (this.layout().orientation = checkOneOf(value, ORIENTATIONS, "page orientation")));
  }
  get zoom(): PageLayoutState["zoom"] {
    return this.loaded("zoom");
  }
  set zoom(value: PageLayoutState["zoom"]) {
    this.context.enqueue(30 + jsonBytes(value), () => void (this.layout().zoom = checkZoom(value)));
  }

  /** Rows repeated at the top of each printed page: `$1:$3` (or a Range of whole rows). */
  setPrintTitleRows(rows: string | ResolvableRange): void {
    this.context.enqueue(40, () => {
      let bounds: RangeBounds;
      if (typeof rows === "string") {
        if (!/^\$?\d+:\$?\d+$/.test(rows.trim())) throw invalid(`'${rows}' is not a range of whole rows.`);
        bounds = parseAddress(rows);
      } else {
        bounds = rows.resolve().bounds;
        if (!isWholeRows(bounds)) throw invalid("Print title rows must be whole rows.");
      }
      this.layout().printTitleRows = `$${bounds.firstRow}:$${bounds.lastRow}`;
    });
  }

  protected scalarNames(): string[] {
    return ["orientation", "zoom"];
  }
  protected scalar(name: string): unknown {
    const layout = this.sheet().pageLayout ?? {};
    if (name === "orientation") return layout.orientation ?? "Portrait";
    if (name === "zoom") return layout.zoom ?? { scale: 100 };
    throw invalid(`The double's page layout has no property '${name}'.`);
  }
}

/** `Excel.HeaderFooter`: only the centre footer is modelled. */
export class HeaderFooterProxy extends DoubleObject {
  constructor(
    context: DoubleContext,
    private readonly layout: () => PageLayoutState,
  ) {
    super(context);
  }
  get centerFooter(): string {
    return this.loaded("centerFooter");
  }
  set centerFooter(value: string) {
    this.context.enqueue(30 + jsonBytes(value), () => {
      if (typeof value !== "string") throw invalid("centerFooter must be text.");
      this.layout().centerFooter = value;
    });
  }
  protected scalarNames(): string[] {
    return ["centerFooter"];
  }
  protected scalar(name: string): unknown {
    if (name === "centerFooter") return this.layout().centerFooter ?? "";
    throw invalid(`The double's header/footer has no property '${name}'.`);
  }
}

/** `worksheet.tabColor = "#RRGGBB"` (`""` removes it). */
export function checkTabColor(value: string): string | undefined {
  return value === "" ? undefined : checkColor(value);
}
