/**
 * Writes cells into a worksheet part by splicing: the `<c>` elements written are replaced,
 * missing cells and rows are inserted in order, `<dimension>` grows to cover them, and every
 * other byte of the part stays as it was. `<sheetData>` is scanned tag by tag (it can hold
 * hundreds of thousands of cells); only the written cells are parsed as XML.
 */
import { InvalidChangeError } from "../plan/change-set";
import { cellAddress, parseRange, type RangeBounds } from "../plan/cells";
import type { CellValue } from "../plan/snapshot";
import { TagScanner } from "./tag-scanner";
import { decodeOoxmlString, decodeXml } from "./xml";
import {
  applySplices,
  attributeOf,
  childElements,
  encodeCellText,
  firstChild,
  rootElement,
  tagElement,
  withAttributes,
  type Splice,
  type XmlElement,
} from "./xml-edit";

/** One cell to write. */
export interface CellEdit {
  row: number;
  column: number;
  value: CellValue;
  /** Give a string a style whose number format is `@`. */
  asText: boolean;
  /** Give the cell a style whose number format is this code (takes precedence over `asText`). */
  numberFormat?: string;
}

/** What the sheet editor needs from the rest of the package. */
export interface SheetEditHooks {
  /** The sheet's name, for messages. */
  sheetName: string;
  /** A `cellXfs` index like `style` but with number format `@`. */
  textStyle(style: number): number;
  /** A `cellXfs` index like `style` but with the number format `code`. */
  formatStyle(style: number, code: string): number;
  /** Whether cells of this style are locked (they cannot be written on a protected sheet). */
  isLocked(style: number): boolean;
  /** Shared string `index` as an element of the shared strings part's text. */
  sharedString(index: number): { xml: string; element: XmlElement } | undefined;
}

export interface SheetEditResult {
  xml: string;
  /** Cells that held a formula and now hold a value (their calcChain entries must go). */
  clearedFormulas: string[];
}

const SHEET_DATA = /<([A-Za-z_][\w.-]*:)?sheetData\b[^>]*?(\/?)>/;

interface CellSpan {
  column: number;
  start: number;
  end: number;
}

interface RowSpan {
  number: number;
  start: number;
  openEnd: number;
  selfClosing: boolean;
  /** Start of `</row>`. */
  closeStart: number;
  /** Start of a row-level `<extLst>`, before which new cells go. */
  extLstStart?: number;
  style?: number;
  cells: CellSpan[];
}

/** Where `<sheetData>` is in a worksheet part. */
export interface SheetDataBounds {
  /** Start of `<sheetData`. */
  start: number;
  /** Just after its start tag. */
  bodyStart: number;
  /** Start of `</sheetData>` (`bodyStart` when self-closing). */
  bodyEnd: number;
  /** Just after the element. */
  end: number;
  prefix: string;
  selfClosing: boolean;
}

/** Locates `<sheetData>`; throws when the part has none. */
export function sheetDataBounds(xml: string): SheetDataBounds {
  const open = SHEET_DATA.exec(xml);
  if (!open) throw new Error("the worksheet has no <sheetData>");
  const prefix = open[1] ?? "";
  const bodyStart = open.index + open[0].length;
  if (open[2] === "/") return { start: open.index, bodyStart, bodyEnd: bodyStart, end: bodyStart, prefix, selfClosing: true };
  const bodyEnd = xml.indexOf(`</${prefix}sheetData`, bodyStart);
  if (bodyEnd < 0) throw new Error("<sheetData> is not closed");
  return { start: open.index, bodyStart, bodyEnd, end: xml.indexOf(">", bodyEnd) + 1, prefix, selfClosing: false };
}

