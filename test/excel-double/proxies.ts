/**
 * The Excel objects the double implements, each a proxy over `WorkbookState` that queues its
 * reads and writes on the context. Only the subset `src/excel` uses; anything else is absent, so
 * a call to it fails loudly instead of being swallowed.
 */
import type { CellValue, SheetVisibility } from "../../src/plan/snapshot";
import { parseRange, type RangeBounds } from "../../src/plan/cells";
import { DoubleContext, DoubleError, DoubleObject, NullableObject, jsonBytes, type Staged } from "./context";
import { ConditionalFormatCollectionProxy } from "./conditional-formats";
import { ChartCollectionProxy, PageLayoutProxy, RangeFormatProxy, checkTabColor, mergeArea, parseAddress } from "./drawing";
import { ClientResultProxy, columnProperties, rowProperties } from "./row-column-properties";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  emptySheet,
  intersects,
  localAddress,
  readCell,
  sheetAddress,
  storeCell,
  usedBounds,
  writeValue,
  type CellState,
  type SheetState,
  type TableState,
} from "./state";

/** Office reads at most this many cells in one range load. */
const MAX_READ_CELLS = 5_000_000;

/**
 * `worksheet.getRanges` fails on long lists with "The argument is invalid or missing or has an
 * incorrect format." and Microsoft documents no limit: reports show lists of 513 areas or about
 * 8,200 characters failing on desktop and web while some longer ones pass (office-js issue #5198;
 * office-js-docs-pr issue #2255, "Limitations of working with multiple ranges"). The double fails
 * at the smallest reported failure, so an adapter that passes here stays clear of it.
 */
export const MAX_ADDRESS_CHARS = 8192;
export const MAX_ADDRESS_AREAS = 512;

/**
 * "If the merged areas count in this range is more than 512, then this method will fail to return
 * the result" (Range.getMergedAreasOrNullObject, ExcelApi 1.13 reference).
 */
export const MAX_MERGED_AREAS = 512;

const notFound = (what: string): DoubleError =>
  new DoubleError("ItemNotFound", `The requested resource doesn't exist: ${what}.`);

const sizeMismatch = (): DoubleError =>
  new DoubleError(
    "InvalidArgument",
    "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
  );

/** `"1.13"` → 113, to compare ExcelApi versions. */
const versionNumber = (v: string): number => {
  const [major, minor = "0"] = v.split(".");
  return Number(major) * 100 + Number(minor);
};

/** Whether the double claims an ExcelApi version (default: every version). */
export function claimsApi(context: DoubleContext, version: string): boolean {
  const claimed = context.host.options.excelApi;
  return claimed === undefined || versionNumber(claimed) >= versionNumber(version);
}

/** A lazily resolved reference, evaluated once during the first sync that uses it. */
class Lazy<T> {
  private value: { v: T } | undefined;
  constructor(private readonly compute: () => T) {}
  get(): T {
    if (!this.value) this.value = { v: this.compute() };
    return this.value.v;
  }
}

/** `Excel.Workbook`. */
export class WorkbookProxy extends DoubleObject {
  readonly worksheets = new WorksheetCollectionProxy(this.context);
  readonly tables = new TableCollectionProxy(this.context, null);
  /** `workbook.functions` (ExcelApi 1.2): worksheet functions evaluated by the workbook itself. */
  readonly functions = {
    /**
     * `DATE(year, month, day)` as the workbook calculates it: the serial in its date system (the
     * 1904 system counts from 1 January 1904, 1,462 days after the 1900 system's day 0).
     */
    date: (year: number, month: number, day: number): FunctionResultProxy =>
      new FunctionResultProxy(this.context, () => {
        const days = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);
        return this.context.host.state.dateSystem === 1904 ? days - 1462 : days;
      }),
  };
  readonly onSelectionChanged = {
    add: (handler: () => Promise<unknown>) => {
      const host = this.context.host;
      this.context.enqueue(40, () => void host.selectionHandlers.add(handler));
      return {
        context: this.context,
        remove: () => this.context.enqueue(40, () => void host.selectionHandlers.delete(handler)),
      };
    },
  };

  /** The selected range (its sheet and cells). */
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.context, false, () => {
      const sel = this.context.host.state.selection;
      if (!sel) throw new DoubleError("InvalidSelection", "The current selection is not a range.");
      return { sheet: findSheet(this.context, sel.sheet)!, bounds: parseRange(sel.address) };
    });
  }

  /** `workbook.readOnly` (ExcelApi 1.8). */
  get readOnly(): boolean {
    return this.loaded("readOnly");
  }

  protected scalar(name: string): unknown {
    if (name === "readOnly") {
      if (!claimsApi(this.context, "1.8")) throw new DoubleError("InvalidArgument", "workbook.readOnly needs ExcelApi 1.8.");
      return this.context.host.state.readOnly === true;
    }
    throw new DoubleError("InvalidArgument", `The double's workbook has no property '${name}'.`);
  }
  protected scalarNames(): string[] {
    return [];
  }
}

