/**
 * `range.getRowProperties` and `range.getColumnProperties` (ExcelApi 1.9), for the properties the
 * adapter loads: `rowHidden` and `columnHidden`. Microsoft's reference: "Returns a
 * single-dimensional array, encapsulating the data for each row's font, fill, borders, alignment,
 * and other properties ... An array where each item represents the requested properties of the
 * corresponding row" (Range.getRowProperties; getColumnProperties likewise per column). Only the
 * properties asked for are returned. The answer is an `OfficeExtension.ClientResult`, whose
 * `value` is readable only after the sync that computed it.
 */
import type { RangeBounds } from "../../src/plan/cells";
import { DoubleError, jsonBytes, type DoubleContext } from "./context";
import type { SheetState } from "./state";

/** `OfficeExtension.ClientResult<T>`: `value` after the sync. */
export class ClientResultProxy<T> {
  private delivered: { v: T } | undefined;
  constructor(context: DoubleContext, compute: () => T) {
    context.enqueue(40, () => {
      const v = compute();
      return [{ bytes: jsonBytes(v), commit: () => (this.delivered = { v }) }];
    });
  }
  get value(): T {
    if (!this.delivered) {
      throw new DoubleError("PropertyNotLoaded", "The value of the result object has not been loaded yet. Before reading the value property, call \"context.sync()\" on the associated request context.");
    }
    return this.delivered.v;
  }
}

/** Refuses a load option the double does not model, so an adapter asking for more fails loudly. */
function onlyAsked(options: Record<string, unknown>, modelled: string): boolean {
  const asked = Object.keys(options).filter((k) => options[k]);
  const other = asked.filter((k) => k !== modelled);
  if (other.length) throw new DoubleError("InvalidArgument", `The double models only '${modelled}' here, not ${other.join(", ")}.`);
  return asked.includes(modelled);
}

export function rowProperties(sheet: SheetState, bounds: RangeBounds, options: Record<string, unknown>): { rowHidden?: boolean }[] {
  const wanted = onlyAsked(options, "rowHidden");
  const out: { rowHidden?: boolean }[] = [];
  for (let r = bounds.firstRow; r <= bounds.lastRow; r++) out.push(wanted ? { rowHidden: sheet.hiddenRows?.has(r) ?? false } : {});
  return out;
}

export function columnProperties(sheet: SheetState, bounds: RangeBounds, options: Record<string, unknown>): { columnHidden?: boolean }[] {
  const wanted = onlyAsked(options, "columnHidden");
  const out: { columnHidden?: boolean }[] = [];
  for (let c = bounds.firstColumn; c <= bounds.lastColumn; c++) out.push(wanted ? { columnHidden: sheet.hiddenColumns?.has(c) ?? false } : {});
  return out;
}
