import { isClosed, daysOverdue, deriveRag, type RagResult, type Rating } from "./rag";
import type { Action, IsoDate, Plan } from "./model";
import type { OverallRule, PlanSettings } from "./settings";
import { NO_WORKSTREAM } from "./plan-overview";
import { latestUpdate } from "./update-log";
import { entryForBoard } from "./update-history";
import { perReadings } from "./per-reading";

/** Counts by rating. */
export type RagCounts = Record<Rating, number>;

/** One workstream (or the whole plan) at a glance. */
export interface WorkstreamSummary {
  name: string;
  actions: number;
  rag: RagCounts;
  /** Actions by status as written (blank under `""`). */
  statuses: Record<string, number>;
  /** Complete actions as a share of actions that are not cancelled, 0-100. */
  percentComplete: number;
  overall: Rating;
  /** Why the overall rating is what it is, in words. */
  overallReason: string;
  /** Where the plan has its own RAG column: actions whose rating there differs from the rules'. */
  ragColumnDisagreements: number;
  priorities: { name: string; actions: number; rag: RagCounts }[];
}

/** A Red or Amber action for the board, with the management action (latest update). */
export interface SummaryException {
  ref: string | null;
  task: string;
  workstream: string;
  owner: string;
  endDate: string | null;
  daysOverdue: number | null;
  status: string;
  rag: "red" | "amber";
  rule: string;
  reason: string;
  latestUpdate: string | null;
  sheet: string;
  row: number;
}

/** What one action looked like when a summary was made, kept for the next comparison. */
export interface ActionSnapshot {
  key: string;
  ref: string | null;
  task: string;
  rating: Rating;
  complete: boolean;
  endDate: IsoDate | null;
  endDateText: string | null;
}

/** Stored in the workbook when a summary is made. */
export interface SummarySnapshot {
  asOf: IsoDate;
  actions: ActionSnapshot[];
}

export interface ChangedAction {
  ref: string | null;
  task: string;
}

/** What moved since the previous summary. */
export interface SummaryChanges {
  /** The as-of date of the summary compared with, or null when there was none. */
  since: IsoDate | null;
  newlyRed: ChangedAction[];
  newlyComplete: ChangedAction[];
  endDatesMoved: (ChangedAction & { from: string | null; to: string | null })[];
  added: ChangedAction[];
  removed: ChangedAction[];
}

export interface SummaryModel {
  asOf: IsoDate;
  workstreams: WorkstreamSummary[];
  totals: WorkstreamSummary;
  exceptions: SummaryException[];
  changes: SummaryChanges;
  /** The snapshot to store for the next comparison. */
  snapshot: SummarySnapshot;
}

const emptyCounts = (): RagCounts => ({ blue: 0, green: 0, amber: 0, red: 0, grey: 0 });

/** Applies the stated overall rule to a set of counts. */
export function overallRating(counts: RagCounts, rule: OverallRule): { rating: Rating; reason: string } {
  const open = counts.red + counts.amber + counts.green;
  const total = open + counts.blue + counts.grey;
  if (total === 0) return { rating: "grey", reason: "No actions." };
  if (open === 0) return counts.blue > 0 ? { rating: "blue", reason: "Every rated action is complete." } : { rating: "grey", reason: "No action can be rated." };
  if (rule.kind === "worst") {
    const worst: Rating = counts.red ? "red" : counts.amber ? "amber" : "green";
    return { rating: worst, reason: `The worst rating of any open action (${worst}).` };
  }
  const redShare = counts.red / open;
  const riskShare = (counts.red + counts.amber) / open;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  if (redShare >= rule.redShare) return { rating: "red", reason: `${pct(redShare)} of open rated actions are Red (Red from ${pct(rule.redShare)}).` };
  if (riskShare >= rule.amberShare) return { rating: "amber", reason: `${pct(riskShare)} of open rated actions are Red or Amber (Amber from ${pct(rule.amberShare)}).` };
  return { rating: "green", reason: `${pct(riskShare)} of open rated actions are Red or Amber (under ${pct(rule.amberShare)}).` };
}

