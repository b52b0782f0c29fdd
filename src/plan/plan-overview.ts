import { columnLetter } from "./cells";
import type { ColumnRole, Plan } from "./model";

/** The plan at a glance: what `inspect` prints and the pane's plan view shows. */
export interface PlanOverview {
  /** The first plan sheet. */
  sheet: string;
  sheets: string[];
  headerRow: number;
  columns: Partial<Record<ColumnRole, string>>;
  headers: Partial<Record<ColumnRole, string>>;
  actions: number;
  workstreams: { name: string; actions: number }[];
  /** Actions by status as written; blank status counts under `""`. */
  statuses: Record<string, number>;
  glossary: number;
  confidence: number;
  reasons: string[];
}

/** Label for actions that sit above any workstream heading. */
export const NO_WORKSTREAM = "(no workstream)";

/** Counts a plan by workstream and status. */
export function planOverview(plan: Plan): PlanOverview {
  const first = plan.sheets[0];
  const columns: Partial<Record<ColumnRole, string>> = {};
  // In sheet order, as the user sees the columns.
  const mapped = (Object.entries(first.columns) as [ColumnRole, number][]).sort((a, b) => a[1] - b[1]);
  for (const [role, column] of mapped) columns[role] = columnLetter(column);
  const perWorkstream = new Map<string, number>(plan.workstreams.map((w) => [w, 0]));
  const statuses: Record<string, number> = {};
  for (const action of plan.actions) {
    const ws = action.workstream ?? NO_WORKSTREAM;
    perWorkstream.set(ws, (perWorkstream.get(ws) ?? 0) + 1);
    statuses[action.status.raw] = (statuses[action.status.raw] ?? 0) + 1;
  }
  return {
    sheet: first.sheet,
    sheets: plan.sheets.map((s) => s.sheet),
    headerRow: first.headerRow,
    columns,
    headers: first.headers,
    actions: plan.actions.length,
    workstreams: [...perWorkstream].map(([name, actions]) => ({ name, actions })),
    statuses,
    glossary: plan.glossary.length,
    confidence: plan.confidence,
    reasons: plan.reasons,
  };
}
