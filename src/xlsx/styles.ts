/** The styles part, reduced to what a reader needs: each cell style's number format code and indent. */
import { attr, child, children, parseXml } from "./xml";

/**
 * Built-in number formats (ECMA-376 Part 1, 18.8.30), as Excel (en-US) reports them through
 * `numberFormat`. Ids 14 and 22 follow the user's short-date setting when displayed in Excel;
 * the codes here are the ones Office.js returns. Ids not listed (27-36, 50-81: East Asian
 * locales) read as `General`.
 */
export const BUILTIN_NUMBER_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  5: '"$"#,##0_);\\("$"#,##0\\)',
  6: '"$"#,##0_);[Red]\\("$"#,##0\\)',
  7: '"$"#,##0.00_);\\("$"#,##0.00\\)',
  8: '"$"#,##0.00_);[Red]\\("$"#,##0.00\\)',
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "m/d/yyyy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yyyy h:mm",
  37: "#,##0_);(#,##0)",
  38: "#,##0_);[Red](#,##0)",
  39: "#,##0.00_);(#,##0.00)",
  40: "#,##0.00_);[Red](#,##0.00)",
  41: '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)',
  42: '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"_);_(@_)',
  43: '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)',
  44: '_("$"* #,##0.00_);_("$"* \\(#,##0.00\\);_("$"* "-"??_);_(@_)',
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mm:ss.0",
  48: "##0.0E+0",
  49: "@",
};

/** Number formats by cell style index (`<c s="…">` indexes `cellXfs`). */
export interface StyleTable {
  /** Custom formats declared in `<numFmts>`, by id. */
  customFormats: ReadonlyMap<number, string>;
  /** Format code of each `cellXfs` entry, in order. */
  cellFormats: readonly string[];
  /** `numFmtId` of each `cellXfs` entry, in order. */
  cellFormatIds: readonly number[];
  /**
   * Indent of each `cellXfs` entry (`<alignment indent="N">`, ECMA-376 Part 1, 18.8.1), 0 when it
   * has none: what Excel shows as the cell's indent level (`format.indentLevel`).
   */
  cellIndents: readonly number[];
}

/**
 * The code used to display a style's numbers. Built-in ids 14 and 22 are reported as
 * `m/d/yyyy` but Excel shows them in the user's short-date format (`15/06/2015` in the UK),
 * so they are displayed with `shortDate` unless the workbook defines those ids itself.
 */
export function displayFormatOfStyle(styles: StyleTable, styleIndex: number, shortDate: string): string {
  const id = styles.cellFormatIds[styleIndex];
  if ((id === 14 || id === 22) && !styles.customFormats.has(id)) return id === 14 ? shortDate : `${shortDate} hh:mm`;
  return formatOfStyle(styles, styleIndex);
}

/** The format code of a cell style index; `General` for a missing style. */
export function formatOfStyle(styles: StyleTable, styleIndex: number): string {
  return styles.cellFormats[styleIndex] ?? "General";
}

/** The code of a number format id: a custom one first, then a built-in one. */
export function formatCodeOfId(customFormats: ReadonlyMap<number, string>, id: number): string {
  return customFormats.get(id) ?? BUILTIN_NUMBER_FORMATS[id] ?? "General";
}


/** Reads `styles.xml`; `undefined` text (no styles part) gives every cell `General`. */
export function parseStyles(text: string | undefined): StyleTable {
  if (text === undefined) return { customFormats: new Map(), cellFormats: [], cellFormatIds: [], cellIndents: [] };
  const sheet = child(parseXml(text), "styleSheet");
  const customFormats = new Map<number, string>();
  // Only the top-level <numFmts>: the <numFmt> inside <dxfs> belong to conditional formats.
  for (const fmt of children(child(sheet, "numFmts"), "numFmt")) {
    const id = Number(attr(fmt, "numFmtId"));
    const code = attr(fmt, "formatCode");
    if (Number.isInteger(id) && code !== undefined) customFormats.set(id, code);
  }
  const xfs = children(child(sheet, "cellXfs"), "xf");
  const cellFormatIds = xfs.map((xf) => Number(attr(xf, "numFmtId") ?? 0) || 0);
  const cellFormats = cellFormatIds.map((id) => formatCodeOfId(customFormats, id));
  const cellIndents = xfs.map((xf) => Math.max(0, Math.floor(Number(attr(child(xf, "alignment"), "indent") ?? 0) || 0)));
  return { customFormats, cellFormats, cellFormatIds, cellIndents };
}
