/** Helpers for the writer's tests: unpack packages, diff their parts, pick cells out of sheet XML. */
import JSZip from "jszip";
import type { ChangeSet, RangeWrite } from "../../src/plan/port";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/plan/snapshot";
import { parseCell, parseRange } from "../../src/plan/cells";

/** Every part of a package, decompressed, by zip entry name. */
export async function unpack(bytes: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files)) {
    if (!zip.files[name].dir) out.set(name, await zip.files[name].async("uint8array"));
  }
  return out;
}

/** Part text of a package. */
export async function partText(bytes: Uint8Array, name: string): Promise<string> {
  const parts = await unpack(bytes);
  const part = parts.get(name);
  if (!part) throw new Error(`no part ${name}`);
  return new TextDecoder().decode(part);
}

/** Which parts differ between two packages (decompressed bytes). */
export async function diffParts(before: Uint8Array, after: Uint8Array): Promise<{ changed: string[]; added: string[]; removed: string[] }> {
  const a = await unpack(before);
  const b = await unpack(after);
  const changed: string[] = [];
  const removed: string[] = [];
  for (const [name, bytes] of a) {
    const now = b.get(name);
    if (!now) removed.push(name);
    else if (Buffer.compare(Buffer.from(bytes), Buffer.from(now)) !== 0) changed.push(name);
  }
  const added = [...b.keys()].filter((name) => !a.has(name));
  return { changed: changed.sort(), added: added.sort(), removed: removed.sort() };
}

/** The `<c>` element of `address` in a worksheet part's text. */
export function cellXml(sheetXml: string, address: string): string | undefined {
  const m = new RegExp(`<c r="${address}"(?:\\s[^>]*)?(?:/>|>[\\s\\S]*?</c>)`).exec(sheetXml);
  return m?.[0];
}

export function sheetOf(snapshot: WorkbookSnapshot, name: string): SheetSnapshot {
  const found = snapshot.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** A cell of a snapshot sheet (empty when outside its used range). */
export function cellOf(sheet: SheetSnapshot, address: string) {
  if (!sheet.address) return { value: "", text: "", numberFormat: "General" };
  const origin = parseRange(sheet.address);
  const { row, column } = parseCell(address);
  const r = row - origin.firstRow;
  const c = column - origin.firstColumn;
  if (r < 0 || c < 0 || r >= sheet.values.length || c >= sheet.values[0].length) return { value: "", text: "", numberFormat: "General" };
  return { value: sheet.values[r][c], text: sheet.text[r][c], numberFormat: sheet.numberFormat[r][c] };
}

export const write = (w: Partial<RangeWrite> & Pick<RangeWrite, "sheet" | "address" | "values">): RangeWrite => ({ asText: true, ...w });

export const only = (...writes: RangeWrite[]): ChangeSet => ({ ensureSheets: [], writes });