/** Writes `edits` (at most one per cell) into the worksheet part `xml`. */
export function editSheetCells(xml: string, edits: readonly CellEdit[], hooks: SheetEditHooks): SheetEditResult {
  const root = rootElement(xml);
  const data = sheetDataBounds(xml);
  const head = childElements(xml, root, undefined, root.openEnd, data.start);
  const tail = childElements(xml, root, undefined, data.end, root.closeStart);
  const p = data.prefix;

  const byRow = new Map<number, CellEdit[]>();
  for (const edit of edits) {
    const list = byRow.get(edit.row);
    if (list) list.push(edit);
    else byRow.set(edit.row, [edit]);
  }
  for (const list of byRow.values()) list.sort((a, b) => a.column - b.column);

  const scan = scanRows(xml, data, byRow);
  refuseFormulaParts(edits, scan, hooks.sheetName);
  const columnStyles = readColumnStyles(xml, head);
  const protectedSheet = tail.some((el) => el.local === "sheetProtection" && isOn(attributeOf(xml, el, "sheet")));

  const splices: Splice[] = [];
  const clearedFormulas: string[] = [];
  const newRows: { number: number; xml: string }[] = [];
  const defaultStyle = (row: RowSpan | undefined, column: number) =>
    row?.style ?? columnStyles.find((c) => column >= c.min && column <= c.max)?.style ?? 0;

  for (const [rowNumber, rowEdits] of byRow) {
    const row = scan.targets.get(rowNumber);
    const inserts = new Map<number, string[]>();
    const insertAt = (at: number, text: string) => {
      const list = inserts.get(at);
      if (list) list.push(text);
      else inserts.set(at, [text]);
    };
    const pieces: string[] = [];
    for (const edit of rowEdits) {
      const address = cellAddress(edit.row, edit.column);
      const existing = row?.cells.find((c) => c.column === edit.column);
      const cell = existing
        ? rewriteCell(xml.slice(existing.start, existing.end), address, edit, hooks)
        : newCell(p, address, edit, defaultStyle(row, edit.column), hooks);
      if (protectedSheet && hooks.isLocked(cell.oldStyle)) {
        throw new InvalidChangeError(
          `"${hooks.sheetName}" is protected and ${address} is locked. Unprotect the sheet in Excel (Review > Unprotect Sheet) and try again.`,
        );
      }
      if (cell.hadFormula) clearedFormulas.push(address);
      if (!row) pieces.push(cell.xml);
      else if (existing) splices.push({ start: existing.start, end: existing.end, text: cell.xml });
      else if (row.selfClosing) pieces.push(cell.xml);
      else {
        const next = row.cells.find((c) => c.column > edit.column);
        insertAt(next ? next.start : (row.extLstStart ?? row.closeStart), cell.xml);
      }
    }
    if (!row) {
      newRows.push({ number: rowNumber, xml: `<${p}row r="${rowNumber}">${pieces.join("")}</${p}row>` });
      continue;
    }
    for (const [at, texts] of inserts) splices.push({ start: at, end: at, text: texts.join("") });
    const rowTag = xml.slice(row.start, row.openEnd);
    const spans = widenedSpans(xml, row, rowEdits);
    if (row.selfClosing) {
      const open = spans ?? rowTag;
      splices.push({ start: row.start, end: row.openEnd, text: `${open.replace(/\s*\/>$/, ">")}${pieces.join("")}</${p}row>` });
    } else if (spans) {
      splices.push({ start: row.start, end: row.openEnd, text: spans });
    }
  }

  newRows.sort((a, b) => a.number - b.number);
  if (data.selfClosing) {
    if (newRows.length > 0) {
      const open = xml.slice(data.start, data.bodyStart).replace(/\s*\/>$/, ">");
      splices.push({ start: data.start, end: data.end, text: `${open}${newRows.map((r) => r.xml).join("")}</${p}sheetData>` });
    }
  } else {
    for (const row of newRows) {
      const index = firstRowAfter(scan.rowNumbers, row.number);
      const at = index < scan.rowStarts.length ? scan.rowStarts[index] : data.bodyEnd;
      splices.push({ start: at, end: at, text: row.xml });
    }
  }

  const dimension = head.find((el) => el.local === "dimension");
  if (dimension && edits.length > 0) {
    const ref = grownDimension(attributeOf(xml, dimension, "ref"), edits, scan.rowNumbers.length > 0);
    if (ref) splices.push({ start: dimension.start, end: dimension.openEnd, text: withAttributes(xml, dimension, { ref }) });
  }
  return { xml: applySplices(xml, splices), clearedFormulas };
}

interface RowScan {
  /** Every row's number and the offset of its `<row`, in file order. */
  rowNumbers: number[];
  rowStarts: number[];
  /** The rows being written, with their cells. */
  targets: Map<number, RowSpan>;
  /** Multi-cell array and data-table formulas: their ranges and master cells. */
  arrays: { bounds: RangeBounds; master: string }[];
  /** Master cells of shared formulas, as `row:column`. */
  sharedMasters: Set<string>;
}

