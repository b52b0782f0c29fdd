/**
 * Registers that look like plans but are not (issue 10 cause 15): a risk register or an issue
 * log also has an id, a description, an owner and a status, so header words alone read it as an
 * action plan. Their own columns give them away: likelihood and impact, cause and effect, date
 * raised and resolution. Validating one as a plan would report false defects to the board.
 */
import type { HeaderMatch } from "./detect-header";
import type { SheetGrid } from "./grid";
import { normaliseHeader } from "./text";

const REGISTER_COLUMNS: Record<string, string[]> = {
  "a risk register": [
    "likelihood", "probability", "impact", "consequence", "consequences", "risk score", "risk rating", "inherent risk",
    "residual risk", "controls", "controls in place", "existing controls", "proximity", "cause", "effect", "event",
    "mitigation", "risk description", "risk id", "risk", "risk title", "expected value", "ev", "actionee", "risk owner",
  ],
  "an issue log": [
    "issue", "issue id", "issue description", "issue title", "date raised", "raised by", "resolution", "date closed",
    "closure date", "decision", "decision date", "severity", "open closed", "date resolved",
  ],
  "a timesheet": ["hours", "hours worked", "week ending", "time spent", "timesheet", "overtime"],
};

/** The register kind and the headers that say so, when a header row is a register's, not a plan's. */
export function registerNotPlan(grid: SheetGrid, header: HeaderMatch): { kind: string; headers: string[] } | null {
  const texts: string[] = [];
  for (let c = grid.firstColumn; c <= grid.lastColumn; c++) {
    const t = grid.text(header.row, c);
    if (t) texts.push(t);
  }
  const named = (role: "ref" | "task") => (header.columns[role] === undefined ? "" : normaliseHeader(grid.text(header.row, header.columns[role]!)));
  let best: { kind: string; headers: string[] } | null = null;
  for (const [kind, words] of Object.entries(REGISTER_COLUMNS)) {
    const hits = texts.filter((t) => words.includes(normaliseHeader(t)));
    if (!best || hits.length > best.headers.length) best = { kind, headers: hits };
  }
  if (!best) return null;
  // The row names what it lists (`Risk ID`, `Issue description`): three register columns suffice.
  // Otherwise five, since a plan may well carry an Impact or a Risk column of its own.
  const listsRegisterItems = /^(?:risk|issue)\b/.test(named("ref")) || /^(?:risk|issue)\b/.test(named("task"));
  return best.headers.length >= (listsRegisterItems ? 3 : 5) ? best : null;
}
