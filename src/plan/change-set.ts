/**
 * Checks on a `ChangeSet` that need no workbook: both adapters run them before touching
 * anything, so a malformed change fails the same way under the Office JavaScript API and on an .xlsx file.
 */
import { parseCell, parseRange, type RangeBounds } from "./cells";
import type { ChangeSet, SheetEnsure } from "./port";
import type { SheetSpec } from "./sheet-spec";
import { InvalidChangeError } from "./invalid-change";

export { InvalidChangeError };

/** Excel's limit on one cell's text. */
export const MAX_CELL_CHARS = 32_767;
/** Excel's limit on a number format code. */
export const MAX_FORMAT_CHARS = 255;
/** Rows and columns of a worksheet. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Whether `name` may name a sheet: 1-31 characters, none of `[]:*?/\`, no leading or trailing `'`. */
export function isValidSheetName(name: string): boolean {
  return /^[^[\]:*?/\\]{1,31}$/.test(name) && !/^'|'$/.test(name);
}

/**
 * Whether `name` may name an Excel Table: a letter, `_` or `\` first, then letters, digits, `.`
 * and `_`; at most 255 characters; not `C`/`R` and nothing that reads as a cell (`A1`, `R1C1`).
 */
export function isValidTableName(name: string): boolean {
  if (!/^[\p{L}_\\][\p{L}\p{N}._]{0,254}$/u.test(name)) return false;
  if (/^[cr]$/i.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false;
  return !/^r\d*c\d*$/i.test(name);
}

/**
 * Throws `InvalidChangeError` unless every write is a well-formed rectangle inside the sheet,
 * every sheet and table name is valid and used once, and every new sheet's spec is drawable.
 */
export function validateChanges(changes: ChangeSet): void {
  const seen = new Set<string>();
  const tables = new Set<string>();
  for (const ensure of changes.ensureSheets) {
    if (!isValidSheetName(ensure.name)) {
      throw new InvalidChangeError(`"${ensure.name}" is not a valid sheet name.`);
    }
    if (seen.has(ensure.name.toLowerCase())) throw new InvalidChangeError(`Sheet "${ensure.name}" is ensured twice.`);
    seen.add(ensure.name.toLowerCase());
    if (ensure.table !== undefined) {
      validateTable(ensure);
      if (tables.has(ensure.table.toLowerCase())) throw new InvalidChangeError(`The table "${ensure.table}" is asked for twice.`);
      tables.add(ensure.table.toLowerCase());
    }
  }
  for (const spec of changes.addSheets ?? []) {
    if (!isValidSheetName(spec.name)) throw new InvalidChangeError(`"${spec.name}" is not a valid sheet name.`);
    if (seen.has(spec.name.toLowerCase())) throw new InvalidChangeError(`Sheet "${spec.name}" is asked for twice.`);
    seen.add(spec.name.toLowerCase());
    validateSheetSpec(spec);
    for (const table of spec.tables) {
      if (tables.has(table.name.toLowerCase())) throw new InvalidChangeError(`The table "${table.name}" is asked for twice.`);
      tables.add(table.name.toLowerCase());
    }
  }
  for (const replaced of changes.replaceSheets ?? []) {
    const key = replaced.name.toLowerCase();
    if (!(changes.addSheets ?? []).some((spec) => spec.name.toLowerCase() === key)) {
      throw new InvalidChangeError(`The sheet "${replaced.name}" is to be replaced, but no new sheet of that name is given.`);
    }
    if ((changes.replaceSheets ?? []).filter((r) => r.name.toLowerCase() === key).length > 1) {
      throw new InvalidChangeError(`The sheet "${replaced.name}" is to be replaced twice.`);
    }
  }
  for (const write of changes.writes) {
    const where = `${write.sheet}!${write.address}`;
    const width = write.values[0]?.length ?? 0;
    if (width === 0) throw new InvalidChangeError(`The write to ${where} has no cells.`);
    if (write.values.some((row) => row.length !== width)) {
      throw new InvalidChangeError(`The write to ${where} has rows of different lengths.`);
    }
    const expected = write.expectedText;
    if (expected && (expected.length !== write.values.length || expected.some((row) => row.length !== width))) {
      throw new InvalidChangeError(`The expected text for ${where} is not the size of its values.`);
    }
    const formats = write.numberFormat;
    if (formats && (formats.length !== write.values.length || formats.some((row) => row.length !== width))) {
      throw new InvalidChangeError(`The number formats for ${where} are not the size of its values.`);
    }
    if (formats?.some((row) => row.some((f) => f !== null && (typeof f !== "string" || f === "" || f.length > MAX_FORMAT_CHARS)))) {
      throw new InvalidChangeError(`A number format for ${where} is empty or longer than Excel's ${MAX_FORMAT_CHARS} characters.`);
    }
    let start;
    try {
      start = parseCell(write.address);
    } catch {
      throw new InvalidChangeError(`The write to ${where} must start at one cell, like E46.`);
    }
    if (start.row < 1 || start.column < 1) {
      throw new InvalidChangeError(`The write to ${where} must start at one cell, like E46.`);
    }
    if (start.row + write.values.length - 1 > MAX_ROWS || start.column + width - 1 > MAX_COLUMNS) {
      throw new InvalidChangeError(`The write to ${where} runs past the edge of the sheet.`);
    }
    if (write.values.some((row) => row.some((v) => typeof v === "string" && v.length > MAX_CELL_CHARS))) {
      throw new InvalidChangeError(`A cell written at ${where} is longer than Excel's ${MAX_CELL_CHARS} characters.`);
    }
    if (write.values.some((row) => row.some((v) => typeof v === "number" && !Number.isFinite(v)))) {
      throw new InvalidChangeError(`A number written at ${where} is not finite, which Excel cannot hold.`);
    }
  }
}

function validateTable(ensure: SheetEnsure): void {
  const name = ensure.table ?? "";
  if (!isValidTableName(name)) throw new InvalidChangeError(`"${name}" is not a valid table name.`);
  const header = ensure.header ?? [];
  if (header.length === 0) throw new InvalidChangeError(`The table "${name}" needs a header row.`);
  const columns = new Set<string>();
  for (const title of header) {
    if (title.trim() === "") throw new InvalidChangeError(`The table "${name}" has an empty column title.`);
    if (columns.has(title.toLowerCase())) throw new InvalidChangeError(`The table "${name}" has the column "${title}" twice.`);
    columns.add(title.toLowerCase());
  }
}

const COLOR = /^#[0-9A-Fa-f]{6}$/;
/** Excel's limits on a column width (characters) and a row height (points). */
const MAX_COLUMN_WIDTH = 255;
const MAX_ROW_HEIGHT = 409;

/**
 * Throws `InvalidChangeError` unless a new sheet's spec can be drawn as given: cells Excel can
 * hold, known styles with `#RRGGBB` colours, ranges inside the sheet, tables whose header cells
 * are distinct non-empty text and that overlap neither each other nor a merge, and a chart whose
 * series match its source's columns.
 */
export function validateSheetSpec(spec: SheetSpec): void {
  const fail = (problem: string): never => {
    throw new InvalidChangeError(`The new sheet "${spec.name}" ${problem}`);
  };
  const range = (address: string, what: string): RangeBounds => {
    let bounds: RangeBounds;
    try {
      bounds = parseRange(address);
    } catch {
      return fail(`has ${what} "${address}", which is not a range like A1:C4.`);
    }
    if (address.includes("!") || bounds.firstRow < 1 || bounds.firstColumn < 1 || bounds.lastRow > MAX_ROWS || bounds.lastColumn > MAX_COLUMNS) {
      fail(`has ${what} "${address}", which is not a range of the sheet.`);
    }
    return bounds;
  };
  const cellAt = (row: number, column: number) => spec.rows[row - 1]?.values[column - 1];

  if (spec.rows.length > MAX_ROWS) fail(`has more rows than Excel's ${MAX_ROWS}.`);
  for (const [name, style] of Object.entries(spec.styles)) {
    for (const key of ["fontColor", "fill"] as const) {
      const color = style[key];
      if (color !== undefined && !COLOR.test(color)) fail(`has the style "${name}" with ${key} "${color}", which is not a #RRGGBB colour.`);
    }
    if (style.fontSize !== undefined && !(style.fontSize >= 1 && style.fontSize <= 409)) fail(`has the style "${name}" with font size ${style.fontSize}.`);
    if (style.numberFormat !== undefined && (style.numberFormat === "" || style.numberFormat.length > 255)) fail(`has the style "${name}" with an unusable number format.`);
  }
  spec.rows.forEach((row, i) => {
    const where = `row ${i + 1}`;
    if (row.values.length > MAX_COLUMNS || (row.styles?.length ?? 0) > MAX_COLUMNS) fail(`has ${where} wider than Excel's ${MAX_COLUMNS} columns.`);
    if (row.height !== undefined && !(row.height >= 0 && row.height <= MAX_ROW_HEIGHT)) fail(`has ${where} ${row.height} points high (0-${MAX_ROW_HEIGHT}).`);
    for (const value of row.values) {
      if (typeof value === "string" && value.length > MAX_CELL_CHARS) fail(`has a cell in ${where} longer than Excel's ${MAX_CELL_CHARS} characters.`);
      if (typeof value === "number" && !Number.isFinite(value)) fail(`has a number in ${where} that is not finite.`);
    }
    for (const style of row.styles ?? []) {
      if (style !== undefined && !Object.prototype.hasOwnProperty.call(spec.styles, style)) fail(`uses the style "${style}" in ${where}, which it does not define.`);
    }
  });
  if (spec.columnWidths.length > MAX_COLUMNS) fail(`has more column widths than columns.`);
  spec.columnWidths.forEach((w, i) => {
    if (!(w >= 0 && w <= MAX_COLUMN_WIDTH)) fail(`has column ${i + 1} ${w} characters wide (0-${MAX_COLUMN_WIDTH}).`);
  });

  const taken: { bounds: RangeBounds; what: string }[] = [];
  const claim = (bounds: RangeBounds, what: string) => {
    const clash = taken.find((t) => overlaps(t.bounds, bounds));
    if (clash) fail(`has ${what} overlapping ${clash.what}.`);
    taken.push({ bounds, what });
  };
  for (const merge of spec.merges) {
    const bounds = range(merge, "a merge");
    if (bounds.firstRow === bounds.lastRow && bounds.firstColumn === bounds.lastColumn) fail(`has a merge of the one cell "${merge}".`);
    claim(bounds, `the merge ${merge}`);
  }
  for (const table of spec.tables) {
    if (!isValidTableName(table.name)) fail(`has a table named "${table.name}", which is not a valid table name.`);
    const bounds = range(table.address, `the table "${table.name}" at`);
    claim(bounds, `the table "${table.name}"`);
    const titles = new Set<string>();
    for (let column = bounds.firstColumn; column <= bounds.lastColumn; column++) {
      const title = cellAt(bounds.firstRow, column);
      if (typeof title !== "string" || title.trim() === "") fail(`has the table "${table.name}" with a header cell that is not text.`);
      const key = (title as string).toLowerCase();
      if (titles.has(key)) fail(`has the table "${table.name}" with the column "${title as string}" twice.`);
      titles.add(key);
    }
  }

  const chart = spec.chart;
  if (chart) {
    const source = range(chart.source, "a chart source");
    if (source.lastRow <= source.firstRow || source.lastColumn <= source.firstColumn) fail(`has a chart source "${chart.source}" without a header row and a data column.`);
    if (chart.series.length !== source.lastColumn - source.firstColumn) {
      fail(`has ${chart.series.length} chart series for the ${source.lastColumn - source.firstColumn} data columns of "${chart.source}".`);
    }
    if (!chart.series.some((s) => s.include)) fail("has a chart with no series.");
    for (const s of chart.series) if (s.include && !COLOR.test(s.color)) fail(`has the chart series "${s.name}" coloured "${s.color}", not #RRGGBB.`);
    const from = range(chart.from, "a chart corner");
    const to = range(chart.to, "a chart corner");
    if (to.lastRow < from.firstRow || to.lastColumn < from.firstColumn) fail(`has a chart running from ${chart.from} back to ${chart.to}.`);
  }

  const repeat = spec.print.repeatRows;
  if (repeat !== undefined) {
    const m = /^(\d+):(\d+)$/.exec(repeat);
    if (!m || Number(m[1]) < 1 || Number(m[2]) < Number(m[1]) || Number(m[2]) > MAX_ROWS) fail(`repeats the rows "${repeat}" on each page; give rows like 1:3.`);
  }
  if (spec.print.footer !== undefined && spec.print.footer.length > 255) fail("has a footer longer than Excel's 255 characters.");
  if (spec.tabColor !== undefined && !COLOR.test(spec.tabColor)) fail(`has the tab colour "${spec.tabColor}", not #RRGGBB.`);
}

function overlaps(a: RangeBounds, b: RangeBounds): boolean {
  return a.firstRow <= b.lastRow && b.firstRow <= a.lastRow && a.firstColumn <= b.lastColumn && b.firstColumn <= a.lastColumn;
}