/** `Excel.FunctionResult<number>`: `value` (and `error`) after a sync. */
export class FunctionResultProxy extends DoubleObject {
  constructor(
    context: DoubleContext,
    private readonly compute: () => number,
  ) {
    super(context);
  }
  get value(): number {
    return this.loaded("value");
  }
  get error(): string | null {
    return this.loaded("error");
  }
  protected scalarNames(): string[] {
    return ["value", "error"];
  }
  protected scalar(name: string): unknown {
    if (name === "value") return this.compute();
    if (name === "error") return null;
    throw new DoubleError("InvalidArgument", `The double's FunctionResult has no property '${name}'.`);
  }
}

/** `Excel.WorksheetProtection` (ExcelApi 1.2): `protected`, `protect()`, `unprotect()`. */
export class WorksheetProtectionProxy extends DoubleObject {
  constructor(
    context: DoubleContext,
    private readonly sheet: () => SheetState,
  ) {
    super(context);
  }
  get protected(): boolean {
    return this.loaded("protected");
  }
  protect(): void {
    this.context.enqueue(30, () => void (this.sheet().protected = true));
  }
  unprotect(): void {
    this.context.enqueue(30, () => void (this.sheet().protected = false));
  }
  protected scalarNames(): string[] {
    return ["protected"];
  }
  protected scalar(name: string): unknown {
    if (name === "protected") return this.sheet().protected === true;
    throw new DoubleError("InvalidArgument", `The double's WorksheetProtection has no property '${name}'.`);
  }
}

function findSheet(context: DoubleContext, name: string): SheetState | undefined {
  const lower = name.toLowerCase();
  return context.host.state.sheets.find((s) => s.name.toLowerCase() === lower);
}

/** Shared `items` handling for the collections. */
abstract class CollectionProxy<T extends DoubleObject> extends DoubleObject {
  /** The loaded items; throws before `load("items/...")` and a sync. */
  get items(): T[] {
    return this.loaded<T[]>("items");
  }

  protected abstract makeItems(): T[];

  override fetch(paths: string[]): Staged[] {
    const items = this.makeItems();
    const sub = paths.filter((p) => p.startsWith("items/")).map((p) => p.slice("items/".length));
    const staged: Staged[] = [this.stage("items", items, 2)];
    for (const item of items) staged.push(...item.fetch(sub.length ? sub : (item as unknown as HasScalars).names()));
    return staged;
  }

  protected scalar(name: string): unknown {
    throw new DoubleError("InvalidArgument", `Collections have no property '${name}' in the double.`);
  }
  protected scalarNames(): string[] {
    return ["items"];
  }
}

interface HasScalars {
  names(): string[];
}