function scanRows(xml: string, data: SheetDataBounds, byRow: Map<number, CellEdit[]>): RowScan {
  const out: RowScan = { rowNumbers: [], rowStarts: [], targets: new Map(), arrays: [], sharedMasters: new Set() };
  if (data.selfClosing) return out;
  const tags = new TagScanner(xml, data.bodyStart, data.bodyEnd);
  let rowNumber = 0;
  let column = 0;
  let current: RowSpan | undefined;
  let cellStart = -1;
  let cellColumn = 0;
  // Attributes of the tag being read.
  let r = "";
  let s = -1;
  let t = "";
  let ref = "";
  let customFormat = false;
  const read = (name: number, length: number, start: number, end: number) => {
    if (length === 1) {
      const ch = tags.code(name);
      if (ch === 114 /* r */) r = tags.slice(start, end);
      else if (ch === 115 /* s */) s = Number(tags.slice(start, end));
      else if (ch === 116 /* t */) t = tags.slice(start, end);
    } else if (length === 3 && tags.matches(name, "ref")) ref = tags.slice(start, end);
    else if (length === 12 && tags.matches(name, "customFormat")) customFormat = isOn(tags.slice(start, end));
  };
  const reset = () => {
    r = "";
    s = -1;
    t = "";
    ref = "";
    customFormat = false;
  };

  while (tags.next()) {
    if (tags.is("c")) {
      if (tags.closing) {
        if (current && cellStart >= 0) current.cells.push({ column: cellColumn, start: cellStart, end: tags.tagEnd });
        cellStart = -1;
        continue;
      }
      reset();
      tags.attributes(read);
      const parsed = r ? columnOf(r) : 0;
      column = parsed > 0 ? parsed : column + 1;
      if (!current) continue;
      if (tags.selfClosing) current.cells.push({ column, start: tags.tagStart, end: tags.tagEnd });
      else {
        cellStart = tags.tagStart;
        cellColumn = column;
      }
    } else if (tags.is("row")) {
      if (tags.closing) {
        if (current) current.closeStart = tags.tagStart;
        continue;
      }
      reset();
      tags.attributes(read);
      rowNumber = Number(r) > 0 ? Number(r) : rowNumber + 1;
      column = 0;
      out.rowNumbers.push(rowNumber);
      out.rowStarts.push(tags.tagStart);
      current = undefined;
      if (byRow.has(rowNumber) && !out.targets.has(rowNumber)) {
        current = {
          number: rowNumber,
          start: tags.tagStart,
          openEnd: tags.tagEnd,
          selfClosing: tags.selfClosing,
          closeStart: tags.tagEnd,
          style: customFormat && s >= 0 ? s : undefined,
          cells: [],
        };
        out.targets.set(rowNumber, current);
      }
    } else if (tags.is("f")) {
      if (tags.closing) continue;
      reset();
      tags.attributes(read);
      if (!ref) continue;
      if (t === "shared") out.sharedMasters.add(`${rowNumber}:${column}`);
      else if (t === "array" || t === "dataTable") {
        try {
          const bounds = parseRange(ref);
          if (bounds.lastRow > bounds.firstRow || bounds.lastColumn > bounds.firstColumn) {
            out.arrays.push({ bounds, master: cellAddress(rowNumber, column) });
          }
        } catch {
          // A malformed ref: Excel would not open the formula either.
        }
      }
    } else if (tags.is("extLst") && !tags.closing && cellStart < 0 && current && current.extLstStart === undefined) {
      current.extLstStart = tags.tagStart;
    }
  }
  return out;
}

function refuseFormulaParts(edits: readonly CellEdit[], scan: RowScan, sheetName: string): void {
  for (const edit of edits) {
    const address = cellAddress(edit.row, edit.column);
    if (scan.sharedMasters.has(`${edit.row}:${edit.column}`)) {
      throw new InvalidChangeError(
        `${sheetName}!${address} holds a formula that other cells share (filled down or across); ` +
          "writing over it would break them. Change it in Excel instead.",
      );
    }
    const array = scan.arrays.find(
      ({ bounds: b }) => edit.row >= b.firstRow && edit.row <= b.lastRow && edit.column >= b.firstColumn && edit.column <= b.lastColumn,
    );
    if (array) {
      throw new InvalidChangeError(
        `${sheetName}!${address} is part of an array formula entered at ${array.master}; Excel cannot change part of an array.`,
      );
    }
  }
}

