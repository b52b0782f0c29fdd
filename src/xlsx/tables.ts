/** Table parts (`xl/tables/tableN.xml`): the few facts a snapshot reports about each table. */
import type { TableSnapshot } from "../plan/snapshot";
import { parseRange, rangeAddress } from "../plan/cells";
import { attr, child, parseXml } from "./xml";

/** Reads a table part; `undefined` when it has no usable `ref`. */
export function readTable(xml: string): TableSnapshot | undefined {
  const table = child(parseXml(xml), "table");
  const ref = attr(table, "ref");
  if (!ref) return undefined;
  let address: string;
  try {
    address = rangeAddress(parseRange(ref));
  } catch {
    return undefined;
  }
  return {
    // Office.js `table.name` is the name formulas use: the part's displayName.
    name: attr(table, "displayName") ?? attr(table, "name") ?? "",
    address,
    showHeaders: Number(attr(table, "headerRowCount") ?? "1") !== 0,
    // totalsRowShown only records that a totals row was once shown; totalsRowCount says one exists.
    showTotals: Number(attr(table, "totalsRowCount") ?? "0") > 0,
  };
}
