/**
 * Reads a worksheet's `<sheetData>` into parallel arrays (no object per cell). This is nearly all
 * of a large workbook's XML (8.5 MB for 20,000 actions) and it is read once per command, before
 * V8 has optimised anything, so the loop is kept small: a cell as Excel writes it is read in one
 * step (`plainCell`), and every other tag goes through `tag`, which reads exactly the tokens
 * TagScanner reads (the same `skipMarkup` and `tagEnd`, names and attributes without prefixes,
 * whitespace around `=`, either quote). Both leave the same state after the same text.
 */
import type { CellValue } from "../plan/snapshot";
import { isoToSerial } from "./dates";
import { nextAttribute, skipMarkup, tagEnd } from "./tag-scanner";
import { decodeOoxmlString, decodeXml } from "./xml";

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

export interface ScanContext {
  sharedStrings: readonly string[];
  date1904: boolean;
}

/** What `<sheetData>` says about cells and rows. */
export interface SheetData {
  cells: ScannedCells;
  /** Rows marked `hidden`, in sheet order. */
  hiddenRows: number[];
  /** Rows with a custom default style (`customFormat="1"`), by row number. */
  rowStyles: Map<number, number>;
  /** Rows grouped in an outline (`<row outlineLevel="2">`), by row number; ungrouped rows are absent (level 0). */
  outlineLevels: Map<number, number>;
}

export function emptySheetData(): SheetData {
  return { cells: emptyCells(), hiddenRows: [], rowStyles: new Map(), outlineLevels: new Map() };
}

