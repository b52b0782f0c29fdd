/**
 * Reads a worksheet part. `<sheetData>` can hold hundreds of thousands of cells, so it is
 * scanned into parallel arrays (sheet-data.ts); the rest of the part (columns, merges, table
 * parts) is small and goes through the XML parser.
 */
import { emptySheetData, scanSheetData, type ScanContext, type SheetData } from "./sheet-data";
import { TagScanner } from "./tag-scanner";
import { attr, isTrue, type XmlNode } from "./xml";

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
  const lists = sheetLists(rest);
  const columns = lists.cols.map((col) => {
    const style = attr(col, "style");
    return {
      min: Number(attr(col, "min")),
      max: Number(attr(col, "max")),
      hidden: isTrue(attr(col, "hidden")),
      style: style === undefined ? undefined : Number(style),
    };
  });
  const merged = lists.merges.filter((ref): ref is string => !!ref);
  const tablePartIds = lists.tableParts.map((t) => attr(t, "id")).filter((id): id is string => !!id);
  return { ...data, columns, merged, tablePartIds };
}

// The elements `sheetLists` follows.
const enum Role {
  Other,
  Root,
  Worksheet,
  Cols,
  MergeCells,
  TableParts,
}

/** `<mergeCell>` as Excel writes it: only its ref, no entity (so no decoding). */
const PLAIN_MERGE = /\s*<mergeCell ref="([^"&<]*)"\/>/y;

/**
 * The `<col>` elements, `<mergeCell>` refs and `<tablePart>` elements of a worksheet part (its
 * text outside `<sheetData>`): those parseXml's tree holds under the first `worksheet`, in its
 * first `cols`, `mergeCells` and `tableParts` (as `child` and `children` pick them), without
 * building the tree. A sheet can hold thousands of merges: when its `mergeCells` holds nothing
 * but merges as Excel writes them, they are read with one match each.
 */
function sheetLists(xml: string): { cols: XmlNode[]; merges: (string | undefined)[]; tableParts: XmlNode[] } {
  const cols: XmlNode[] = [];
  const merges: (string | undefined)[] = [];
  const tableParts: XmlNode[] = [];
  const tags = new TagScanner(xml);
  // The roles of the open elements; the document itself at the bottom.
  const open: Role[] = [Role.Root];
  const seen = new Set<Role>();
  const element = (): XmlNode => {
    const node: XmlNode = {};
    tags.attributes((name, length, start, end) => {
      node[`@${tags.slice(name, name + length)}`] = tags.slice(start, end);
    });
    return node;
  };
  while (tags.next()) {
    if (tags.closing) {
      if (open.length > 1) open.pop();
      continue;
    }
    const parent = open[open.length - 1];
    let role = Role.Other;
    if (parent === Role.Root && tags.is("worksheet")) role = Role.Worksheet;
    else if (parent === Role.Worksheet && tags.is("cols")) role = Role.Cols;
    else if (parent === Role.Worksheet && tags.is("mergeCells")) role = Role.MergeCells;
    else if (parent === Role.Worksheet && tags.is("tableParts")) role = Role.TableParts;
    else if (parent === Role.Cols && tags.is("col")) cols.push(element());
    else if (parent === Role.MergeCells && tags.is("mergeCell")) merges.push(attr(element(), "ref"));
    else if (parent === Role.TableParts && tags.is("tablePart")) tableParts.push(element());
    // Only the first of each is read, as `child` reads the first.
    if (role !== Role.Other) {
      if (seen.has(role)) role = Role.Other;
      else seen.add(role);
    }
    if (tags.selfClosing) continue;
    open.push(role);
    if (role === Role.MergeCells) {
      const refs: string[] = [];
      PLAIN_MERGE.lastIndex = tags.tagEnd;
      let at = tags.tagEnd;
      for (let m = PLAIN_MERGE.exec(xml); m !== null; m = PLAIN_MERGE.exec(xml)) {
        refs.push(m[1]);
        at = PLAIN_MERGE.lastIndex;
      }
      // Every child was such a merge when an end tag (this element's) follows them.
      const end = xml.indexOf("<", at);
      if (end >= 0 && xml.charCodeAt(end + 1) === 47 /* / */) {
        merges.push(...refs);
        tags.seek(end);
      }
    }
  }
  return { cols, merges, tableParts };
}
