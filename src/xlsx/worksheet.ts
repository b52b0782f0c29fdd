/**
 * Reads a worksheet part. `<sheetData>` can hold hundreds of thousands of cells, so it is
 * scanned tag by tag into parallel arrays (no object per cell);
 * the rest of the part (columns, merges, table parts) is small and goes through the XML parser.
 */
import type { CellValue } from "../plan/snapshot";
import { isoToSerial } from "./dates";
import { TagScanner } from "./tag-scanner";
import { attr, child, children, decodeOoxmlString, decodeXml, isTrue, parseXml } from "./xml";

/** The cells of a sheet as parallel arrays: entry `i` is one `<c>` element. */
export interface ScannedCells {
  rows: number[];
  columns: number[];
  values: CellValue[];
  /** `cellXfs` index (0 when the cell has none). */
  styles: number[];
  /** The cell holds a value or a formula (what `getUsedRange(true)` counts). */
  used: boolean[];
}

export interface ColumnSpan {
  min: number;
  max: number;
  hidden: boolean;
  /** `cellXfs` index of the column's default style, if it has one. */
  style?: number;
}

export interface WorksheetData {
  cells: ScannedCells;
  /** Rows marked `hidden`, in sheet order. */
  hiddenRows: number[];
  /** Rows with a custom default style (`customFormat="1"`), by row number. */
  rowStyles: Map<number, number>;
  /** Rows grouped in an outline (`<row outlineLevel="2">`), by row number; ungrouped rows are absent (level 0). */
  outlineLevels: Map<number, number>;
  columns: ColumnSpan[];
  /** `<mergeCell ref>` values as written. */
  merged: string[];
  /** Relationship ids of `<tablePart>` elements, in order. */
  tablePartIds: string[];
}

export interface ScanContext {
  sharedStrings: readonly string[];
  date1904: boolean;
}

const SHEET_DATA = /<([A-Za-z_][\w.-]*:)?sheetData\b[^>]*?(\/?)>/;

/** Reads a worksheet part's text. */
export function readWorksheet(xml: string, context: ScanContext): WorksheetData {
  const open = SHEET_DATA.exec(xml);
  let rest = xml;
  let data = { cells: emptyCells(), hiddenRows: [] as number[], rowStyles: new Map<number, number>(), outlineLevels: new Map<number, number>() };
  if (open) {
    const bodyStart = open.index + open[0].length;
    let bodyEnd = bodyStart;
    let after = bodyStart;
    if (open[2] !== "/") {
      const close = xml.indexOf(`</${open[1] ?? ""}sheetData`, bodyStart);
      bodyEnd = close < 0 ? xml.length : close;
      after = close < 0 ? xml.length : xml.indexOf(">", close) + 1;
    }
    data = scanSheetData(new TagScanner(xml, bodyStart, bodyEnd), context);
    rest = xml.slice(0, open.index) + xml.slice(after);
  }
  const sheet = child(parseXml(rest), "worksheet");
  const columns = children(child(sheet, "cols"), "col").map((col) => {
    const style = attr(col, "style");
    return {
      min: Number(attr(col, "min")),
      max: Number(attr(col, "max")),
      hidden: isTrue(attr(col, "hidden")),
      style: style === undefined ? undefined : Number(style),
    };
  });
  const merged = children(child(sheet, "mergeCells"), "mergeCell")
    .map((m) => attr(m, "ref"))
    .filter((ref): ref is string => !!ref);
  const tablePartIds = children(child(sheet, "tableParts"), "tablePart")
    .map((t) => attr(t, "id"))
    .filter((id): id is string => !!id);
  return { ...data, columns, merged, tablePartIds };
}

function emptyCells(): ScannedCells {
  return { rows: [], columns: [], values: [], styles: [], used: [] };
}

// Cell types, as small numbers so the scan keeps no per-cell strings.
const enum CellType {
  Number,
  Shared,
  Inline,
  FormulaString,
  Boolean,
  Error,
  Date,
}

