/** Action references: `81`, `81A`, `1.2a`; a sub-action's parent is its ref without trailing letters. */
import type { CellValue } from "./snapshot";
import type { Action } from "./model";

/**
 * The ref a cell holds, as written and trimmed, or null when blank. A number is written without
 * Excel's formatting (`81`, not `81.0`); a non-integer number (`1.2`) is taken from the displayed
 * text when there is one, so `1.10` stays `1.10`. Letters keep their case (`81a`): compare refs
 * with `refKey`.
 */
export function normaliseRef(value: CellValue, text: string): string | null {
  if (typeof value === "number") {
    if (Number.isInteger(value)) return String(value);
    const shown = text.trim();
    return shown !== "" ? shown : String(value);
  }
  if (typeof value === "boolean") return text.trim() || null;
  const written = (value !== "" ? value : text).trim();
  return written === "" ? null : written;
}

/** The key two refs are compared by: case and spaces ignored (`81a` and `81 A` are `81A`). */
export function refKey(ref: string): string {
  return ref.replace(/\s+/g, "").toUpperCase();
}

/** True when two refs name the same action (`81a` and `81A`). */
export function sameRef(a: string, b: string): boolean {
  return refKey(a) === refKey(b);
}

const SUB_ACTION = /^(.*\d)[\s._-]*(?:\(([A-Za-z]{1,3})\)|([A-Za-z]{1,3}))$/;

/**
 * The parent of a sub-action: the ref without its trailing letters (`81A` → `81`, `69G` → `69`,
 * `1.2a` → `1.2`, `81(b)` → `81`); null for a ref that ends in a digit (`81`, `1.2`) or has no
 * digits before its letters.
 */
export function parentRef(ref: string): string | null {
  const trimmed = ref.trim();
  // SUB_ACTION ends in a letter or `)`: most refs (`81`, `1.2`) end in a digit and have no parent.
  const last = trimmed.charCodeAt(trimmed.length - 1);
  if (last >= 48 && last <= 57) return null;
  const m = SUB_ACTION.exec(trimmed);
  return m ? m[1].trim() : null;
}

/**
 * The parent action of a sub-action: the nearest action above it on its sheet carrying the
 * parent ref. A ref used twice (`2` on rows 8 and 11) would otherwise make 2c, listed under the
 * second `2`, a child of the first. With no such action above, the only action with that ref
 * (on another sheet, say); with several and none above, none.
 */
export function parentOf(child: Action, byRef: Map<string, Action[]>): Action | null {
  if (!child.parentRef) return null;
  const parents = byRef.get(child.parentRef.toUpperCase());
  if (!parents) return null;
  // The nearest above: the last in plan order on the child's sheet before its row (no list made
  // per sub-action: rules ask this of every sub-action of the plan).
  let above: Action | null = null;
  for (const p of parents) if (p.sheet === child.sheet && p.row < child.row && (!above || p.row > above.row)) above = p;
  if (above) return above;
  return parents.length === 1 ? parents[0] : null;
}