/** Reads the `<sheetData>` body from `start` to `end` of a worksheet part's text. */
export function scanSheetData(xml: string, start: number, end: number, context: ScanContext): SheetData {
  const reader = new SheetDataReader(xml, start, end, context);
  for (;;) {
    const lt = xml.indexOf("<", reader.pos);
    if (lt < 0 || lt >= end) break;
    if (xml.charCodeAt(lt + 1) === 99 /* c */ && xml.charCodeAt(lt + 2) === 32 && reader.plainCell(lt)) continue;
    if (!reader.tag(lt)) break;
  }
  return reader.data;
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

class SheetDataReader {
  readonly data = emptySheetData();
  /** Where reading goes on. */
  pos: number;
  private row = 0;
  private column = 0;
  // The cell being read.
  private type = CellType.Number;
  private style = 0;
  private raw: string | undefined = undefined;
  /**
   * A plain cell's digits are not cut out of the text: `raw` stands for the text from
   * `rawStart` to `rawEnd` while this is set (only a stray `</c>` would read it).
   */
  private rawLater = false;
  private rawStart = 0;
  private rawEnd = 0;
  private inline: string | undefined = undefined;
  private formula = false;
  private phonetic = 0;
  /** An attribute found by `nextAttribute`: local name start, its length, value start, value end. */
  private readonly found = new Int32Array(4);

  constructor(
    private readonly xml: string,
    start: number,
    private readonly end: number,
    private readonly context: ScanContext,
  ) {
    this.pos = start;
  }

  /**
   * Reads a cell written as Excel writes nearly all of them, `<c r="B10" s="8" t="s"><v>19</v></c>`
   * or with no value (`<c r="B6" s="5"/>`, `<c r="B6"></c>`), from its `<` at `lt`: `r` first,
   * then `s` and `t` if present, one space before each, double quotes. False (and nothing
   * changed) for a cell written any other way: a formula, an inline string, other attributes,
   * a prefix; `tag` reads it then, to the same result.
   */
  plainCell(lt: number): boolean {
    const xml = this.xml;
    let i = lt + 3; // after `<c `
    if (xml.charCodeAt(i) !== 114 /* r */ || xml.charCodeAt(i + 1) !== 61 /* = */ || xml.charCodeAt(i + 2) !== 34 /* " */) return false;
    i += 3;
    let ch = xml.charCodeAt(i);
    let column = 0;
    while (ch >= 65 && ch <= 90) {
      column = column * 26 + ch - 64;
      ch = xml.charCodeAt(++i);
    }
    let row = 0;
    while (ch >= 48 && ch <= 57) {
      row = row * 10 + ch - 48;
      ch = xml.charCodeAt(++i);
    }
    if (column === 0 || ch !== 34) return false;
    ch = xml.charCodeAt(++i);
    let style = 0;
    if (ch === 32 && xml.charCodeAt(i + 1) === 115 /* s */ && xml.charCodeAt(i + 2) === 61 && xml.charCodeAt(i + 3) === 34) {
      i += 4;
      const from = i;
      ch = xml.charCodeAt(i);
      while (ch >= 48 && ch <= 57) {
        style = style * 10 + ch - 48;
        ch = xml.charCodeAt(++i);
      }
      if (i === from || ch !== 34) return false;
      ch = xml.charCodeAt(++i);
    }
    let type = CellType.Number;
    if (ch === 32 && xml.charCodeAt(i + 1) === 116 /* t */ && xml.charCodeAt(i + 2) === 61 && xml.charCodeAt(i + 3) === 34) {
      const close = xml.indexOf('"', i + 4);
      if (close < 0) return false;
      type = cellType(xml, i + 4, close);
      if (type === CellType.Inline) return false;
      i = close + 1;
      ch = xml.charCodeAt(i);
    }
    const selfClosing = ch === 47; /* / */
    let hasValue = false;
    let valueStart = 0;
    let valueEnd = 0;
    if (selfClosing) {
      if (xml.charCodeAt(i + 1) !== 62) return false;
      i += 2;
    } else {
      if (ch !== 62 /* > */) return false;
      i++;
      if (xml.charCodeAt(i) === 60 && xml.charCodeAt(i + 1) === 118 /* v */ && xml.charCodeAt(i + 2) === 62) {
        valueStart = i + 3;
        valueEnd = xml.indexOf("<", valueStart);
        if (valueEnd < 0 || !xml.startsWith("</v>", valueEnd)) return false;
        hasValue = true;
        i = valueEnd + 4;
      }
      if (!xml.startsWith("</c>", i)) return false;
      i += 4;
    }
    if (i > this.end) return false;
    let value: CellValue = "";
    let raw: string | undefined;
    const whole = hasValue && (type === CellType.Shared || type === CellType.Number) ? wholeNumber(xml, valueStart, valueEnd) : -1;
    if (whole >= 0) {
      // What cellValue gives for these digits, without cutting them out of the text.
      value = type === CellType.Shared ? (this.context.sharedStrings[whole] ?? "") : whole;
    } else if (!selfClosing) {
      raw = hasValue ? xml.slice(valueStart, valueEnd) : undefined;
      value = cellValue(type, raw, undefined, this.context);
    }
    // The state `tag` leaves after the same cell.
    if (row > 0) this.row = row;
    this.column = column;
    this.style = style;
    this.type = type;
    this.raw = raw;
    this.rawLater = whole >= 0;
    this.rawStart = valueStart;
    this.rawEnd = valueEnd;
    this.inline = undefined;
    this.formula = false;
    pushCell(this.data.cells, this.row, column, value, style, false);
    this.pos = i;
    return true;
  }

  /** Reads the markup or tag whose `<` is at `lt`; false when the text ends inside it. */
  tag(lt: number): boolean {
    const xml = this.xml;
    const end = this.end;
    let i = lt + 1;
    let ch = xml.charCodeAt(i);
    if (ch === 63 /* ? */ || ch === 33 /* ! */) {
      // A comment, CDATA section, processing instruction or declaration.
      const skipped = skipMarkup(xml, lt);
      if (skipped < 0) return false;
      this.pos = skipped;
      return true;
    }
    const closing = ch === 47; /* / */
    if (closing) i++;
    let nameStart = i;
    for (; i < end; i++) {
      ch = xml.charCodeAt(i);
      if (ch === 58 /* : */) nameStart = i + 1;
      else if (ch === 62 /* > */ || ch === 47 /* / */ || ch <= 32) break;
    }
    const nameEnd = i;
    const gt = tagEnd(xml, i, end);
    if (gt < 0) return false;
    const selfClosing = xml.charCodeAt(gt - 1) === 47;
    const attrEnd = selfClosing ? gt - 1 : gt;
    this.pos = gt + 1;
    const length = nameEnd - nameStart;
    const first = xml.charCodeAt(nameStart);
    if (length === 1 && first === 99 /* c */) this.cell(closing, selfClosing, nameEnd, attrEnd);
    else if (length === 1 && first === 118 /* v */) {
      if (!closing) {
        this.rawLater = false;
        this.raw = selfClosing ? "" : this.text();
      }
    } else if (length === 1 && first === 102 /* f */) {
      if (!closing) this.formula = true;
    } else if (length === 1 && first === 116 /* t */) {
      if (!closing && !selfClosing && this.inline !== undefined && this.phonetic === 0) this.inline += this.text();
    } else if (length === 3 && xml.startsWith("row", nameStart)) {
      if (!closing) this.openRow(nameEnd, attrEnd);
    } else if (length === 2 && xml.startsWith("is", nameStart)) {
      if (!closing && !selfClosing) this.inline = "";
    } else if (length === 3 && xml.startsWith("rPh", nameStart) && !selfClosing) {
      this.phonetic += closing ? -1 : 1;
    }
    return true;
  }

  /** The raw text after the tag just read, up to the next tag; reading goes on from there. */
  private text(): string {
    const stop = this.xml.indexOf("<", this.pos);
    const to = stop < 0 || stop > this.end ? this.end : stop;
    const text = this.xml.slice(this.pos, to);
    this.pos = to;
    return text;
  }

  private cell(closing: boolean, selfClosing: boolean, nameEnd: number, attrEnd: number): void {
    const xml = this.xml;
    if (closing) {
      if (this.rawLater) this.raw = xml.slice(this.rawStart, this.rawEnd);
      this.rawLater = false;
      pushCell(this.data.cells, this.row, this.column, cellValue(this.type, this.raw, this.inline, this.context), this.style, this.formula);
      return;
    }
    this.type = CellType.Number;
    this.style = 0;
    this.raw = undefined;
    this.rawLater = false;
    this.inline = undefined;
    this.formula = false;
    let refColumn = 0;
    const found = this.found;
    for (let at = nextAttribute(xml, nameEnd, attrEnd, found); at >= 0; at = nextAttribute(xml, at, attrEnd, found)) {
      if (found[1] !== 1) continue;
      const letter = xml.charCodeAt(found[0]);
      if (letter === 114 /* r */) {
        let c = 0;
        let r = 0;
        for (let k = found[2]; k < found[3]; k++) {
          const code = xml.charCodeAt(k);
          if (code >= 48 && code <= 57) r = r * 10 + code - 48;
          else if (code >= 65) c = c * 26 + ((code | 0x20) - 96);
        }
        refColumn = c;
        if (r > 0) this.row = r;
      } else if (letter === 115 /* s */) {
        this.style = toInt(xml, found[2], found[3]);
      } else if (letter === 116 /* t */) {
        this.type = cellType(xml, found[2], found[3]);
      }
    }
    this.column = refColumn > 0 ? refColumn : this.column + 1; // no reference: the next cell along
    if (selfClosing) pushCell(this.data.cells, this.row, this.column, "", this.style, false);
  }

  private openRow(nameEnd: number, attrEnd: number): void {
    const xml = this.xml;
    const found = this.found;
    let rowNumber = this.row + 1;
    let hidden = false;
    let style = -1;
    let customFormat = false;
    let outline = 0;
    for (let at = nextAttribute(xml, nameEnd, attrEnd, found); at >= 0; at = nextAttribute(xml, at, attrEnd, found)) {
      const name = found[0];
      const nameLength = found[1];
      if (nameLength === 1 && xml.charCodeAt(name) === 114 /* r */) rowNumber = toInt(xml, found[2], found[3]) || rowNumber;
      else if (nameLength === 1 && xml.charCodeAt(name) === 115 /* s */) style = toInt(xml, found[2], found[3]);
      else if (nameLength === 6 && xml.startsWith("hidden", name)) hidden = isTrueAt(xml, found[2], found[3]);
      else if (nameLength === 12 && xml.startsWith("customFormat", name)) customFormat = isTrueAt(xml, found[2], found[3]);
      else if (nameLength === 12 && xml.startsWith("outlineLevel", name)) outline = toInt(xml, found[2], found[3]);
    }
    this.row = rowNumber;
    this.column = 0;
    if (hidden) this.data.hiddenRows.push(rowNumber);
    if (customFormat && style >= 0) this.data.rowStyles.set(rowNumber, style);
    if (outline > 0) this.data.outlineLevels.set(rowNumber, outline);
  }
}

/** The digits from `start` up to the first other character, as a number (0 for none). */
function toInt(xml: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const ch = xml.charCodeAt(i);
    if (ch < 48 || ch > 57) break;
    n = n * 10 + ch - 48;
  }
  return n;
}