/** `Excel.WorksheetCollection`. */
export class WorksheetCollectionProxy extends CollectionProxy<WorksheetProxy> {
  protected makeItems(): WorksheetProxy[] {
    return this.context.host.state.sheets.map((s) => new WorksheetProxy(this.context, false, () => s));
  }

  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, false, () => {
      const sheet = findSheet(this.context, name);
      if (!sheet) throw notFound(`worksheet '${name}'`);
      return sheet;
    });
  }

  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, true, () => findSheet(this.context, name) ?? null);
  }

  getActiveWorksheet(): WorksheetProxy {
    return new WorksheetProxy(this.context, false, () => findSheet(this.context, this.context.host.state.activeSheet)!);
  }

  /** Adds a sheet at the end when the sync runs; the name must be free (case-insensitive). */
  add(name: string): WorksheetProxy {
    let added: SheetState | undefined;
    this.context.enqueue(jsonBytes(name) + 30, () => {
      if (findSheet(this.context, name)) {
        throw new DoubleError("ItemAlreadyExists", `A worksheet named '${name}' already exists.`);
      }
      added = emptySheet(name);
      this.context.host.state.sheets.push(added);
    });
    return new WorksheetProxy(this.context, false, () => {
      if (!added) throw notFound(`worksheet '${name}' (used before it was added)`);
      return added;
    });
  }
}

/** `Excel.Worksheet`. */
export class WorksheetProxy extends NullableObject implements HasScalars {
  private readonly sheet: Lazy<SheetState | null>;

  constructor(context: DoubleContext, nullable: boolean, resolve: () => SheetState | null) {
    super(context, nullable);
    this.sheet = new Lazy(resolve);
  }

  /** The sheet this proxy stands for; throws `ItemNotFound` for a null object. */
  resolve(): SheetState {
    const sheet = this.sheet.get();
    if (!sheet) throw notFound("worksheet (null object)");
    return sheet;
  }

  protected exists(): boolean {
    return this.sheet.get() !== null;
  }

  get name(): string {
    return this.loaded("name");
  }
  get position(): number {
    return this.loaded("position");
  }
  /**
   * "The zero-based position of the worksheet within the workbook": setting it moves the sheet,
   * the others keeping their order. https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-position-member
   */
  set position(value: number) {
    this.context.enqueue(30, () => {
      const sheets = this.context.host.state.sheets;
      const sheet = this.resolve();
      if (!Number.isInteger(value) || value < 0 || value >= sheets.length) throw new DoubleError("InvalidArgument", `The position ${value} is out of range.`);
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(value, 0, sheet);
    });
  }

  /**
   * `worksheet.delete()` (ExcelApi 1.1): "Deletes the worksheet from the workbook. Note that if
   * the worksheet's visibility is set to 'VeryHidden', the delete operation will fail with an
   * InvalidOperation exception." The sheet's tables and charts go with it, and a workbook keeps
   * at least one visible sheet (Excel: "A workbook must contain at least one visible worksheet").
   * When the active sheet is deleted, the next visible sheet becomes active.
   * https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)
   */
  delete(): void {
    this.context.enqueue(30, () => {
      const state = this.context.host.state;
      const sheet = this.resolve();
      if (sheet.visibility === "VeryHidden") throw new DoubleError("InvalidOperation", `The very hidden sheet '${sheet.name}' cannot be deleted.`);
      const visible = state.sheets.filter((s) => s.visibility === "Visible");
      if (sheet.visibility === "Visible" && visible.length === 1) throw new DoubleError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      const at = state.sheets.indexOf(sheet);
      state.sheets.splice(at, 1);
      if (state.activeSheet.toLowerCase() === sheet.name.toLowerCase()) {
        const next = state.sheets.slice(at).find((s) => s.visibility === "Visible") ?? [...state.sheets].reverse().find((s) => s.visibility === "Visible");
        state.activeSheet = next?.name ?? "";
      }
      if (state.selection?.sheet.toLowerCase() === sheet.name.toLowerCase()) state.selection = null;
    });
  }
  get visibility(): SheetVisibility {
    return this.loaded("visibility");
  }
  set visibility(value: SheetVisibility) {
    this.context.enqueue(40, () => void (this.resolve().visibility = value));
  }

  get tables(): TableCollectionProxy {
    return new TableCollectionProxy(this.context, this);
  }

