/**
 * The board paper's content as plain blocks (headings, paragraphs, tables with RAG cells), built
 * once from the report model so the .docx and the HTML writers show exactly the same figures and
 * words as the summary sheet. Nothing here is typed by hand: every value comes from the plan.
 */
import { formatUk } from "../plan/dates";
import { BAND_COLOURS, BAND_WORDS, type Band } from "../plan/rag";
import type { BoardReport } from "../plan/report";
import { trendText } from "../plan/report-text";
import { actionLabel, askLines, exceptionText, gapList, refList } from "../plan/summary-sheet";

/** A table cell: text, optionally coloured as a RAG band. */
export interface PaperCell {
  text: string;
  band?: Band;
  bold?: boolean;
}

export type PaperBlock =
  | { kind: "title"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "paragraph"; text: string; bold?: boolean; band?: Band }
  | { kind: "table"; header: string[]; rows: PaperCell[][]; widths: number[] }
  | { kind: "inputs"; rows: number };

/** The paper's blocks in reading order. */
export function paperBlocks(report: BoardReport): PaperBlock[] {
  const words = BAND_WORDS[report.scale];
  const blocks: PaperBlock[] = [];
  blocks.push({ kind: "title", text: `${report.title}: board highlight report` });
  blocks.push({ kind: "paragraph", text: `As at ${formatUk(report.asOf)}. Period covered: ${report.period}. Next board: ${formatUk(report.nextBoard.date)} (${report.nextBoard.how}).` });
  const trend = report.previousOverall ? ` Last board (${formatUk(report.since!)}): ${report.previousOverall.word}; ${trendText(report.previousOverall.band, report.overall.band)}.` : "";
  blocks.push({ kind: "paragraph", text: `Overall: ${report.overall.word}`, bold: true, band: report.overall.band });
  blocks.push({ kind: "paragraph", text: `${report.headline} ${report.overall.rule}${trend}`, bold: true });

  const bandHeader = report.bands.map((b) => words[b]);
  const ws = [...(report.workstreams.length ? report.workstreams : [report.totals]), report.totals];
  blocks.push({
    kind: "table",
    header: ["Workstream", "Actions", ...bandHeader, "Overall", "Since last board"],
    widths: [26, 7, ...report.bands.map(() => 7), 9, 22],
    rows: ws.map((w, i) => {
      const total = i === ws.length - 1;
      return [
        { text: w.name, bold: total },
        { text: String(w.actions), bold: total },
        ...report.bands.map((b) => ({ text: String(w.counts[b]), bold: total })),
        { text: w.rating.word, band: w.rating.band },
        { text: w.previous ? `${trendText(w.previous.band, w.rating.band)}; Red ${w.counts.red + w.counts.amberRed} (was ${w.previous.red}), complete ${w.counts.complete} (was ${w.previous.complete})` : "First report: no trend yet", bold: total },
      ];
    }),
  });

  blocks.push({ kind: "heading", text: report.since ? `What moved since the last board (${formatUk(report.since)})` : "What moved" });
  const moved: [string, number, string][] = [
    ["Completed this period", report.moved.completed.length, refList(report.moved.completed)],
    ["Slipped (end date moved)", report.moved.slipped.length, report.moved.slipped.map((s) => `${s.ref ?? actionLabel(s, 30)} ${s.from ?? "(none)"} → ${s.to ?? "(none)"}`).join("; ")],
    ["Newly Red", report.moved.newlyRed.length, refList(report.moved.newlyRed)],
  ];
  for (const [label, n, detail] of moved) blocks.push({ kind: "paragraph", text: `${label}: ${n}. ${report.since ? detail || "None." : "Baseline report: movement is shown from the next board."}` });
  blocks.push({ kind: "heading", text: "What the board needs to see" });
  for (const [label, text] of askLines(report)) blocks.push({ kind: "paragraph", text: `${label}. ${text}` });

  blocks.push({ kind: "heading", text: `Exceptions: ${report.exceptions.length} actions late or at risk, worst first` });
  blocks.push({
    kind: "table",
    header: ["Action", "Owner", "End date", "Days late", "RAG", "Why, and the management action"],
    widths: [26, 12, 8, 6, 8, 40],
    rows: report.exceptions.map((e) => [
      { text: actionLabel(e) },
      { text: e.owner },
      { text: e.endDate ?? "" },
      { text: e.daysLate === null ? "" : String(e.daysLate) },
      { text: e.word, band: e.band },
      { text: exceptionText(e) },
    ]),
  });
  const gaps = report.dataGaps.reduce((n, g) => n + g.items.length, 0);
  blocks.push({ kind: "heading", text: `Data-quality gaps: ${gaps} (not rated and not exceptions)` });
  for (const g of report.dataGaps) blocks.push({ kind: "paragraph", text: `${g.what}: ${g.items.length}. ${gapList(g.items) || "None."}` });
  blocks.push({ kind: "heading", text: `Due before the next board (${formatUk(report.nextBoard.date)}): ${report.dueNextPeriod.length} actions` });
  if (report.dueNextPeriod.length > 0) {
    blocks.push({
      kind: "table",
      header: ["Action", "Owner", "End date", "Days left", "Status"],
      widths: [40, 18, 10, 8, 24],
      rows: report.dueNextPeriod.map((d) => [{ text: actionLabel(d) }, { text: d.owner }, { text: d.endDate ?? "" }, { text: String(d.daysLeft) }, { text: d.status }]),
    });
  }
  blocks.push({ kind: "heading", text: "Decisions and asks of the board" });
  blocks.push({ kind: "inputs", rows: 4 });
  blocks.push({ kind: "heading", text: "How each rating is given" });
  for (const k of report.key) blocks.push({ kind: "paragraph", text: k });
  return blocks;
}

/** Fill and text colour of a band, without the `#`, for document writers. */
export function bandColours(band: Band): { fill: string; font: string } {
  const c = BAND_COLOURS[band];
  return { fill: c.fill.slice(1), font: c.font.slice(1) };
}
