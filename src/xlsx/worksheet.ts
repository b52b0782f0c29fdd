/**
 * Reads a worksheet part. `<sheetData>` can hold hundreds of thousands of cells, so it is
 * scanned into parallel arrays (sheet-data.ts); the rest of the part (columns, merges, table
 * parts) is small and goes through the XML parser.
 */
import { emptySheetData, scanSheetData, type ScanContext, type SheetData } from "./sheet-data";
import { attr, child, children, isTrue, parseXml } from "./xml";

export type { ScanContext, ScannedCells } from "./sheet-data";

export interface ColumnSpan {
  min: number;
  max: number;
  hidden: boolean;
  /** `cellXfs` index of the column's default style, if it has one. */
  style?: number;
}

export interface WorksheetData extends SheetData {
  columns: ColumnSpan[];
  /** `<mergeCell ref>` values as written. */
  merged: string[];
  /** Relationship ids of `<tablePart>` elements, in order. */
  tablePartIds: string[];
}

const SHEET_DATA = /<([A-Za-z_][\w.-]*:)?sheetData\b[^>]*?(\/?)>/;

/** Reads a worksheet part's text. */
export function readWorksheet(xml: string, context: ScanContext): WorksheetData {
  const open = SHEET_DATA.exec(xml);
  let rest = xml;
  let data = emptySheetData();
  if (open) {
    const bodyStart = open.index + open[0].length;
    let bodyEnd = bodyStart;
    let after = bodyStart;
    if (open[2] !== "/") {
      const close = xml.indexOf(`</${open[1] ?? ""}sheetData`, bodyStart);
      bodyEnd = close < 0 ? xml.length : close;
      after = close < 0 ? xml.length : xml.indexOf(">", close) + 1;
    }
    data = scanSheetData(xml, bodyStart, bodyEnd, context);
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
