/**
 * Reads a worksheet part. `<sheetData>` can hold hundreds of thousands of cells, so it is
 * scanned with one regular expression over its tags into parallel arrays (no object per cell);
 * the rest of the part (columns, merges, table parts) is small and goes through the XML parser.
 */
import type { CellValue } from "../plan/snapshot";
import { isoToSerial } from "./dates";
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

const SHEET_DATA = /<(?:[A-Za-z_][\w.-]*:)?sheetData\b[^>]*?(\/?)>/;
const ARRAYS = new Set(["col", "mergeCell", "tablePart"]);

/** Reads a worksheet part's text. */
export function readWorksheet(xml: string, context: ScanContext): WorksheetData {
  const open = SHEET_DATA.exec(xml);
  let rest = xml;
  let data = { cells: emptyCells(), hiddenRows: [] as number[], rowStyles: new Map<number, number>() };
  if (open) {
    const bodyStart = open.index + open[0].length;
    let bodyEnd = bodyStart;
    let after = bodyStart;
    if (open[1] !== "/") {
      const close = /<\/(?:[A-Za-z_][\w.-]*:)?sheetData\s*>/g;
      close.lastIndex = bodyStart;
      const match = close.exec(xml);
      bodyEnd = match ? match.index : xml.length;
      after = match ? match.index + match[0].length : xml.length;
    }
    data = scanSheetData(xml.slice(bodyStart, bodyEnd), context);
    rest = xml.slice(0, open.index) + xml.slice(after);
  }
  const sheet = child(parseXml(rest, ARRAYS), "worksheet");
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

// Tag name without prefix in group 2, attributes (and a trailing "/") in group 3.
const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*)>/g;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function scanSheetData(body: string, context: ScanContext): Omit<WorksheetData, "columns" | "merged" | "tablePartIds"> {
  const cells = emptyCells();
  const hiddenRows: number[] = [];
  const rowStyles = new Map<number, number>();
  const tag = new RegExp(TAG.source, "g");
  let row = 0;
  let column = 0;
  // The cell being read.
  let type = "";
  let style = 0;
  let raw: string | undefined;
  let inline: string[] | undefined;
  let formula = false;
  let phonetic = 0;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(body))) {
    const closing = m[1] === "/";
    const name = m[2];
    const attrs = m[3];
    const empty = attrs.endsWith("/");
    if (name === "c") {
      if (closing) {
        pushCell(cells, row, column, cellValue(type, raw, inline, context), style, formula);
        continue;
      }
      let ref = "";
      type = "";
      style = 0;
      raw = undefined;
      inline = undefined;
      formula = false;
      ATTRIBUTE.lastIndex = 0;
      let a: RegExpExecArray | null;
      while ((a = ATTRIBUTE.exec(attrs))) {
        const value = a[2] ?? a[3];
        if (a[1] === "r") ref = value;
        else if (a[1] === "t") type = value;
        else if (a[1] === "s") style = Number(value) || 0;
      }
      if (ref) {
        column = columnOfRef(ref);
        row = rowOfRef(ref) || row;
      } else column += 1;
      if (empty) pushCell(cells, row, column, "", style, false);
    } else if (name === "v" && !closing) {
      if (empty) raw = "";
      else {
        const end = body.indexOf("<", tag.lastIndex);
        raw = body.slice(tag.lastIndex, end < 0 ? body.length : end);
        if (end >= 0) tag.lastIndex = end;
      }
    } else if (name === "f" && !closing) {
      formula = true;
    } else if (name === "is" && !closing && !empty) {
      inline = [];
    } else if (name === "rPh" && !empty) {
      phonetic += closing ? -1 : 1;
    } else if (name === "t" && !closing && !empty && inline && phonetic === 0) {
      const end = body.indexOf("<", tag.lastIndex);
      inline.push(body.slice(tag.lastIndex, end < 0 ? body.length : end));
      if (end >= 0) tag.lastIndex = end;
    } else if (name === "row" && !closing) {
      let r = row + 1;
      let hidden = false;
      let rowStyle: number | undefined;
      let customFormat = false;
      ATTRIBUTE.lastIndex = 0;
      let a: RegExpExecArray | null;
      while ((a = ATTRIBUTE.exec(attrs))) {
        const value = a[2] ?? a[3];
        if (a[1] === "r") r = Number(value) || r;
        else if (a[1] === "hidden") hidden = isTrue(value);
        else if (a[1] === "s") rowStyle = Number(value);
        else if (a[1] === "customFormat") customFormat = isTrue(value);
      }
      row = r;
      column = 0;
      if (hidden) hiddenRows.push(r);
      if (customFormat && rowStyle !== undefined) rowStyles.set(r, rowStyle);
    }
  }
  return { cells, hiddenRows, rowStyles };
}

function pushCell(cells: ScannedCells, row: number, column: number, value: CellValue, style: number, formula: boolean): void {
  cells.rows.push(row);
  cells.columns.push(column);
  cells.values.push(value);
  cells.styles.push(style);
  cells.used.push(formula || value !== "");
}

// `AB12` → 28, without building objects.
function columnOfRef(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i) | 0x20; // lower case
    if (code < 97 || code > 122) break;
    n = n * 26 + (code - 96);
  }
  return n;
}

// `AB12` → 12 (0 when the reference has no row).
function rowOfRef(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 48 && code <= 57) n = n * 10 + (code - 48);
  }
  return n;
}

function cellValue(type: string, raw: string | undefined, inline: string[] | undefined, context: ScanContext): CellValue {
  switch (type) {
    case "s": {
      const index = raw === undefined ? NaN : Number(raw);
      return context.sharedStrings[index] ?? "";
    }
    case "inlineStr":
      return decodeOoxmlString(decodeXml(inline ? inline.join("") : (raw ?? "")));
    case "str":
      return decodeOoxmlString(decodeXml(raw ?? ""));
    case "b":
      return raw === undefined || raw === "" ? "" : raw.trim() === "1" || raw.trim() === "true";
    case "e":
      return decodeXml(raw ?? "");
    case "d": {
      if (raw === undefined || raw === "") return "";
      const serial = isoToSerial(decodeXml(raw), context.date1904);
      return serial ?? decodeXml(raw);
    }
    default: {
      if (raw === undefined || raw.trim() === "") return "";
      const n = Number(raw);
      return Number.isFinite(n) ? n : decodeXml(raw);
    }
  }
}
