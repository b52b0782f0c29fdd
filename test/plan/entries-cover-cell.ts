import type { UpdateEntry } from "../../src/plan/model";

/** Checks that the entries cover the cell exactly: in order, exact substrings, only whitespace between. */
export function expectNothingLost(text: string, entries: UpdateEntry[]): void {
  let cursor = 0;
  let rebuilt = "";
  for (const e of entries) {
    expect(e.start).toBeGreaterThanOrEqual(cursor);
    const gap = text.slice(cursor, e.start);
    expect(gap.trim()).toBe("");
    expect(text.slice(e.start, e.start + e.raw.length)).toBe(e.raw);
    expect(e.raw).toBe(e.raw.trim());
    expect(e.raw.length).toBeGreaterThan(0);
    expect(e.raw.includes(e.text)).toBe(true);
    expect(e.text).toBe(e.text.trim());
    rebuilt += gap + e.raw;
    cursor = e.start + e.raw.length;
  }
  expect(text.slice(cursor).trim()).toBe("");
  rebuilt += text.slice(cursor);
  expect(rebuilt).toBe(text);
  if (text.trim() !== "") expect(entries.length).toBeGreaterThan(0);
}