  /** Sheet protection (see `WorksheetProtectionProxy`). */
  get protection(): WorksheetProtectionProxy {
    return new WorksheetProtectionProxy(this.context, () => this.resolve());
  }

  /** The sheet's charts (see `drawing.ts`). */
  get charts(): ChartCollectionProxy {
    return new ChartCollectionProxy(this.context, () => this.resolve());
  }

  /** Page set-up (ExcelApi 1.9; see `drawing.ts`). */
  get pageLayout(): PageLayoutProxy {
    return new PageLayoutProxy(this.context, () => this.resolve());
  }

  /**
   * Manual page breaks (ExcelApi 1.9): `add(range)` puts a break above the range's first row,
   * kept as the row after which the new page starts (what the package writer stores).
   * https://learn.microsoft.com/javascript/api/excel/excel.pagebreakcollection#excel-excel-pagebreakcollection-add-member(1)
   */
  get horizontalPageBreaks(): { add(range: string): void } {
    return {
      add: (range: string) =>
        this.context.enqueue(40, () => {
          const sheet = this.resolve();
          sheet.pageLayout ??= {};
          sheet.pageLayout.rowBreaks = [...(sheet.pageLayout.rowBreaks ?? []), parseAddress(range).firstRow - 1];
        }),
    };
  }

  /** `#RRGGBB`, or `""` for none. */
  get tabColor(): string {
    return this.loaded("tabColor");
  }
  set tabColor(value: string) {
    this.context.enqueue(30 + jsonBytes(value), () => void (this.resolve().tabColor = checkTabColor(value)));
  }

  /** A range by address, or the whole sheet when no address is given. */
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.context, false, () => ({
      sheet: this.resolve(),
      bounds: address
        ? parseAddress(address)
        : { firstRow: 1, firstColumn: 1, lastRow: MAX_ROWS, lastColumn: MAX_COLUMNS },
    }));
  }

  /** Several areas of the sheet (ExcelApi 1.9): `"A1:B2, D5"` (commas or semicolons). */
  getRanges(address: string): RangeAreasProxy {
    return new RangeAreasProxy(
      this.context,
      () => {
        const areas = address.split(/[,;]/).map((a) => parseAddress(a.trim()));
        if (address.length > MAX_ADDRESS_CHARS || areas.length > MAX_ADDRESS_AREAS) {
          throw new DoubleError(
            "InvalidArgument",
            `The argument is invalid or missing or has an incorrect format. (${areas.length} areas, ${address.length} characters)`,
          );
        }
        return { sheet: this.resolve(), areas };
      },
      false,
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, true, () => {
      const sheet = this.resolve();
      const bounds = usedBounds(sheet, valuesOnly);
      return bounds ? { sheet, bounds } : null;
    });
  }

  activate(): void {
    this.context.enqueue(30, () => {
      const sheet = this.resolve();
      if (sheet.visibility !== "Visible") {
        throw new DoubleError("InvalidOperation", `Cannot activate the hidden sheet '${sheet.name}'.`);
      }
      this.context.host.state.activeSheet = sheet.name;
    });
  }

  names(): string[] {
    return this.scalarNames();
  }
  protected scalarNames(): string[] {
    return ["name", "position", "visibility"];
  }
  protected scalar(name: string): unknown {
    const sheet = this.resolve();
    if (name === "name") return sheet.name;
    if (name === "visibility") return sheet.visibility;
    if (name === "position") return this.context.host.state.sheets.indexOf(sheet);
    if (name === "tabColor") return sheet.tabColor ?? "";
    throw new DoubleError("InvalidArgument", `The double's worksheet has no property '${name}'.`);
  }
}

interface ResolvedRange {
  sheet: SheetState;
  bounds: RangeBounds;
}

/** `Excel.Range`. */
export class RangeProxy extends NullableObject implements HasScalars {
  private readonly target: Lazy<ResolvedRange | null>;
  /** `range.format`: fill (per cell `fill`), font, alignment, wrap, borders, row height, column width. */
  readonly format = new RangeFormatProxy(this.context, () => {
    const { sheet, bounds } = this.resolve();
    return { sheet, areas: [bounds] };
  });

