/**
 * The board highlight report laid out as a sheet (`SheetSpec`), drawn alike by the Excel adapter and the
 * package writer. Page 1 is the whole story (rating and why, workstreams with their trend, what
 * moved, what the board is asked for, the chart); a page break follows, then the exceptions, the
 * data gaps, the next period, a block for decisions and the key. The title rows repeat on every
 * printed page; A4 landscape, one page wide.
 */
import { columnLetter } from "./cells";
import { MAX_CELL_CHARS } from "./change-set";
import { formatUk } from "./dates";
import { BAND_COLOURS, BAND_WORDS, type Band } from "./rag";
import type { BoardReport, ReportItem, ReportWorkstream } from "./report";
import { trendText } from "./report-text";
import type { CellStyle, SheetSpec, SpecRow } from "./sheet-spec";
import type { CellValue } from "./snapshot";

/** Who made the report and when, for its title block. */
export interface SummaryMeta {
  madeBy: string;
  madeAt: string;
}

/** Rows of exceptions listed on the sheet, worst first; the rest are counted (4 pages at most). */
export const MAX_EXCEPTION_ROWS = 30;
/** Rows of actions due next period listed; the rest are counted. */
export const MAX_DUE_ROWS = 12;
/** Empty rows for the programme manager to type the board's decisions and asks into. */
export const DECISION_ROWS = 4;

const BANDS: Band[] = ["complete", "green", "amberGreen", "amber", "amberRed", "red", "notRated"];

const STYLES: Record<string, CellStyle> = {
  title: { bold: true, fontSize: 16, fontColor: "#1F3864" },
  subtitle: { italic: true, fontColor: "#404040" },
  headline: { bold: true, fontSize: 13, wrap: true, vertical: "center" },
  text: { wrap: true, vertical: "top" },
  label: { bold: true, wrap: true, vertical: "top" },
  note: { italic: true, fontColor: "#404040", wrap: true, vertical: "top" },
  section: { bold: true, fontSize: 12, fontColor: "#1F3864" },
  header: { bold: true, fill: "#D9E1F2", border: true, wrap: true, vertical: "center" },
  cell: { border: true, wrap: true, vertical: "top", fontSize: 9 },
  number: { border: true, horizontal: "center", vertical: "top", fontSize: 9 },
  total: { bold: true, border: true, wrap: true, vertical: "top" },
  totalNumber: { bold: true, border: true, horizontal: "center", vertical: "top" },
  input: { border: true, wrap: true, vertical: "top", fill: "#FFFFF0" },
  ...Object.fromEntries(BANDS.map((b) => [`band-${b}`, { bold: true, border: true, wrap: true, horizontal: "center", vertical: "center", fontSize: 9, fill: BAND_COLOURS[b].fill, fontColor: BAND_COLOURS[b].font } satisfies CellStyle])),
  ...Object.fromEntries(BANDS.map((b) => [`big-${b}`, { bold: true, fontSize: 14, border: true, wrap: true, horizontal: "center", vertical: "center", fill: BAND_COLOURS[b].fill, fontColor: BAND_COLOURS[b].font } satisfies CellStyle])),
};

