/**
 * Dates as the pane shows and reads them: en-GB `dd/mm/yyyy` (times `HH:mm`), the way the
 * council's own plans and board papers write them, whatever the browser's locale (a native
 * `<input type="date">` showed `06/08/2015` in a US-locale webview for 8 June).
 */
import { formatUk, isoFromParts, parseIsoDate } from "../plan/dates";
import type { IsoDate } from "../plan/model";

export { formatUk };

/**
 * A date typed by the user: `8/6/2015`, `08.06.2015`, `08-06-2015` (day first, four-digit year)
 * or `2015-06-08`. Undefined when it is not a real date.
 */
export function parseDateText(text: string): IsoDate | undefined {
  const trimmed = text.trim();
  const iso = parseIsoDate(trimmed);
  if (iso) return iso;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (!m) return undefined;
  return isoFromParts(Number(m[3]), Number(m[2]), Number(m[1])) ?? undefined;
}

/** `2026-12-02 14:53` (how stamps and the change log keep times) → `02/12/2026 14:53`. */
export function formatTimestamp(stamp: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})/.exec(stamp.trim());
  if (!m) return parseIsoDate(stamp.trim()) ? formatUk(stamp.trim()) : stamp;
  return `${formatUk(m[1])} ${m[2]}`;
}

/** The local calendar date of `now`. */
export function localToday(now: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