  constructor(context: DoubleContext, nullable: boolean, resolve: () => ResolvedRange | null) {
    super(context, nullable);
    this.target = new Lazy(resolve);
  }

  /** The sheet and cells; throws `ItemNotFound` for a null object. */
  resolve(): ResolvedRange {
    const target = this.target.get();
    if (!target) throw notFound("range (null object)");
    return target;
  }

  protected exists(): boolean {
    return this.target.get() !== null;
  }

  get address(): string {
    return this.loaded("address");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get text(): string[][] {
    return this.loaded("text");
  }
  get values(): CellValue[][] {
    return this.loaded("values");
  }
  set values(values: (CellValue | null)[][]) {
    this.write(values, (cell, v) => writeValue(cell, v as CellValue), true);
  }
  get numberFormat(): string[][] {
    return this.loaded("numberFormat");
  }
  /**
   * "Represents the formula in A1-style notation. If a cell has no formula, its value is returned
   * instead" (Range.formulas, ExcelApi 1.1): so a text constant "=x" reads back as "=x" too.
   */
  get formulas(): CellValue[][] {
    return this.loaded("formulas");
  }
  set numberFormat(formats: (string | null)[][]) {
    this.write(formats, (cell, f) => ({ ...cell, numberFormat: f === "" ? "General" : String(f) }));
  }

  /** Conditional formats touching this range (ExcelApi 1.6). */
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.context, () => {
      const { sheet, bounds } = this.resolve();
      return { sheet, areas: [bounds] };
    });
  }

  /** A range with the same top-left cell, `rows` and `columns` larger (Office's offsets). */
  getResizedRange(deltaRows: number, deltaColumns: number): RangeProxy {
    return new RangeProxy(this.context, false, () => {
      const { sheet, bounds } = this.resolve();
      const lastRow = bounds.lastRow + deltaRows;
      const lastColumn = bounds.lastColumn + deltaColumns;
      if (
        lastRow < bounds.firstRow ||
        lastColumn < bounds.firstColumn ||
        lastRow > MAX_ROWS ||
        lastColumn > MAX_COLUMNS
      ) {
        throw new DoubleError("InvalidArgument", "The resized range is outside the worksheet.");
      }
      return { sheet, bounds: { ...bounds, lastRow, lastColumn } };
    });
  }

  /** Merged areas intersecting this range (ExcelApi 1.13). */
  getMergedAreasOrNullObject(): RangeAreasProxy {
    if (!claimsApi(this.context, "1.13")) {
      throw new TypeError("range.getMergedAreasOrNullObject is not a function (ExcelApi 1.13 not supported)");
    }
    return new RangeAreasProxy(this.context, () => {
      const { sheet, bounds } = this.resolve();
      const areas = sheet.merged.filter((m) => intersects(m, bounds));
      if (areas.length > MAX_MERGED_AREAS) {
        throw new DoubleError("GeneralException", `There were ${areas.length} merged areas; Excel returns at most ${MAX_MERGED_AREAS}.`);
      }
      return areas.length ? { sheet, areas } : null;
    });
  }

  /** Each row's requested properties, in row order (ExcelApi 1.9; see row-column-properties.ts). */
  getRowProperties(options: Record<string, unknown>): ClientResultProxy<{ rowHidden?: boolean }[]> {
    if (!claimsApi(this.context, "1.9")) throw new TypeError("range.getRowProperties is not a function (ExcelApi 1.9 not supported)");
    return new ClientResultProxy(this.context, () => {
      const { sheet, bounds } = this.resolve();
      return rowProperties(sheet, bounds, options);
    });
  }

  /** Each column's requested properties, in column order (ExcelApi 1.9). */
  getColumnProperties(options: Record<string, unknown>): ClientResultProxy<{ columnHidden?: boolean }[]> {
    if (!claimsApi(this.context, "1.9")) throw new TypeError("range.getColumnProperties is not a function (ExcelApi 1.9 not supported)");
    return new ClientResultProxy(this.context, () => {
      const { sheet, bounds } = this.resolve();
      return columnProperties(sheet, bounds, options);
    });
  }

  /** Merges the range into one cell (each row into one when `across`); see `mergeArea`. */
  merge(across = false): void {
    this.context.enqueue(30, () => {
      const { sheet, bounds } = this.resolve();
      mergeArea(sheet, bounds, across);
    });
  }

  select(): void {
    this.context.enqueue(30, () => {
      const { sheet, bounds } = this.resolve();
      const state = this.context.host.state;
      state.activeSheet = sheet.name;
      state.selection = { sheet: sheet.name, address: localAddress(bounds) };
    });
  }

  names(): string[] {
    return this.scalarNames();
  }
  protected scalarNames(): string[] {
    return ["address", "rowCount", "columnCount", "values", "text", "numberFormat"];
  }
  protected scalar(name: string): unknown {
    const { sheet, bounds } = this.resolve();
    if (name === "address") return sheetAddress(sheet.name, bounds);
    if (name === "rowCount") return bounds.lastRow - bounds.firstRow + 1;
    if (name === "columnCount") return bounds.lastColumn - bounds.firstColumn + 1;
    const pick: Record<string, (c: CellState) => unknown> = {
      values: (c) => c.value,
      text: (c) => c.text,
      numberFormat: (c) => c.numberFormat,
      formulas: (c) => c.formula ?? c.value,
    };
    if (!pick[name]) throw new DoubleError("InvalidArgument", `The double's range has no property '${name}'.`);
    const cells = (bounds.lastRow - bounds.firstRow + 1) * (bounds.lastColumn - bounds.firstColumn + 1);
    if (cells > MAX_READ_CELLS) throw new DoubleError("RangeExceedsLimit", "The range has too many cells to read.");
    const grid: unknown[][] = [];
    for (let r = bounds.firstRow; r <= bounds.lastRow; r++) {
      const row: unknown[] = [];
      for (let c = bounds.firstColumn; c <= bounds.lastColumn; c++) row.push(pick[name](readCell(sheet, r, c)));
      grid.push(row);
    }
    return grid;
  }

  /** Queues a 2-D write; at sync its size must match the range, `null` leaves a cell alone. */
  private write<T>(grid: (T | null)[][], apply: (cell: CellState, v: T) => CellState, values = false): void {
    this.context.enqueue(jsonBytes(grid) + 30, () => {
      const { sheet, bounds } = this.resolve();
      refuseProtected(this.context, sheet, bounds);
      const rows = bounds.lastRow - bounds.firstRow + 1;
      const columns = bounds.lastColumn - bounds.firstColumn + 1;
      if (!Array.isArray(grid) || grid.length !== rows || grid.some((r) => !Array.isArray(r) || r.length !== columns)) {
        throw sizeMismatch();
      }
      grid.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null) return;
          const r = bounds.firstRow + i;
          const c = bounds.firstColumn + j;
          storeCell(sheet, r, c, apply(readCell(sheet, r, c), v));
        }),
      );
      if (values) expandTables(sheet, bounds, grid);
    });
  }
}

