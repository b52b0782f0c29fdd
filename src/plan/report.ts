/**
 * The board highlight report as data: what a programme manager takes to the improvement board
 * (PRINCE2's highlight report is the model boards know). Page 1 answers "how are we doing, what
 * moved, what needs the board"; then the exceptions with their management action, the data gaps
 * kept apart from them, and the next period. Both the summary sheet (report-sheet.ts) and the
 * board paper (src/report/) are drawn from this one model, so they show the same figures.
 */
import { addDays, daysBetween, formatUk } from "./dates";
import { SheetGrid } from "./grid";
import type { Action, IsoDate, Plan } from "./model";
import { NO_WORKSTREAM } from "./plan-overview";
import { BAND_WORDS, bandFor, daysOverdue, isClosed, IPA_RED_AFTER_DAYS, SCALE_BANDS, type Band, type BandResult, type RagScale } from "./rag";
import { planTitle } from "./report-title";
import { overallBand, type BandCounts } from "./report-rating";
import type { PlanSettings } from "./settings";
import type { WorkbookSnapshot } from "./snapshot";
import { buildSummary, type ChangedAction, type SummarySnapshot } from "./summary";
import { entryForBoard } from "./update-history";

export type { BandCounts } from "./report-rating";

/** A rating as the report shows it: the band, its word on the scale, and the rule in words. */
export interface ReportRating {
  band: Band;
  word: string;
  /** Why, in a sentence a board member understands. */
  rule: string;
}

/** One workstream's line on page 1, with its movement since the last board. */
export interface ReportWorkstream {
  name: string;
  actions: number;
  counts: BandCounts;
  rating: ReportRating;
  /** The rating at the last board, when there was one. */
  previous: { band: Band; word: string; red: number; complete: number } | null;
}

/** An action named in a line of page 1 (completed, slipped, newly Red, due next period). */
export interface ReportItem {
  ref: string | null;
  task: string;
  workstream: string;
  owner: string;
  endDate: string | null;
}

/** A Red or Amber action for the board, with its management action. */
export interface ReportException extends ReportItem {
  band: Band;
  word: string;
  /** Days past the end date (positive), or null when not late. */
  daysLate: number | null;
  status: string;
  /** The rule that rated it, in words. */
  why: string;
  /** What management is doing about it: the plan's Management action cell, else the latest update. */
  managementAction: string;
  /** Where `managementAction` came from. */
  managementSource: "column" | "latest update" | "none";
}

/** A gap in the plan's data that stops an action being rated or chased. */
export interface DataGap {
  kind: "no-end-date" | "no-owner";
  /** What is missing, in words (`End date TBC or blank`). */
  what: string;
  items: (ReportItem & { shown: string })[];
}

export interface BoardReport {
  title: string;
  asOf: IsoDate;
  scale: RagScale;
  /** The last board summary compared with (its as-of date), or null for a first (baseline) report. */
  since: IsoDate | null;
  /** "09/06/2015 to 29/06/2015", or that this is the baseline. */
  period: string;
  nextBoard: { date: IsoDate; how: string };
  overall: ReportRating;
  /** "Red: 44 of 184 actions are past their end date and not complete." */
  headline: string;
  /** The overall rating last board, for the trend. */
  previousOverall: { band: Band; word: string } | null;
  workstreams: ReportWorkstream[];
  totals: ReportWorkstream;
  /** Empty lists when there is no earlier summary (see `since`). */
  moved: { completed: ReportItem[]; slipped: (ReportItem & { from: string | null; to: string | null })[]; newlyRed: ReportItem[] };
  exceptions: ReportException[];
  dataGaps: DataGap[];
  dueNextPeriod: (ReportItem & { status: string; daysLeft: number })[];
  /** The bands the scale uses, in table order. */
  bands: readonly Band[];
  /** Every band's rule, in words, for the key under the tables. */
  key: string[];
  /** The snapshot to store for the next board's comparison. */
  snapshot: SummarySnapshot;
}

