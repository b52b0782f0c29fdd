import type { CellValue } from "./snapshot";

/**
 * A new sheet described as data (cells, styles, table, chart, print set-up), built by the core
 * and drawn by either adapter: the Office JavaScript API in Excel, the package writer on the command line.
 */

/** A cell style; colours are `#RRGGBB`. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center";
  /** Thin border on all sides. */
  border?: boolean;
  numberFormat?: string;
}

export interface SpecRow {
  /** Cells from column A. Strings are always written as text, never as formulas. */
  values: CellValue[];
  /** Style name per cell (keys of `SheetSpec.styles`); missing means default. */
  styles?: (string | undefined)[];
  /** Row height in points. */
  height?: number;
}

/**
 * A stacked bar chart drawn from a block of the new sheet: `source` includes the header row,
 * its first column holds the categories and each further column one series (in `series`, in
 * column order; columns with `include: false`, such as a total, are left out of the chart).
 */
export interface ChartSpec {
  title: string;
  /** e.g. `A5:G11`. */
  source: string;
  series: { name: string; color: string; include: boolean }[];
  /** Top-left and bottom-right cells the chart covers. */
  from: string;
  to: string;
}

export interface SheetSpec {
  name: string;
  rows: SpecRow[];
  styles: Record<string, CellStyle>;
  /** Widths in characters, from column A. */
  columnWidths: number[];
  merges: string[];
  /** Excel Tables over ranges of the sheet (header row first). */
  tables: { name: string; address: string }[];
  chart?: ChartSpec;
  print: {
    landscape: boolean;
    /** Fit to one page wide (any number of pages tall). */
    fitToWidth: boolean;
    /** Rows repeated at the top of every printed page, e.g. `1:4`. */
    repeatRows?: string;
    /** Footer with `&P` page number, `&N` pages, `&D` date codes. */
    footer?: string;
    /** Manual page breaks: a new printed page starts after each of these rows. */
    rowBreaks?: number[];
  };
  tabColor?: string;
}