/**
 * Edits Excel refuses: any write to a workbook open read-only, and to a locked cell of a protected
 * sheet ("The cell or chart you're trying to change is on a protected sheet"; the API answers
 * `AccessDenied`, RichApi error codes in "Error handling with the application-specific JavaScript
 * APIs"). Checked before a single cell of the range changes.
 */
function refuseProtected(context: DoubleContext, sheet: SheetState, bounds: RangeBounds): void {
  if (context.host.state.readOnly) {
    throw new DoubleError("AccessDenied", "You cannot perform the requested operation: the workbook is read-only.");
  }
  if (!sheet.protected) return;
  for (let r = bounds.firstRow; r <= bounds.lastRow; r++) {
    for (let c = bounds.firstColumn; c <= bounds.lastColumn; c++) {
      if (readCell(sheet, r, c).locked !== false) {
        throw new DoubleError("AccessDenied", `The cell you're trying to change is on a protected sheet (${sheet.name}).`);
      }
    }
  }
}

/**
 * "Set values in the range directly below the table. Excel automatically expands the table"
 * (Coauthoring in Excel add-ins, "Use Range.values to add rows"); only for actual data, and not
 * below a totals row. Rows only: the table's columns stay as they are.
 */
function expandTables(sheet: SheetState, bounds: RangeBounds, grid: unknown[][]): void {
  const hasData = grid.some((row) => row.some((v) => v !== null && v !== ""));
  if (!hasData) return;
  for (const table of sheet.tables) {
    const t = table.bounds;
    const below = bounds.firstRow === t.lastRow + 1;
    const overlaps = bounds.firstColumn <= t.lastColumn && t.firstColumn <= bounds.lastColumn;
    if (below && overlaps && !table.showTotals) table.bounds = { ...t, lastRow: bounds.lastRow };
  }
}