function columnOf(ref: string): number {
  let c = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i) | 0x20;
    if (ch >= 97 && ch <= 122) c = c * 26 + (ch - 96);
    else if (ch !== 0x24 /* $ */ && c > 0) break;
  }
  return c;
}

function isOn(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

function readColumnStyles(xml: string, head: XmlElement[]): { min: number; max: number; style: number }[] {
  const cols = head.find((el) => el.local === "cols");
  if (!cols || cols.selfClosing) return [];
  return childElements(xml, cols, "col").flatMap((col) => {
    const style = attributeOf(xml, col, "style");
    if (style === undefined) return [];
    return [{ min: Number(attributeOf(xml, col, "min")), max: Number(attributeOf(xml, col, "max")), style: Number(style) }];
  });
}

/** Index of the first row numbered above `row` (rows are in order in a valid part). */
function firstRowAfter(numbers: number[], row: number): number {
  let lo = 0;
  let hi = numbers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (numbers[mid] > row) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The row's start tag with `spans` widened to the written columns, when it has a simple one that falls short. */
function widenedSpans(xml: string, row: RowSpan, edits: CellEdit[]): string | undefined {
  const text = xml.slice(row.start, row.openEnd);
  const tag = tagElement(text);
  const spans = attributeOf(text, tag, "spans");
  const m = spans === undefined ? null : /^\s*(\d+):(\d+)\s*$/.exec(spans);
  if (!m) return undefined;
  const min = Math.min(Number(m[1]), ...edits.map((e) => e.column));
  const max = Math.max(Number(m[2]), ...edits.map((e) => e.column));
  if (min === Number(m[1]) && max === Number(m[2])) return undefined;
  return withAttributes(text, tag, { spans: `${min}:${max}` });
}

function grownDimension(ref: string | undefined, edits: readonly CellEdit[], hasRows: boolean): string | undefined {
  let bounds: RangeBounds | undefined;
  if (ref && hasRows) {
    try {
      bounds = parseRange(ref);
    } catch {
      bounds = undefined;
    }
  }
  const b = bounds ?? { firstRow: edits[0].row, lastRow: edits[0].row, firstColumn: edits[0].column, lastColumn: edits[0].column };
  const grown = { ...b };
  for (const e of edits) {
    grown.firstRow = Math.min(grown.firstRow, e.row);
    grown.lastRow = Math.max(grown.lastRow, e.row);
    grown.firstColumn = Math.min(grown.firstColumn, e.column);
    grown.lastColumn = Math.max(grown.lastColumn, e.column);
  }
  const start = cellAddress(grown.firstRow, grown.firstColumn);
  const end = cellAddress(grown.lastRow, grown.lastColumn);
  const next = start === end ? start : `${start}:${end}`;
  return next === ref ? undefined : next;
}

interface BuiltCell {
  xml: string;
  /** The style the cell had (or would have had), which decides whether it is locked. */
  oldStyle: number;
  hadFormula: boolean;
}

function newCell(prefix: string, address: string, edit: CellEdit, style: number, hooks: SheetEditHooks): BuiltCell {
  const s = targetStyle(edit, style, hooks);
  const { type, content } = valueXml(prefix, edit.value, undefined);
  const attrs = `r="${address}"${s !== 0 ? ` s="${s}"` : ""}${type ? ` t="${type}"` : ""}`;
  return { xml: content ? `<${prefix}c ${attrs}>${content}</${prefix}c>` : `<${prefix}c ${attrs}/>`, oldStyle: style, hadFormula: false };
}

const HAS_FORMULA = /<(?:[A-Za-z_][\w.-]*:)?f[\s>/]/;
const HAS_RUN = /<(?:[A-Za-z_][\w.-]*:)?r[\s>]/;

function rewriteCell(text: string, address: string, edit: CellEdit, hooks: SheetEditHooks): BuiltCell {
  const cell = rootElement(text);
  const p = cell.prefix;
  const oldStyle = Number(attributeOf(text, cell, "s") ?? "0") || 0;
  const type = attributeOf(text, cell, "t");
  // Most cells are a value or a plain string: their children are parsed only when they matter.
  const hadFormula = HAS_FORMULA.test(text);
  const needChildren = !cell.selfClosing && (text.includes("extLst") || (typeof edit.value === "string" && (type === "s" || (type === "inlineStr" && HAS_RUN.test(text)))));
  const children = needChildren ? childElements(text, cell) : [];
  const extLst = children.find((c) => c.local === "extLst");
  const rich = typeof edit.value === "string" && edit.value !== "" ? richSource(text, type, children, hooks, p) : undefined;
  const { type: newType, content } = valueXml(p, edit.value, rich);
  const s = targetStyle(edit, oldStyle, hooks);
  const changes: Record<string, string | null> = { t: newType ?? null, cm: null, vm: null };
  if (attributeOf(text, cell, "r") === undefined) changes.r = address;
  if (s !== oldStyle) changes.s = String(s);
  const open = withAttributes(text, cell, changes).replace(/\s*\/?>$/, "");
  const body = content + (extLst ? text.slice(extLst.start, extLst.end) : "");
  return { xml: body ? `${open}>${body}</${cell.name}>` : `${open}/>`, oldStyle, hadFormula };
}

function targetStyle(edit: CellEdit, style: number, hooks: SheetEditHooks): number {
  if (edit.numberFormat !== undefined) return hooks.formatStyle(style, edit.numberFormat);
  return edit.asText && typeof edit.value === "string" ? hooks.textStyle(style) : style;
}

/** Rich text runs the cell holds now, with their joined text. */
interface RichSource {
  runs: string[];
  text: string;
}

function richSource(text: string, type: string | undefined, children: XmlElement[], hooks: SheetEditHooks, prefix: string): RichSource | undefined {
  if (type === "inlineStr") {
    const is = children.find((c) => c.local === "is");
    return is ? runsOf(text, is, prefix) : undefined;
  }
  if (type !== "s") return undefined;
  const v = children.find((c) => c.local === "v");
  const index = v ? Number(decodeXml(text.slice(v.openEnd, v.closeStart)).trim()) : NaN;
  const item = Number.isInteger(index) ? hooks.sharedString(index) : undefined;
  return item && HAS_RUN.test(item.xml) ? runsOf(item.xml, item.element, prefix) : undefined;
}

/** The `<r>` runs of a string item, when it is rich text whose runs use the cell's prefix. */
function runsOf(xml: string, item: XmlElement, prefix: string): RichSource | undefined {
  if (item.selfClosing) return undefined;
  const runs: string[] = [];
  let joined = "";
  for (const child of childElements(xml, item)) {
    if (child.local === "t") return undefined;
    if (child.local !== "r") continue;
    if (child.prefix !== prefix) return undefined;
    runs.push(xml.slice(child.start, child.end));
    const t = child.selfClosing ? undefined : firstChild(xml, child, "t");
    if (t && !t.selfClosing) joined += xml.slice(t.openEnd, t.closeStart);
  }
  return runs.length > 0 ? { runs, text: decodeOoxmlString(decodeXml(joined)) } : undefined;
}

function valueXml(p: string, value: CellValue, rich: RichSource | undefined): { type?: string; content: string } {
  if (typeof value === "number") return { content: `<${p}v>${Object.is(value, -0) ? "0" : String(value)}</${p}v>` };
  if (typeof value === "boolean") return { type: "b", content: `<${p}v>${value ? 1 : 0}</${p}v>` };
  if (value === "") return { content: "" };
  if (rich && rich.text !== "" && value.startsWith(rich.text)) {
    const rest = value.slice(rich.text.length);
    const extra = rest ? `<${p}r>${textElement(p, rest)}</${p}r>` : "";
    return { type: "inlineStr", content: `<${p}is>${rich.runs.join("")}${extra}</${p}is>` };
  }
  return { type: "inlineStr", content: `<${p}is>${textElement(p, value)}</${p}is>` };
}

function textElement(p: string, text: string): string {
  const preserve = /^\s|\s$|[\t\n\r]/.test(text) ? ' xml:space="preserve"' : "";
  return `<${p}t${preserve}>${encodeCellText(text)}</${p}t>`;
}
