/**
 * Address lists for `worksheet.getRanges` (highlights, the summary sheet's styles).
 *
 * Why capped. `getRanges` fails on long lists ("The argument is invalid or missing or has an
 * incorrect format.") and Microsoft documents no limit: lists of 513 areas, or of about 8,200
 * characters, have been reported failing on desktop and the web while some longer ones pass
 * (office-js issue #5198). So cells are first merged into as few rectangles as possible (a run
 * down a column, then identical runs in neighbouring columns side by side), and each list holds at
 * most `MAX_LIST_AREAS` areas and `MAX_LIST_CHARS` characters: half of the smallest failures seen.
 *
 * Separator. Lists are joined with a comma, the separator the API reference documents; the
 * locale's list separator is never used, so a build that wants `;` in formulas still reads them.
 */
import { cellAddress, parseCell, rangeAddress, type RangeBounds } from "../plan/cells";

/** At most this many areas per list (reports: 513 can fail). */
export const MAX_LIST_AREAS = 256;
/** At most this many characters per list (reports: about 8,200 can fail). */
export const MAX_LIST_CHARS = 4000;

/** Runs of consecutive rows, per column: `column → [[firstRow, lastRow], ...]`. */
function columnRuns(addresses: string[]): Map<number, [number, number][]> {
  const byColumn = new Map<number, Set<number>>();
  for (const address of addresses) {
    const { row, column } = parseCell(address);
    if (!byColumn.has(column)) byColumn.set(column, new Set());
    byColumn.get(column)!.add(row);
  }
  const runs = new Map<number, [number, number][]>();
  for (const [column, set] of byColumn) {
    const rows = [...set].sort((a, b) => a - b);
    const list: [number, number][] = [];
    for (let i = 0; i < rows.length; ) {
      let j = i;
      while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
      list.push([rows[i], rows[j]]);
      i = j + 1;
    }
    runs.set(column, list);
  }
  return runs;
}

/**
 * The cells as rectangles: each column's runs of rows, with the same run in the next column
 * joined to it (a row of styled cells `A5:G5`, a block `B6:D9`). Duplicates are dropped.
 */
export function rectangles(addresses: string[]): RangeBounds[] {
  const runs = columnRuns(addresses);
  const open = new Map<string, RangeBounds>();
  const done: RangeBounds[] = [];
  let previous = -1;
  for (const column of [...runs.keys()].sort((a, b) => a - b)) {
    // Rectangles that did not reach this column are finished.
    for (const [key, rect] of open) {
      const [first, last] = key.split(":").map(Number);
      const continues = column === previous + 1 && runs.get(column)!.some(([f, l]) => f === first && l === last);
      if (!continues) {
        done.push(rect);
        open.delete(key);
      }
    }
    for (const [firstRow, lastRow] of runs.get(column)!) {
      const key = `${firstRow}:${lastRow}`;
      const rect = open.get(key);
      if (rect) rect.lastColumn = column;
      else open.set(key, { firstRow, lastRow, firstColumn: column, lastColumn: column });
    }
    previous = column;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.firstColumn - b.firstColumn || a.firstRow - b.firstRow);
}

function areaText(r: RangeBounds): string {
  const single = r.firstRow === r.lastRow && r.firstColumn === r.lastColumn;
  return single ? cellAddress(r.firstRow, r.firstColumn) : rangeAddress(r);
}

/** One sheet's cells as comma-separated address lists within both caps. */
export function addressLists(
  addresses: string[],
  maxChars: number = MAX_LIST_CHARS,
  maxAreas: number = MAX_LIST_AREAS,
): string[] {
  const lists: string[] = [];
  let current = "";
  let count = 0;
  for (const area of rectangles(addresses).map(areaText)) {
    if (current && (current.length + 1 + area.length > maxChars || count >= maxAreas)) {
      lists.push(current);
      current = "";
      count = 0;
    }
    current = current ? `${current},${area}` : area;
    count++;
  }
  if (current) lists.push(current);
  return lists;
}