/** `Excel.RangeAreas`, as returned by `getMergedAreasOrNullObject` (nullable) or `getRanges`. */
export class RangeAreasProxy extends NullableObject {
  private readonly target: Lazy<{ sheet: SheetState; areas: RangeBounds[] } | null>;

  constructor(context: DoubleContext, resolve: () => { sheet: SheetState; areas: RangeBounds[] } | null, nullable = true) {
    super(context, nullable);
    this.target = new Lazy(resolve);
  }

  /** Formats every area at once (ExcelApi 1.9): font, fill, alignment, wrap, borders, sizes. */
  get format(): RangeFormatProxy {
    return new RangeFormatProxy(this.context, () => {
      const target = this.target.get();
      if (!target) throw notFound("range areas (null object)");
      return target;
    });
  }

  /** Conditional formats touching any of the areas; `add` covers all of them (ExcelApi 1.9). */
  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this.context, () => {
      const target = this.target.get();
      if (!target) throw notFound("range areas (null object)");
      return target;
    });
  }

  protected exists(): boolean {
    return this.target.get() !== null;
  }

  get address(): string {
    return this.loaded("address");
  }
  get areaCount(): number {
    return this.loaded("areaCount");
  }

  protected scalarNames(): string[] {
    return ["address", "areaCount"];
  }
  protected scalar(name: string): unknown {
    const target = this.target.get()!;
    // Office joins areas with ", " and prefixes every area with its sheet.
    if (name === "address") return target.areas.map((a) => sheetAddress(target.sheet.name, a)).join(", ");
    if (name === "areaCount") return target.areas.length;
    throw new DoubleError("InvalidArgument", `The double's RangeAreas has no property '${name}'.`);
  }
}

/** `Excel.TableCollection`, of the workbook (`sheet` null) or of one sheet. */
export class TableCollectionProxy extends CollectionProxy<TableProxy> {
  constructor(
    context: DoubleContext,
    private readonly sheet: WorksheetProxy | null,
  ) {
    super(context);
  }

  protected makeItems(): TableProxy[] {
    const sheets = this.sheet ? [this.sheet.resolve()] : this.context.host.state.sheets;
    return sheets.flatMap((s) => s.tables.map((t) => new TableProxy(this.context, s, () => t)));
  }

  /** `tables.add(address, hasHeaders)`: the table exists from the next sync. */
  add(address: string, hasHeaders: boolean): TableProxy {
    const owner = this.sheet;
    if (!owner) throw new DoubleError("InvalidArgument", "The double adds tables through a worksheet's collection only.");
    let made: TableState | undefined;
    this.context.enqueue(40 + address.length, () => {
      const sheet = owner.resolve();
      const count = this.context.host.state.sheets.reduce((n, s) => n + s.tables.length, 0);
      made = { name: `Table${count + 1}`, bounds: parseRange(address), showHeaders: hasHeaders, showTotals: false };
      sheet.tables.push(made);
    });
    return new TableProxy(this.context, null, () => {
      if (!made) throw new DoubleError("ItemNotFound", "The table was used before it was added.");
      return made;
    }, () => owner.resolve());
  }