export interface ReportOptions {
  /** The next board's date when the user chose it; otherwise inferred from the cadence. */
  nextBoard?: IsoDate;
  /** Title when the workbook has none (the file's name on the command line). */
  fallbackTitle?: string;
}

/** Days between boards when the workbook holds no earlier summary: monthly, as most boards meet. */
export const DEFAULT_CADENCE_DAYS = 28;
/** Longest management action text shown; the whole entry stays in the plan. */
export const MANAGEMENT_ACTION_CHARS = 170;

const MANAGEMENT_HEADER = /management\s+action|mitigating\s+action|recovery\s+action/i;

const emptyCounts = (): BandCounts => ({ complete: 0, green: 0, amberGreen: 0, amber: 0, amberRed: 0, red: 0, notRated: 0 });

function item(a: Action): ReportItem {
  return { ref: a.ref, task: a.task, workstream: a.workstream ?? NO_WORKSTREAM, owner: a.ownerText, endDate: a.endDate.kind === "blank" ? null : a.endDate.text };
}

function shorten(text: string, max: number): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1).trimEnd()}…` : one;
}

/** Per plan sheet, the column headed "Management action" (or similar), when the plan has one. */
function managementColumns(plan: Plan, snapshot: WorkbookSnapshot): Map<string, { grid: SheetGrid; column: number }> {
  const found = new Map<string, { grid: SheetGrid; column: number }>();
  for (const ps of plan.sheets) {
    const sheet = snapshot.sheets.find((s) => s.name === ps.sheet);
    if (!sheet) continue;
    const grid = new SheetGrid(sheet);
    for (let c = grid.firstColumn; c <= grid.lastColumn; c++) {
      if (MANAGEMENT_HEADER.test(grid.text(ps.headerRow, c))) {
        found.set(ps.sheet, { grid, column: c });
        break;
      }
    }
  }
  return found;
}

/** A previous rating (BRAG letter kept in the snapshot) on this report's scale. */
function previousBand(was: SummarySnapshot["actions"][number], asOf: IsoDate, scale: RagScale): Band {
  switch (was.rating) {
    case "blue":
      return "complete";
    case "green":
      return "green";
    case "grey":
      // Not started with its end date ahead is Green in the report (bandFor); the snapshot keeps
      // no status, so a grey action with a later end date is taken as that (a cancelled one with a
      // later end date is the rare exception).
      return was.endDate !== null && was.endDate > asOf ? "green" : "notRated";
    case "amber":
      // The same rule as bandFor: an open action without a real end date was a data gap.
      return was.endDate === null ? "notRated" : scale === "ipa" && daysBetween(asOf, was.endDate) > 0 ? "amberGreen" : "amber";
    case "red": {
      if (scale === "brag" || was.endDate === null) return "red";
      const late = daysBetween(was.endDate, asOf);
      return late > 0 && late <= IPA_RED_AFTER_DAYS ? "amberRed" : "red";
    }
  }
}

function bandKey(scale: RagScale, settings: PlanSettings): string[] {
  const w = BAND_WORDS[scale];
  const lines =
    scale === "brag"
      ? [
          `${w.complete}: complete.`,
          `${w.green}: in progress with its end date ahead, or not started and not due within ${settings.dueSoonDays} days.`,
          `${w.amber}: the plan says at risk or paused, or not started and due within ${settings.dueSoonDays} days.`,
          `${w.red}: past its end date and not complete, or the plan says off track.`,
        ]
      : [
          `${w.complete}: complete.`,
          `${w.green}: in progress with its end date ahead, or not started and not due within ${settings.dueSoonDays} days.`,
          `${w.amberGreen}: not started and due within ${settings.dueSoonDays} days.`,
          `${w.amber}: the plan says at risk or paused.`,
          `${w.amberRed}: past its end date by up to ${IPA_RED_AFTER_DAYS} days.`,
          `${w.red}: more than ${IPA_RED_AFTER_DAYS} days past its end date, or the plan says off track.`,
        ];
  lines.push(`${w.notRated}: cancelled, no status, or no real end date (TBC, blank): a data gap, listed apart from the exceptions.`);
  return lines;
}

/** "Red: 44 of 184 actions are past their end date and not complete." and its breakdown. */
function headline(overall: ReportRating, actions: Action[], results: Map<Action, BandResult>): string {
  const pastEnd = actions.filter((a) => results.get(a)!.rule === "past-end-date").length;
  const offTrack = actions.filter((a) => results.get(a)!.rule === "status-off-track").length;
  const total = actions.length;
  if (pastEnd + offTrack === 0) return `${overall.word}: none of the ${total} actions is past its end date or reported off track.`;
  const parts = [`${pastEnd} of ${total} actions ${pastEnd === 1 ? "is" : "are"} past ${pastEnd === 1 ? "its" : "their"} end date and not complete`];
  if (offTrack > 0) parts.push(`${offTrack} more ${offTrack === 1 ? "is" : "are"} reported off track by ${offTrack === 1 ? "its owner" : "their owners"}`);
  return `${overall.word}: ${parts.join("; ")}.`;
}

/** The board highlight report as at `asOf`, compared with `previous` (the last board's summary). */
export function buildReport(
  plan: Plan,
  snapshot: WorkbookSnapshot,
  asOf: IsoDate,
  settings: PlanSettings,
  previous: SummarySnapshot | null,
  options: ReportOptions = {},
): BoardReport {
  const scale = settings.ragScale;
  const words = BAND_WORDS[scale];
  const summary = buildSummary(plan, asOf, settings, previous);
  const results = new Map(plan.actions.map((a) => [a, bandFor(a, asOf, settings, scale)]));
  const keyOf = new Map(plan.actions.map((a, i) => [a, summary.snapshot.actions[i].key]));
  const before = new Map((previous?.actions ?? []).map((a) => [a.key, a]));

  const rate = (counts: BandCounts): ReportRating => {
    const r = overallBand(counts, settings.overallRule, scale);
    return { band: r.band, word: words[r.band], rule: r.rule };
  };
  const line = (name: string, actions: Action[]): ReportWorkstream => {
    const counts = emptyCounts();
    for (const a of actions) counts[results.get(a)!.band]++;
    let prev: ReportWorkstream["previous"] = null;
    if (previous) {
      const was = emptyCounts();
      for (const a of actions) {
        const w = before.get(keyOf.get(a)!);
        if (w) was[previousBand(w, previous.asOf, scale)]++;
      }
      const band = overallBand(was, settings.overallRule, scale).band;
      prev = { band, word: words[band], red: was.red + was.amberRed, complete: was.complete };
    }
    return { name, actions: actions.length, counts, rating: rate(counts), previous: prev };
  };

  const groups = new Map<string, Action[]>();
  for (const name of plan.workstreams) groups.set(name, []);
  for (const a of plan.actions) {
    const name = a.workstream ?? NO_WORKSTREAM;
    groups.set(name, [...(groups.get(name) ?? []), a]);
  }
  const listed = [...groups].filter(([, list]) => list.length > 0);
  // A plan without workstream headings is one line: all its actions.
  const workstreams = listed.length === 1 && listed[0][0] === NO_WORKSTREAM ? [line("All actions", plan.actions)] : listed.map(([name, list]) => line(name, list));
  const totals = line("All workstreams", plan.actions);

  const management = managementColumns(plan, snapshot);
  const exceptions: ReportException[] = [];
  for (const a of plan.actions) {
    const r = results.get(a)!;
    if (r.band !== "red" && r.band !== "amberRed" && r.band !== "amber" && r.band !== "amberGreen") continue;
    const column = management.get(a.sheet);
    const own = column ? column.grid.text(a.row, column.column).trim() : "";
    const last = a.updates[a.updates.length - 1];
    const latest = last ? entryForBoard(last) : "";
    const late = daysOverdue(a, asOf);
    exceptions.push({
      ...item(a),
      band: r.band,
      word: words[r.band],
      daysLate: late !== null && late > 0 ? late : null,
      status: a.status.raw,
      why: r.reason,
      managementAction: shorten(own || latest || "No update recorded.", MANAGEMENT_ACTION_CHARS),
      managementSource: own ? "column" : latest ? "latest update" : "none",
    });
  }
  const order = (b: Band) => ["red", "amberRed", "amber", "amberGreen"].indexOf(b);
  exceptions.sort((x, y) => order(x.band) - order(y.band) || (y.daysLate ?? -1) - (x.daysLate ?? -1));

  const open = plan.actions.filter((a) => !isClosed(a));
  const dataGaps: DataGap[] = [
    {
      kind: "no-end-date",
      what: "No real end date (TBC, blank or not a date)",
      items: open.filter((a) => results.get(a)!.dataGap).map((a) => ({ ...item(a), shown: a.endDate.kind === "blank" ? "blank" : a.endDate.text })),
    },
    {
      kind: "no-owner",
      what: "No owner (blank or TBC)",
      items: open.filter((a) => a.ownerUnknown).map((a) => ({ ...item(a), shown: a.ownerText.trim() || "blank" })),
    },
  ];

  // The next board: chosen, else as far ahead as the last board was behind, else monthly.
  const cadence = previous ? daysBetween(previous.asOf, asOf) : DEFAULT_CADENCE_DAYS;
  const nextBoard = options.nextBoard
    ? { date: options.nextBoard, how: "the date chosen" }
    : previous
      ? { date: addDays(asOf, cadence), how: `${cadence} days on, as the last board was ${cadence} days before this one` }
      : { date: addDays(asOf, DEFAULT_CADENCE_DAYS), how: `${DEFAULT_CADENCE_DAYS} days on (no earlier board summary to set the cadence)` };
  const dueNextPeriod = open
    .filter((a) => a.endDate.kind === "date" && a.endDate.date > asOf && a.endDate.date <= nextBoard.date)
    .map((a) => ({ ...item(a), status: a.status.raw, daysLeft: -(daysOverdue(a, asOf) ?? 0) }))
    .sort((x, y) => x.daysLeft - y.daysLeft);

  const fromKey = (c: ChangedAction) => {
    const a = c.ref ? plan.actions.find((x) => x.ref === c.ref) : plan.actions.find((x) => x.task === c.task);
    return a ? item(a) : { ref: c.ref, task: c.task, workstream: NO_WORKSTREAM, owner: "", endDate: null };
  };
  const moved = {
    completed: summary.changes.newlyComplete.map(fromKey),
    slipped: summary.changes.endDatesMoved.map((c) => ({ ...fromKey(c), from: c.from, to: c.to })),
    newlyRed: summary.changes.newlyRed.map(fromKey),
  };

  const overall = totals.rating;
  return {
    title: planTitle(plan, snapshot, options.fallbackTitle),
    asOf,
    scale,
    since: previous?.asOf ?? null,
    period: previous ? `${formatUk(addDays(previous.asOf, 1))} to ${formatUk(asOf)}` : `Baseline: no earlier board summary in this workbook, so nothing is compared yet`,
    nextBoard,
    overall,
    headline: headline(overall, plan.actions, results),
    previousOverall: totals.previous ? { band: totals.previous.band, word: totals.previous.word } : null,
    workstreams,
    totals,
    moved,
    exceptions,
    dataGaps,
    dueNextPeriod,
    bands: SCALE_BANDS[scale],
    key: bandKey(scale, settings),
    snapshot: summary.snapshot,
  };
}