/** `ratings[i]` and `closed[i]` (isClosed) are of `actions[i]`: arrays side by side, no lookup by action. */
function summarise(name: string, actions: readonly Action[], ratings: readonly Rating[], closed: readonly boolean[], settings: PlanSettings): WorkstreamSummary {
  const rag = emptyCounts();
  const statuses: Record<string, number> = {};
  let disagreements = 0;
  let countable = 0;
  let complete = 0;
  const priorities = new Map<string, { name: string; actions: number; rag: RagCounts }>();
  for (let i = 0; i < actions.length; i++) {
    const action = actions[i];
    const rating = ratings[i];
    rag[rating]++;
    const raw = action.status.raw;
    statuses[raw] = (statuses[raw] ?? 0) + 1;
    if (action.rag && rating !== "grey" && action.rag !== rating) disagreements++;
    if (action.priority) {
      let p = priorities.get(action.priority);
      if (!p) {
        p = { name: action.priority, actions: 0, rag: emptyCounts() };
        priorities.set(action.priority, p);
      }
      p.actions++;
      p.rag[rating]++;
    }
    if (action.status.canonical === "cancelled") continue;
    countable++;
    // The complete status, or in a plan with no status column what closes an action there.
    if (closed[i]) complete++;
  }
  const overall = overallRating(rag, settings.overallRule);
  return {
    name,
    actions: actions.length,
    rag,
    statuses,
    percentComplete: countable ? Math.round((complete / countable) * 100) : 0,
    overall: overall.rating,
    overallReason: overall.reason,
    ragColumnDisagreements: disagreements,
    priorities: [...priorities.values()],
  };
}

/** Identity of an action across summaries: its ref (numbered when duplicated), else its task. In plan order. */
function actionKeys(plan: Plan): string[] {
  // Refs and tasks counted apart: `ref:` and `task:` keys never meet, and the count needs no key built first.
  const seenRefs = new Map<string, number>();
  const seenTasks = new Map<string, number>();
  const keys: string[] = [];
  for (const a of plan.actions) {
    const id = a.ref ? a.ref.toUpperCase() : a.task.toLowerCase().replace(/\s+/g, " ").trim();
    const seen = a.ref ? seenRefs : seenTasks;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    const base = a.ref ? `ref:${id}` : `task:${id}`;
    keys.push(n === 1 ? base : `${base}#${n}`);
  }
  return keys;
}

function compare(previous: SummarySnapshot | null, current: SummarySnapshot): SummaryChanges {
  const changes: SummaryChanges = { since: previous?.asOf ?? null, newlyRed: [], newlyComplete: [], endDatesMoved: [], added: [], removed: [] };
  if (!previous) return changes;
  const before = new Map(previous.actions.map((a) => [a.key, a]));
  const now = new Set(current.actions.map((a) => a.key));
  for (const a of current.actions) {
    const was = before.get(a.key);
    const id = { ref: a.ref, task: a.task };
    if (!was) {
      changes.added.push(id);
      continue;
    }
    if (a.rating === "red" && was.rating !== "red") changes.newlyRed.push(id);
    if (a.complete && !was.complete) changes.newlyComplete.push(id);
    if (a.endDate !== was.endDate || (a.endDate === null && a.endDateText !== was.endDateText)) changes.endDatesMoved.push({ ...id, from: was.endDateText, to: a.endDateText });
  }
  for (const was of previous.actions) if (!now.has(was.key)) changes.removed.push({ ref: was.ref, task: was.task });
  return changes;
}

/**
 * The board's RAG summary as at a date: per workstream counts and overall ratings, the Red and
 * Amber exceptions with their latest update, and what changed since `previous`.
 */