function scanSheetData(tags: TagScanner, context: ScanContext): Omit<WorksheetData, "columns" | "merged" | "tablePartIds"> {
  const cells = emptyCells();
  const hiddenRows: number[] = [];
  const rowStyles = new Map<number, number>();
  const outlineLevels = new Map<number, number>();
  let row = 0;
  let column = 0;
  // The cell being read.
  let type = CellType.Number;
  let style = 0;
  let raw: string | undefined;
  let inline: string | undefined;
  let formula = false;
  let phonetic = 0;
  let refColumn = 0;
  // The row being opened.
  let rowNumber = 0;
  let rowHidden = false;
  let rowStyle = -1;
  let rowCustomFormat = false;
  let rowOutline = 0;

  const cellAttribute = (name: number, length: number, start: number, end: number) => {
    if (length !== 1) return;
    const first = tags.code(name);
    if (first === 114 /* r */) {
      let c = 0;
      let r = 0;
      for (let i = start; i < end; i++) {
        const ch = tags.code(i);
        if (ch >= 48 && ch <= 57) r = r * 10 + ch - 48;
        else if (ch >= 65) c = c * 26 + ((ch | 0x20) - 96);
      }
      refColumn = c;
      if (r > 0) row = r;
    } else if (first === 115 /* s */) {
      style = toInt(tags, start, end);
    } else if (first === 116 /* t */) {
      type = cellType(tags.slice(start, end));
    }
  };
  const rowAttribute = (name: number, length: number, start: number, end: number) => {
    if (length === 1 && tags.code(name) === 114 /* r */) rowNumber = toInt(tags, start, end) || rowNumber;
    else if (length === 1 && tags.code(name) === 115 /* s */) rowStyle = toInt(tags, start, end);
    else if (length === 6 && tags.matches(name, "hidden")) rowHidden = isTrue(tags.slice(start, end));
    else if (length === 12 && tags.matches(name, "customFormat")) rowCustomFormat = isTrue(tags.slice(start, end));
    else if (length === 12 && tags.matches(name, "outlineLevel")) rowOutline = toInt(tags, start, end);
  };

  while (tags.next()) {
    if (tags.is("c")) {
      if (tags.closing) {
        pushCell(cells, row, column, cellValue(type, raw, inline, context), style, formula);
        continue;
      }
      type = CellType.Number;
      style = 0;
      raw = undefined;
      inline = undefined;
      formula = false;
      refColumn = 0;
      tags.attributes(cellAttribute);
      column = refColumn > 0 ? refColumn : column + 1; // no reference: the next cell along
      if (tags.selfClosing) pushCell(cells, row, column, "", style, false);
    } else if (tags.is("v")) {
      if (!tags.closing) raw = tags.selfClosing ? "" : tags.text();
    } else if (tags.is("f")) {
      if (!tags.closing) formula = true;
    } else if (tags.is("t")) {
      if (!tags.closing && !tags.selfClosing && inline !== undefined && phonetic === 0) inline += tags.text();
    } else if (tags.is("row")) {
      if (tags.closing) continue;
      rowNumber = row + 1;
      rowHidden = false;
      rowStyle = -1;
      rowCustomFormat = false;
      rowOutline = 0;
      tags.attributes(rowAttribute);
      row = rowNumber;
      column = 0;
      if (rowHidden) hiddenRows.push(row);
      if (rowCustomFormat && rowStyle >= 0) rowStyles.set(row, rowStyle);
      if (rowOutline > 0) outlineLevels.set(row, rowOutline);
    } else if (tags.is("is")) {
      if (!tags.closing && !tags.selfClosing) inline = "";
    } else if (tags.is("rPh") && !tags.selfClosing) {
      phonetic += tags.closing ? -1 : 1;
    }
  }
  return { cells, hiddenRows, rowStyles, outlineLevels };
}

function toInt(tags: TagScanner, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const ch = tags.code(i);
    if (ch < 48 || ch > 57) break;
    n = n * 10 + ch - 48;
  }
  return n;
}

function cellType(t: string): CellType {
  switch (t) {
    case "s":
      return CellType.Shared;
    case "inlineStr":
      return CellType.Inline;
    case "str":
      return CellType.FormulaString;
    case "b":
      return CellType.Boolean;
    case "e":
      return CellType.Error;
    case "d":
      return CellType.Date;
    default:
      return CellType.Number;
  }
}

function pushCell(cells: ScannedCells, row: number, column: number, value: CellValue, style: number, formula: boolean): void {
  cells.rows.push(row);
  cells.columns.push(column);
  cells.values.push(value);
  cells.styles.push(style);
  cells.used.push(formula || value !== "");
}

function cellValue(type: CellType, raw: string | undefined, inline: string | undefined, context: ScanContext): CellValue {
  switch (type) {
    case CellType.Shared:
      return context.sharedStrings[raw === undefined ? -1 : Number(raw)] ?? "";
    case CellType.Inline:
      return decodeOoxmlString(decodeXml(inline ?? raw ?? ""));
    case CellType.FormulaString:
      return decodeOoxmlString(decodeXml(raw ?? ""));
    case CellType.Boolean:
      return raw === undefined || raw.trim() === "" ? "" : raw.trim() === "1" || raw.trim() === "true";
    case CellType.Error:
      return decodeXml(raw ?? "");
    case CellType.Date: {
      if (raw === undefined || raw.trim() === "") return "";
      return isoToSerial(decodeXml(raw), context.date1904) ?? decodeXml(raw);
    }
    default: {
      if (raw === undefined || raw === "") return "";
      const n = Number(raw);
      if (n === 0 && raw.trim() === "") return "";
      return Number.isFinite(n) ? n : decodeXml(raw);
    }
  }
}
