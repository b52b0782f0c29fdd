import { parseRange, rangeAddress } from "../plan/cells";

/**
 * Parsing the addresses Office.js returns: sheet-prefixed (`Sheet1!A1:G239`), quoted when the
 * sheet name needs it (`'Action plan'!E46`, with `''` for a quote), areas joined by commas.
 */

/** `'Action plan'!A1:G239` → `{ sheet: "Action plan", address: "A1:G239" }`. */
export function splitSheetAddress(address: string): { sheet: string; address: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", address };
  return { sheet: unquote(address.slice(0, bang)), address: address.slice(bang + 1) };
}

/** `Sheet1!A1:G239` → `A1:G239`; an address without a sheet is returned as is. */
export function stripSheetName(address: string): string {
  return splitSheetAddress(address).address;
}

/**
 * The snapshot's spelling of a range, shared with the file adapter: no sheet, no `$`, always
 * `first:last` (Office writes a one-cell range as `Sheet1!A1`; the snapshot says `A1:A1`).
 */
export function canonicalRange(address: string): string {
  return rangeAddress(parseRange(stripSheetName(address).replace(/\$/g, "")));
}

/**
 * `Sheet1!A6:G6, Sheet1!A20:G20` → `["A6:G6", "A20:G20"]`. Reads quoted sheet names whole, so a
 * comma or `!` inside a quoted name does not split an area; `$` signs are dropped.
 */
export function splitAreas(address: string): string[] {
  const areas: string[] = [];
  let i = 0;
  while (i < address.length) {
    while (address[i] === " " || address[i] === ",") i++;
    if (i >= address.length) break;
    if (address[i] === "'") {
      // Skip a quoted name: it ends at a quote not followed by another quote.
      i++;
      while (i < address.length && !(address[i] === "'" && address[i + 1] !== "'")) i += address[i] === "'" ? 2 : 1;
      i++;
    }
    const end = address.indexOf(",", i);
    const area = address.slice(i, end < 0 ? address.length : end).trim();
    areas.push(canonicalRange(area));
    i = end < 0 ? address.length : end + 1;
  }
  return areas;
}

function unquote(name: string): string {
  return name.startsWith("'") && name.endsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}