/**
 * The text from `start` to `end` as a number when it is 1 to 15 digits and nothing else (what
 * `Number` gives it, exactly: below 2^53), else -1.
 */
function wholeNumber(xml: string, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let n = 0;
  for (let i = start; i < end; i++) {
    const digit = xml.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** `isTrue` of the raw value from `start` to `end`, without cutting it out. */
function isTrueAt(xml: string, start: number, end: number): boolean {
  const length = end - start;
  return (length === 1 && xml.charCodeAt(start) === 49) || (length === 4 && xml.startsWith("true", start));
}

/** A cell's `t` attribute (raw, from `start` to `end`) as a cell type; any other value is a number. */
function cellType(xml: string, start: number, end: number): CellType {
  const length = end - start;
  if (length === 1) {
    switch (xml.charCodeAt(start)) {
      case 115 /* s */:
        return CellType.Shared;
      case 98 /* b */:
        return CellType.Boolean;
      case 101 /* e */:
        return CellType.Error;
      case 100 /* d */:
        return CellType.Date;
      default:
        return CellType.Number;
    }
  }
  if (length === 9 && xml.startsWith("inlineStr", start)) return CellType.Inline;
  if (length === 3 && xml.startsWith("str", start)) return CellType.FormulaString;
  return CellType.Number;
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