export function buildSummary(plan: Plan, asOf: IsoDate, settings: PlanSettings, previous: SummarySnapshot | null): SummaryModel {
  // Results by the action's place in the plan: arrays, not maps keyed by action, on a plan of
  // tens of thousands of actions.
  const { actions } = plan;
  const results: RagResult[] = [];
  const ratings: Rating[] = [];
  const closed: boolean[] = [];
  // In a plan with a status column an action's rating follows from its status and end date
  // readings alone, which rows share: rated once per pair. Without one, other fields can close
  // it (closedWithoutStatus), so each such action is rated on its own.
  const rateByReadings = perReadings((_status: Action["status"], _endDate: Action["endDate"], first: Action) => deriveRag(first, asOf, settings));
  for (const a of actions) {
    const r = a.cells.status ? rateByReadings(a.status, a.endDate, a) : deriveRag(a, asOf, settings);
    results.push(r);
    ratings.push(r.rating);
    closed.push(isClosed(a));
  }
  const byWorkstream = new Map<string, { actions: Action[]; ratings: Rating[]; closed: boolean[] }>();
  for (const name of plan.workstreams) byWorkstream.set(name, { actions: [], ratings: [], closed: [] });
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i];
    const name = a.workstream ?? NO_WORKSTREAM;
    let group = byWorkstream.get(name);
    if (!group) {
      group = { actions: [], ratings: [], closed: [] };
      byWorkstream.set(name, group);
    }
    group.actions.push(a);
    group.ratings.push(ratings[i]);
    group.closed.push(closed[i]);
  }
  const workstreams: WorkstreamSummary[] = [];
  for (const [name, group] of byWorkstream) if (group.actions.length > 0) workstreams.push(summarise(name, group.actions, group.ratings, group.closed, settings));
  const totals = summarise("All workstreams", actions, ratings, closed, settings);

  const exceptions: SummaryException[] = [];
  for (let i = 0; i < actions.length; i++) {
    const r = results[i];
    if (r.rating !== "red" && r.rating !== "amber") continue;
    const a = actions[i];
    const latest = latestUpdate(a);
    const late = daysOverdue(a, asOf);
    exceptions.push({
      ref: a.ref,
      task: a.task,
      workstream: a.workstream ?? NO_WORKSTREAM,
      owner: a.ownerText,
      endDate: a.endDate.kind === "blank" ? null : a.endDate.text,
      daysOverdue: late !== null && late > 0 ? late : null,
      status: a.status.raw,
      rag: r.rating,
      rule: r.rule,
      reason: r.reason,
      // entryForBoard trims raw and, for a period column's entry, names the period.
      latestUpdate: latest ? entryForBoard(latest) : null,
      sheet: a.sheet,
      row: a.row,
    });
  }
  exceptions.sort((x, y) => (x.rag === y.rag ? (y.daysOverdue ?? -1) - (x.daysOverdue ?? -1) : x.rag === "red" ? -1 : 1));

  const keys = actionKeys(plan);
  const snapshotActions: ActionSnapshot[] = [];
  for (let i = 0; i < actions.length; i++) {
    const a = actions[i];
    snapshotActions.push({
      key: keys[i],
      ref: a.ref,
      task: a.task.length > 120 ? `${a.task.slice(0, 119)}…` : a.task,
      rating: ratings[i],
      complete: closed[i] && a.status.canonical !== "cancelled",
      endDate: a.endDate.kind === "date" ? a.endDate.date : null,
      endDateText: a.endDate.kind === "blank" ? null : a.endDate.text,
    });
  }
  const snapshot: SummarySnapshot = { asOf, actions: snapshotActions };
  return { asOf, workstreams, totals, exceptions, changes: compare(previous, snapshot), snapshot };
}

/** The latest stored summary snapshot made before `asOf`, if any. */
export function previousSnapshot(stored: SummarySnapshot[] | undefined, asOf: IsoDate): SummarySnapshot | null {
  // Stryker disable next-line ArrayDeclaration: a non-empty stand-in for a missing list holds no snapshot with an as-of date, so the filter drops it.
  const earlier = (stored ?? []).filter((s) => s.asOf < asOf).sort((a, b) => (a.asOf < b.asOf ? 1 : -1));
  return earlier[0] ?? null;
}
