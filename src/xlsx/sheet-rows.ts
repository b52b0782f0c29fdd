/**
 * Finding a few `<row>` elements of a large worksheet part without scanning its cells, so that a
 * write touching three cells of a 20,000-row sheet reads (and checks) only those rows. The rows
 * found can be read with the reader itself (`readRows`), which keeps the reader's semantics.
 */
import { sheetDataBounds } from "./sheet-edit";
import { readWorksheet, type ScanContext, type ScannedCells } from "./worksheet";

/** Where a row element sits in the part's text. */
export interface RowSpanText {
  start: number;
  end: number;
}

const ROW_TAG = /<([A-Za-z_][\w.-]*:)?row\b[^>]*?(\/?)>/g;
const ROW_NUMBER = /\sr\s*=\s*["'](\d+)["']/;

/** The `<row>` elements numbered in `wanted` (rows without `r` count on from the previous one). */
export function locateRows(xml: string, wanted: ReadonlySet<number>): Map<number, RowSpanText> {
  const data = sheetDataBounds(xml);
  const out = new Map<number, RowSpanText>();
  if (data.selfClosing || wanted.size === 0) return out;
  const tag = new RegExp(ROW_TAG.source, "g");
  tag.lastIndex = data.bodyStart;
  let number = 0;
  for (let m = tag.exec(xml); m && m.index < data.bodyEnd; m = tag.exec(xml)) {
    const r = ROW_NUMBER.exec(m[0]);
    number = r ? Number(r[1]) : number + 1;
    let end = tag.lastIndex;
    if (m[2] !== "/") {
      const close = xml.indexOf(`</${m[1] ?? ""}row>`, tag.lastIndex);
      end = close < 0 ? data.bodyEnd : close + (m[1]?.length ?? 0) + 6;
      tag.lastIndex = end;
    }
    if (wanted.has(number) && !out.has(number)) out.set(number, { start: m.index, end });
  }
  return out;
}

/** Reads the cells of the given rows exactly as the reader reads the whole sheet. */
export function readRows(xml: string, rows: Iterable<RowSpanText>, context: ScanContext): ScannedCells {
  const body = [...rows].sort((a, b) => a.start - b.start).map((r) => xml.slice(r.start, r.end)).join("");
  return readWorksheet(`<worksheet><sheetData>${body}</sheetData></worksheet>`, context).cells;
}

/**
 * The part with the given rows and its `<dimension>` taken out, and `<sheetData/>` written
 * open: what must stay identical when only those rows were written.
 */
export function skeletonWithout(xml: string, rows: Iterable<RowSpanText>): string {
  const data = sheetDataBounds(xml);
  const head = xml.slice(0, data.start).replace(/<([A-Za-z_][\w.-]*:)?dimension\b[^>]*>/, "");
  const open = xml.slice(data.start, data.bodyStart).replace(/\s*\/>$/, ">");
  const pieces: string[] = [];
  let at = data.bodyStart;
  for (const r of [...rows].sort((a, b) => a.start - b.start)) {
    pieces.push(xml.slice(at, r.start));
    at = r.end;
  }
  pieces.push(xml.slice(at, data.bodyEnd));
  const close = data.selfClosing ? `</${data.prefix}sheetData>` : xml.slice(data.bodyEnd, data.end);
  return `${head}${open}${pieces.join("")}${close}${xml.slice(data.end)}`;
}

/** The part without its cells (for reading its table parts and other structure cheaply). */
export function withoutCells(xml: string): string {
  const data = sheetDataBounds(xml);
  return `${xml.slice(0, data.start)}${xml.slice(data.end)}`;
}