/** The sheet name for a summary as at a date, unique among existing names (ignoring case). */
export function summarySheetName(asOf: string, existing: string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = `RAG ${asOf}`;
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base} (${i})`.toLowerCase())) return `${base} (${i})`;
}

/** Table names are workbook-wide: `RAG_20150608`, and `RAG_20150608_2` on `RAG 2015-06-08 (2)`. */
function tablePrefix(sheetName: string, asOf: string): string {
  const copy = / \((\d+)\)$/.exec(sheetName)?.[1];
  return `RAG_${asOf.replace(/-/g, "")}${copy ? `_${copy}` : ""}`;
}

/** A cell spanning `span` columns (merged when more than one). */
interface Cell {
  value: CellValue;
  style?: string;
  span?: number;
}

/** "47B: Publish the report" shortened to `max` characters. */
export function actionLabel(i: ReportItem, max = 110): string {
  const task = i.task.replace(/\s+/g, " ").trim();
  const text = i.ref ? `${i.ref}: ${task}` : task;
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** Refs (or shortened tasks) as one line: "47B, 69E, 81A". */
export function refList(items: ReportItem[], max = 40): string {
  return listOf(
    items.map((i) => i.ref ?? actionLabel(i, 40)),
    ", ",
    max,
  );
}

/** Names joined, the first `max` of them and how many more: a board line, not the plan's whole list. */
function listOf(names: string[], separator: string, max = 40): string {
  return names.length > max ? `${names.slice(0, max).join(separator)} and ${names.length - max} more` : names.join(separator);
}

const CUT_NOTE = "… (shortened here: the plan holds the whole text)";

/**
 * A text too long for one cell (an update log pasted whole as the latest entry, say), cut to
 * fit with a note saying so: one long entry must not stop the board's summary being made.
 */
function fitCell(value: CellValue): CellValue {
  // Excel's limit per cell; a summary sheet with one cell over it is refused whole (change-set.ts).
  if (typeof value !== "string" || value.length <= MAX_CELL_CHARS) return value;
  return `${value.slice(0, MAX_CELL_CHARS - CUT_NOTE.length).trimEnd()}${CUT_NOTE}`;
}

/** Lays out the report. Row numbers are computed, so sections never overlap. */
export function summarySheetSpec(report: BoardReport, meta: SummaryMeta, name: string): SheetSpec {
  const bands = report.bands;
  const words = BAND_WORDS[report.scale];
  // Columns: workstream, actions, one per band, overall, since last board.
  const columns = 2 + bands.length + 2;
  const last = columnLetter(columns);
  const rows: SpecRow[] = [];
  const merges: string[] = [];
  const breaks: number[] = [];
  const put = (cells: Cell[], height?: number) => {
    const values: CellValue[] = [];
    const styles: (string | undefined)[] = [];
    const r = rows.length + 1;
    for (const c of cells) {
      const span = c.span ?? 1;
      const first = values.length + 1;
      for (let k = 0; k < span; k++) {
        values.push(k === 0 ? fitCell(c.value) : "");
        styles.push(c.style);
      }
      if (span > 1) merges.push(`${columnLetter(first)}${r}:${columnLetter(first + span - 1)}${r}`);
    }
    rows.push({ values, styles, height });
    return r;
  };
  const line = (text: string, style: string, height?: number) => put([{ value: text, style, span: columns }], height);
  const blank = () => rows.push({ values: [] });
  const rest = (used: number) => columns - used;

  // ---- Page 1: the whole story.
  line(`${report.title}: board highlight report`, "title");
  line(
    `As at ${formatUk(report.asOf)}. Period covered: ${report.period}. Next board: ${formatUk(report.nextBoard.date)} (${report.nextBoard.how}). Made by ${meta.madeBy} on ${meta.madeAt}.`,
    "subtitle",
  );
  blank();
  const trend = report.previousOverall ? ` Last board (${formatUk(report.since!)}): ${report.previousOverall.word}; ${trendText(report.previousOverall.band, report.overall.band)}.` : "";
  put([{ value: `Overall: ${report.overall.word}`, style: `big-${report.overall.band}` }, { value: `${report.headline} ${report.overall.rule}${trend}`, style: "headline", span: rest(1) }], 48);
  blank();

  const header = ["Workstream", "Actions", ...bands.map((b) => words[b]), "Overall", "Since last board"];
  const headerRow = put(header.map((h) => ({ value: h, style: "header" })), 30);
  const wsRow = (w: ReportWorkstream, total: boolean) =>
    put([
      { value: w.name, style: total ? "total" : "cell" },
      { value: w.actions, style: total ? "totalNumber" : "number" },
      ...bands.map((b) => ({ value: w.counts[b], style: total ? "totalNumber" : "number" })),
      { value: w.rating.word, style: `band-${w.rating.band}` },
      { value: w.previous ? `${trendText(w.previous.band, w.rating.band)}; Red ${delta(w.previous.red, w.counts.red + w.counts.amberRed)}, complete ${delta(w.previous.complete, w.counts.complete)}` : "First report: no trend yet", style: total ? "total" : "cell" },
    ]);
  const workstreams = report.workstreams.length > 0 ? report.workstreams : [report.totals];
  for (const w of workstreams) wsRow(w, false);
  const lastWs = rows.length;
  wsRow(report.totals, true);
  const tables: SheetSpec["tables"] = [{ name: `${tablePrefix(name, report.asOf)}_Workstreams`, address: `A${headerRow}:${last}${rows.length}` }];
  blank();

  line(report.since ? `What moved since the last board (${formatUk(report.since)})` : "What moved", "section");
  const moved = (label: string, items: ReportItem[], detail: string) =>
    put([{ value: `${label}: ${items.length}`, style: "label", span: 2 }, { value: report.since ? detail || "None." : "Baseline report: movement is shown from the next board.", style: "text", span: rest(2) }]);
  moved("Completed this period", report.moved.completed, refList(report.moved.completed));
  moved("Slipped (end date moved)", report.moved.slipped, listOf(report.moved.slipped.map((s) => `${s.ref ?? actionLabel(s, 30)} ${s.from ?? "(none)"} → ${s.to ?? "(none)"}`), "; "));
  moved("Newly Red", report.moved.newlyRed, refList(report.moved.newlyRed));
  blank();
  line("What the board needs to see", "section");
  const asks = askLines(report);
  for (const [label, text] of asks) put([{ value: label, style: "label", span: 2 }, { value: text, style: "text", span: rest(2) }]);
  blank();
  const chartFrom = rows.length + 1;
  for (let i = 0; i < 14; i++) blank();
  const chart: SheetSpec["chart"] = {
    title: "Actions by rating and workstream",
    source: `A${headerRow}:${columnLetter(2 + bands.length)}${lastWs}`,
    series: [{ name: "Actions", color: "#000000", include: false }, ...bands.map((b) => ({ name: words[b], color: BAND_COLOURS[b].fill, include: true }))],
    from: `A${chartFrom}`,
    to: `${columnLetter(Math.max(3, columns - 2))}${rows.length}`,
  };
  breaks.push(rows.length);

  // ---- Exceptions: Red and Amber actions late or at risk, with their management action.
  const red = report.exceptions.filter((e) => e.band === "red" || e.band === "amberRed").length;
  line(`Exceptions: ${report.exceptions.length} actions late or at risk (${red} ${report.scale === "brag" ? "Red" : "Red or Amber/Red"}), worst first`, "section");
  const manageSpan = rest(5);
  put(
    [
      { value: "Action", style: "header" },
      { value: "Owner", style: "header" },
      { value: "End date", style: "header" },
      { value: "Days late", style: "header" },
      { value: "RAG", style: "header" },
      { value: "Why, and the management action (latest update unless the plan has a Management action column)", style: "header", span: manageSpan },
    ],
    30,
  );
  for (const e of report.exceptions.slice(0, MAX_EXCEPTION_ROWS)) {
    put([
      { value: actionLabel(e), style: "cell" },
      { value: ownerLabel(e.owner), style: "cell" },
      { value: e.endDate ?? "", style: "number" },
      { value: e.daysLate ?? "", style: "number" },
      { value: e.word, style: `band-${e.band}` },
      { value: exceptionText(e), style: "cell", span: manageSpan },
    ]);
  }
  if (report.exceptions.length === 0) line("No action is late or at risk.", "cell");
  const unlisted = report.exceptions.length - MAX_EXCEPTION_ROWS;
  if (unlisted > 0) line(`…and ${unlisted} more, less late or at risk only: ${refList(report.exceptions.slice(MAX_EXCEPTION_ROWS), 60)}. The board paper (action-plan report) lists every one.`, "note");
  blank();

  // ---- Data gaps, apart from the exceptions.
  const gaps = report.dataGaps.reduce((n, g) => n + g.items.length, 0);
  line(`Data-quality gaps: ${gaps} (not rated and not exceptions: fix the plan to rate them)`, "section");
  for (const g of report.dataGaps) {
    put([{ value: `${g.what}: ${g.items.length}`, style: "label", span: 2 }, { value: gapList(g.items) || "None.", style: "text", span: rest(2) }]);
  }
  blank();

  // ---- Next period.
  line(`Due before the next board (${formatUk(report.nextBoard.date)}): ${report.dueNextPeriod.length} actions`, "section");
  if (report.dueNextPeriod.length > 0) {
    put([
      { value: "Action", style: "header" },
      { value: "Owner", style: "header" },
      { value: "End date", style: "header" },
      { value: "Days left", style: "header" },
      { value: "Status", style: "header", span: rest(4) },
    ]);
    for (const d of report.dueNextPeriod.slice(0, MAX_DUE_ROWS)) {
      put([
        { value: actionLabel(d), style: "cell" },
        { value: ownerLabel(d.owner), style: "cell" },
        { value: d.endDate ?? "", style: "number" },
        { value: d.daysLeft, style: "number" },
        { value: d.status, style: "cell", span: rest(4) },
      ]);
    }
    const more = report.dueNextPeriod.length - MAX_DUE_ROWS;
    if (more > 0) line(`…and ${more} more due before the next board: ${refList(report.dueNextPeriod.slice(MAX_DUE_ROWS), 60)}.`, "note");
  }
  blank();
  line("Decisions and asks of the board (type here)", "section");
  for (let i = 0; i < DECISION_ROWS; i++) put([{ value: "", style: "input", span: columns }], 24);
  blank();
  line("How each rating is given", "section");
  for (const k of report.key) line(k, "note");

  const widths = [44, 24, ...bands.map(() => 9), 10, 40];
  return {
    name,
    rows,
    styles: STYLES,
    columnWidths: widths,
    merges,
    tables,
    chart,
    print: { landscape: true, fitToWidth: true, repeatRows: "1:2", footer: "Page &P of &N, printed &D", rowBreaks: breaks },
    tabColor: "#1F3864",
  };
}

/** An owner cell on one or two lines: long role lists are shortened (the plan keeps them whole). */
export function ownerLabel(owner: string, max = 48): string {
  const one = owner.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1).trimEnd()}…` : one;
}

