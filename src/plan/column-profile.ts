/**
 * What a column holds, so its contents can confirm or overrule its header (issue 10 cause 2).
 * Tools export the status under `Progress` (Not started / In progress / Completed), the update
 * log under `Description` (dated notes), an urgency under `Priority` (Low / Medium / Urgent);
 * a body column named after what it answers holds codes (`Recommendation 3`), not prose.
 */
import { columnLetter } from "./cells";
import type { HeaderMatch } from "./detect-header";
import type { SheetGrid } from "./grid";
import type { ColumnRole } from "./model";
import { roleWords } from "./role-names";
import { normaliseStatus } from "./status";
import { looseKey } from "./text";

/** Shares (0..1) of a column's filled cells, over the rows below its header. */
export interface ColumnProfile {
  filled: number;
  statusWords: number;
  /** Cells that start with a date or carry one in an entry (`03/05/24 JB:`, `... (JB 03/05/24)`). */
  datedEntries: number;
  integers: number;
  /** Codes: `1.2a`, `AFI 5`, `Recommendation 3`, `Area 2`. */
  refLike: number;
  /** Sentences of 40 characters or more. */
  longProse: number;
  /** Low / Medium / High / Important / Urgent / Critical. */
  urgency: number;
}

const DATE_IN_TEXT = /(?:^|[\s(])\d{1,2}[./-]\d{1,2}(?:[./-]\d{2,4})?(?=$|[\s:),.-])|\b\d{4}-\d{2}-\d{2}\b/;
const CODE = /^(?:[A-Z]{0,4}[-. ]?\d+(?:\.\d+)*[A-Z]{0,3}|[A-Za-z]+ \d+(?:\.\d+)*[a-z]?)$/i;
const URGENCY = new Set(["low", "medium", "high", "important", "urgent", "critical", "normal", "p1", "p2", "p3", "p4"]);

/** How many rows below the header are profiled: enough to be sure, few enough to stay quick. */
const PROFILE_ROWS = 200;

export function profileColumn(grid: SheetGrid, column: number, headerRow: number): ColumnProfile {
  const counts = { statusWords: 0, datedEntries: 0, integers: 0, refLike: 0, longProse: 0, urgency: 0 };
  let filled = 0;
  const last = Math.min(grid.lastRow, headerRow + PROFILE_ROWS);
  for (let r = headerRow + 1; r <= last; r++) {
    const value = grid.value(r, column);
    const text = grid.text(r, column).trim();
    if (text === "") continue;
    filled += 1;
    if (typeof value === "number" && Number.isInteger(value)) counts.integers += 1;
    const status = normaliseStatus(text).canonical;
    if (status !== "unknown" && status !== "blank") counts.statusWords += 1;
    if (typeof value === "string" && DATE_IN_TEXT.test(text)) counts.datedEntries += 1;
    if (CODE.test(text)) counts.refLike += 1;
    if (text.length >= 40 && /\s/.test(text)) counts.longProse += 1;
    if (URGENCY.has(looseKey(text))) counts.urgency += 1;
  }
  const share = (n: number) => (filled ? n / filled : 0);
  return {
    filled,
    statusWords: share(counts.statusWords),
    datedEntries: share(counts.datedEntries),
    integers: share(counts.integers),
    refLike: share(counts.refLike),
    longProse: share(counts.longProse),
    urgency: share(counts.urgency),
  };
}

/** Most cells, so that a stray value does not decide and a few blanks do not prevent it. */
const MOSTLY = 0.6;

/**
 * Lets contents confirm or overrule the names: returns the header with columns moved where what
 * they hold says so, and the reasons, in plain words, for the plan's reasons list.
 */
export function refineByContent(grid: SheetGrid, header: HeaderMatch): { header: HeaderMatch; reasons: string[] } {
  const columns = { ...header.columns };
  const headers = { ...header.headers };
  const reasons: string[] = [];
  const cache = new Map<number, ColumnProfile>();
  const profile = (c: number) => cache.get(c) ?? cache.set(c, profileColumn(grid, c, header.row)).get(c)!;
  const mapped = () => new Set(Object.values(columns));
  const unmapped = (): number[] => {
    const used = mapped();
    const list: number[] = [];
    for (let c = grid.firstColumn; c <= grid.lastColumn; c++) if (!used.has(c) && grid.text(header.row, c)) list.push(c);
    return list;
  };
  const label = (c: number) => `"${grid.text(header.row, c)}" (${columnLetter(c)})`;
  const assign = (role: ColumnRole, c: number, why: string) => {
    for (const other of Object.keys(columns) as ColumnRole[]) if (columns[other] === c) delete columns[other];
    columns[role] = c;
    headers[role] = grid.text(header.row, c);
    reasons.push(`${label(c)} read as ${roleWords(role)}: ${why}.`);
  };

  // The update named column holds statuses: it is the status.
  if (columns.status === undefined && columns.update !== undefined && profile(columns.update).statusWords >= MOSTLY) {
    assign("status", columns.update, "most of its cells are statuses");
  }
  // A priority column of Low / Medium / Urgent rates urgency; it does not group the plan.
  if (columns.priority !== undefined && profile(columns.priority).urgency >= MOSTLY) {
    reasons.push(`${label(columns.priority)} is not read as priority: it rates urgency (Low, Medium, Urgent), it does not group actions.`);
    delete columns.priority;
    delete headers.priority;
  }
  // The task named column holds codes and there is no ref: it is the ref, and the longest prose is the task.
  if (columns.ref === undefined && columns.task !== undefined && profile(columns.task).refLike >= MOSTLY) {
    assign("ref", columns.task, "its cells are codes such as refs");
    const prose = unmapped().filter((c) => profile(c).longProse >= MOSTLY).sort((a, b) => profile(b).longProse - profile(a).longProse || a - b)[0];
    if (prose !== undefined) assign("task", prose, "it holds the actions' words");
  }
  // An unmapped column of statuses, with no status column: the status under another name.
  if (columns.status === undefined) {
    const c = unmapped().find((x) => profile(x).statusWords >= MOSTLY);
    if (c !== undefined) assign("status", c, "most of its cells are statuses");
  }
  // No update column: the unmapped column of dated entries is the update log.
  if (columns.update === undefined) {
    const c = unmapped().filter((x) => profile(x).datedEntries >= MOSTLY).sort((a, b) => profile(b).datedEntries - profile(a).datedEntries || b - a)[0];
    if (c !== undefined) assign("update", c, "its cells are dated entries");
  }
  return { header: { ...header, columns, headers }, reasons };
}