  /** `tables.getItemOrNullObject(name)`: a null object when no table has that name. */
  getItemOrNullObject(name: string): TableProxy {
    const find = (): { sheet: SheetState; table: TableState } | null => {
      const sheets = this.sheet ? [this.sheet.resolve()] : this.context.host.state.sheets;
      for (const sheet of sheets) for (const table of sheet.tables) if (table.name.toLowerCase() === name.toLowerCase()) return { sheet, table };
      return null;
    };
    return new TableProxy(this.context, null, () => find()!.table, () => find()!.sheet, () => find() !== null);
  }

  /** `tables.getItem(name)`: fails at sync when no table has that name. */
  getItem(name: string): TableProxy {
    const find = (): { sheet: SheetState; table: TableState } => {
      const sheets = this.sheet ? [this.sheet.resolve()] : this.context.host.state.sheets;
      for (const sheet of sheets) for (const table of sheet.tables) if (table.name.toLowerCase() === name.toLowerCase()) return { sheet, table };
      throw new DoubleError("ItemNotFound", `The requested resource doesn't exist: table '${name}'.`);
    };
    return new TableProxy(this.context, null, () => find().table, () => find().sheet);
  }
}

/** `Excel.Table`; a null object (from `getItemOrNullObject`) when `present` says so. */
export class TableProxy extends NullableObject implements HasScalars {
  constructor(
    context: DoubleContext,
    private readonly knownSheet: SheetState | null,
    private readonly state: () => TableState,
    private readonly sheetOf: () => SheetState = () => knownSheet!,
    private readonly present?: () => boolean,
  ) {
    super(context, present !== undefined);
  }

  protected exists(): boolean {
    return this.present ? this.present() : true;
  }

  private get table(): TableState {
    return this.state();
  }

  private get sheet(): SheetState {
    return this.sheetOf();
  }

  /** The sheet holding the table (a navigation property: load `worksheet/name`). */
  readonly worksheet = new WorksheetProxy(this.context, false, () => this.sheet);

  /** Table names are workbook-wide and unique ignoring case, with no spaces, as in Excel. */
  set name(value: string) {
    this.context.enqueue(30 + value.length, () => {
      const table = this.table;
      if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(value)) throw new DoubleError("InvalidArgument", `'${value}' is not a valid table name.`);
      const clash = this.context.host.state.sheets.some((s) => s.tables.some((t) => t !== table && t.name.toLowerCase() === value.toLowerCase()));
      if (clash) throw new DoubleError("InvalidArgument", `A table named '${value}' already exists in the workbook.`);
      table.name = value;
    });
  }
  set style(value: string) {
    this.context.enqueue(30 + value.length, () => undefined);
  }

  /** `table.resize(address)` (ExcelApi 1.13): the header row must stay where it is. */
  resize(address: string): void {
    this.context.enqueue(30 + address.length, () => {
      const bounds = parseRange(address);
      if (bounds.firstRow !== this.table.bounds.firstRow) throw new DoubleError("InvalidArgument", "A table's header row cannot move when it is resized.");
      this.table.bounds = bounds;
    });
  }

  get name(): string {
    return this.loaded("name");
  }
  get showHeaders(): boolean {
    return this.loaded("showHeaders");
  }
  get showTotals(): boolean {
    return this.loaded("showTotals");
  }

  /** The whole table, header and totals rows included. */
  getRange(): RangeProxy {
    return new RangeProxy(this.context, false, () => ({ sheet: this.sheet, bounds: this.table.bounds }));
  }

  names(): string[] {
    return this.scalarNames();
  }
  protected scalarNames(): string[] {
    return ["name", "showHeaders", "showTotals"];
  }
  protected scalar(name: string): unknown {
    if (name === "name") return this.table.name;
    if (name === "showHeaders") return this.table.showHeaders;
    if (name === "showTotals") return this.table.showTotals;
    throw new DoubleError("InvalidArgument", `The double's table has no property '${name}'.`);
  }
  protected override fetchNested(head: string, rest: string[]): Staged[] {
    if (head !== "worksheet") return super.fetchNested(head, rest);
    return this.worksheet.fetch(rest);
  }
}