/** The exception's rule (unless the end date and days late already say it) and its management action. */
export function exceptionText(e: BoardReport["exceptions"][number]): string {
  const why = e.daysLate !== null ? "" : `${e.why} `;
  return `${why}${e.managementSource === "column" ? "Management action" : "Latest"}: ${e.managementAction}`;
}

function delta(then: number, now: number): string {
  const d = now - then;
  return d === 0 ? `${now} (no change)` : `${now} (${d > 0 ? "+" : ""}${d})`;
}

/** Lines of "what the board needs to see" on page 1: exceptions, data gaps, next period. */
export function askLines(report: BoardReport): [string, string][] {
  const gaps = report.dataGaps.reduce((n, g) => n + g.items.length, 0);
  const worst = report.exceptions.slice(0, 5).map((e) => `${e.ref ?? actionLabel(e, 30)} (${e.daysLate ? `${e.daysLate} days late` : e.word})`);
  return [
    [`Exceptions: ${report.exceptions.length}`, report.exceptions.length ? `Late or at risk, each with its management action (page 2). Most overdue: ${worst.join(", ")}.` : "None."],
    [`Data gaps: ${gaps}`, report.dataGaps.map((g) => `${g.items.length} ${g.what.toLowerCase()}`).join("; ") + ". Listed apart from the exceptions."],
    [`Due next period: ${report.dueNextPeriod.length}`, `Actions with an end date before the next board on ${formatUk(report.nextBoard.date)}.`],
  ];
}

/**
 * "1. Leadership: 4A (TBC), 4B (blank); 2. Partnership: …" grouped by workstream, the first
 * `max` gaps named and the rest counted ("and 312 more"): Validate plan lists every one.
 */
export function gapList(items: (ReportItem & { shown: string })[], max = 40): string {
  const by = new Map<string, string[]>();
  for (const i of items.slice(0, max)) {
    let list = by.get(i.workstream);
    if (!list) by.set(i.workstream, (list = []));
    list.push(`${i.ref ?? actionLabel(i, 30)} (${i.shown.length > 12 ? `${i.shown.slice(0, 11)}…` : i.shown})`);
  }
  const named = [...by].map(([ws, list]) => `${ws}: ${list.join(", ")}`).join("; ");
  return items.length > max ? `${named}; and ${items.length - max} more` : named;
}
