import { formatUk } from "./dates";
import type { Rating } from "./rag";
import type { CellStyle, SheetSpec, SpecRow } from "./sheet-spec";
import type { CellValue } from "./snapshot";
import type { SummaryModel, WorkstreamSummary } from "./summary";

/** Who made the summary and when, for its title block. */
export interface SummaryMeta {
  planName: string;
  madeBy: string;
  madeAt: string;
}

const RAG_NAMES: Record<Rating, string> = { blue: "Blue", green: "Green", amber: "Amber", red: "Red", grey: "Grey" };
const RAG_FILL: Record<Rating, { fill: string; fontColor: string }> = {
  blue: { fill: "#2F5597", fontColor: "#FFFFFF" },
  green: { fill: "#00B050", fontColor: "#000000" },
  amber: { fill: "#FFC000", fontColor: "#000000" },
  red: { fill: "#C00000", fontColor: "#FFFFFF" },
  grey: { fill: "#BFBFBF", fontColor: "#000000" },
};

const STYLES: Record<string, CellStyle> = {
  title: { bold: true, fontSize: 16, fontColor: "#1F3864" },
  subtitle: { bold: true, fontSize: 12 },
  note: { italic: true, fontColor: "#404040", wrap: false },
  section: { bold: true, fontSize: 12, fontColor: "#1F3864" },
  header: { bold: true, fill: "#D9E1F2", border: true, wrap: true, vertical: "center" },
  cell: { border: true, wrap: true, vertical: "top" },
  number: { border: true, horizontal: "center", vertical: "top" },
  total: { bold: true, border: true, wrap: true, vertical: "top" },
  totalNumber: { bold: true, border: true, horizontal: "center", vertical: "top" },
  ...Object.fromEntries(
    (Object.keys(RAG_FILL) as Rating[]).map((r) => [`rag-${r}`, { bold: true, border: true, wrap: true, horizontal: "center", vertical: "top", ...RAG_FILL[r] } satisfies CellStyle]),
  ),
};

/** The sheet name for a summary as at a date, unique among existing names (ignoring case). */
export function summarySheetName(asOf: string, existing: string[]): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  const base = `RAG ${asOf}`;
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base} (${i})`.toLowerCase())) return `${base} (${i})`;
}

/**
 * The start of the sheet's table names, unique as its name is: `RAG_20150608`, and
 * `RAG_20150608_2` on the sheet `RAG 2015-06-08 (2)` (table names are workbook-wide).
 */
function tablePrefix(sheetName: string, asOf: string): string {
  const copy = / \((\d+)\)$/.exec(sheetName)?.[1];
  return `RAG_${asOf.replace(/-/g, "")}${copy ? `_${copy}` : ""}`;
}

/**
 * A board paper lists the worst exceptions, not every one: past this many rows (Red first, most
 * overdue first) the sheet says how many more there are. It also keeps the sheet's write within
 * one request to Excel on the web for plans of tens of thousands of actions.
 */
export const MAX_EXCEPTION_ROWS = 250;

/** Columns A-I; both tables share them so the page prints one wide (about 190 characters, ~77% on A4). */
const WIDTHS = [26, 9, 34, 22, 11, 9, 18, 9, 52];

/** Lays out the board summary sheet. Row numbers are computed, so sections never overlap. */
export function summarySheetSpec(model: SummaryModel, meta: SummaryMeta, name: string): SheetSpec {
  const rows: SpecRow[] = [];
  const merges: string[] = [];
  const tables: SheetSpec["tables"] = [];
  const push = (values: CellValue[], styles?: (string | undefined)[], height?: number) => {
    rows.push({ values, styles, height });
    return rows.length;
  };
  const line = (text: string, style: string) => {
    const r = push([text], [style]);
    merges.push(`A${r}:I${r}`);
    return r;
  };

  line("Improvement plan: RAG summary by workstream", "title");
  line(`${meta.planName}: as at ${formatUk(model.asOf)}`, "subtitle");
  line(`Made by ${meta.madeBy} on ${meta.madeAt}. Blue = complete; Red = past its end date or off track; Amber = at risk, paused, not started and due soon, or no end date; Green = in progress and on time; Grey = not rated.`, "note");
  if (model.totals.ragColumnDisagreements > 0) {
    const n = model.totals.ragColumnDisagreements;
    line(`The plan's own RAG column disagrees with these rules on ${n} action${n === 1 ? "" : "s"}: Validate plan lists them (rule rag-disagrees).`, "note");
  }
  push([]);

  // Workstream table.
  const header = ["Workstream", "Actions", "Blue (complete)", "Green", "Amber", "Red", "Grey (not rated)", "% complete", "Overall rating and why"];
  const headerRow = push(header, header.map(() => "header"), 32);
  const wsRow = (w: WorkstreamSummary, total: boolean) =>
    push(
      [w.name, w.actions, w.rag.blue, w.rag.green, w.rag.amber, w.rag.red, w.rag.grey, w.percentComplete / 100, `${RAG_NAMES[w.overall]}: ${w.overallReason}`],
      [total ? "total" : "cell", ...Array(6).fill(total ? "totalNumber" : "number"), "percent", `rag-${w.overall}`],
    );
  for (const w of model.workstreams) wsRow(w, false);
  const lastWs = wsRow(model.totals, true);
  tables.push({ name: `${tablePrefix(name, model.asOf)}_Workstreams`, address: `A${headerRow}:I${lastWs}` });

  // Chart below the table.
  push([]);
  const chartFrom = rows.length + 1;
  for (let i = 0; i < 16; i++) push([]);
  const seriesColumns: [string, Rating | null][] = [["Actions", null], ["Blue", "blue"], ["Green", "green"], ["Amber", "amber"], ["Red", "red"], ["Grey", "grey"]];
  const chart: SheetSpec["chart"] = {
    title: "Actions by RAG rating and workstream",
    // The workstream rows only (not the totals row); the Actions column is left out.
    source: `A${headerRow}:G${lastWs - 1}`,
    series: seriesColumns.map(([name, rating]) => ({ name, color: rating ? RAG_FILL[rating].fill : "#000000", include: rating !== null })),
    from: `A${chartFrom}`,
    to: `E${rows.length}`,
  };
  push([]);

  // Exceptions: the board's "management action" list.
  line(`Exceptions: ${model.exceptions.length} Red and Amber action${model.exceptions.length === 1 ? "" : "s"}, with their latest update`, "section");
  const exHeader = ["Workstream", "Ref", "Action", "Owner", "End date", "Days overdue", "Status", "RAG", "Why, and the latest update (management action)"];
  const exHeaderRow = push(exHeader, exHeader.map(() => "header"), 32);
  for (const e of model.exceptions.slice(0, MAX_EXCEPTION_ROWS)) {
    push(
      [e.workstream, e.ref ?? "", e.task, e.owner, e.endDate ?? "", e.daysOverdue ?? "", e.status, RAG_NAMES[e.rag], `${e.reason}${e.latestUpdate ? `\nLatest: ${e.latestUpdate}` : "\nNo update recorded."}`],
      ["cell", "cell", "cell", "cell", "number", "number", "cell", `rag-${e.rag}`, "cell"],
    );
  }
  if (model.exceptions.length === 0) push(["No Red or Amber actions.", "", "", "", "", "", "", "", ""], Array(9).fill("cell"));
  tables.push({ name: `${tablePrefix(name, model.asOf)}_Exceptions`, address: `A${exHeaderRow}:I${rows.length}` });
  const unlisted = model.exceptions.length - MAX_EXCEPTION_ROWS;
  if (unlisted > 0) line(`…and ${unlisted} more Red or Amber actions not listed here: Validate plan, or action-plan summary --json, lists every one.`, "note");
  push([]);

  // What moved since the last summary.
  const c = model.changes;
  line(c.since ? `Changes since the summary as at ${formatUk(c.since)}` : "Changes since the last summary", "section");
  if (!c.since) {
    line("No earlier summary is stored in this workbook: changes will be shown from the next summary.", "note");
  } else {
    const chHeader = ["Change", "Ref", "Action", "Detail"];
    push(chHeader, chHeader.map(() => "header"));
    const change = (kind: string, ref: string | null, task: string, detail = "") => push([kind, ref ?? "", task, detail], ["cell", "cell", "cell", "cell"]);
    for (const a of c.newlyRed) change("Newly Red", a.ref, a.task);
    for (const a of c.newlyComplete) change("Newly complete", a.ref, a.task);
    for (const a of c.endDatesMoved) change("End date moved", a.ref, a.task, `${a.from ?? "(none)"} → ${a.to ?? "(none)"}`);
    for (const a of c.added) change("Added", a.ref, a.task);
    for (const a of c.removed) change("Removed", a.ref, a.task);
    if (c.newlyRed.length + c.newlyComplete.length + c.endDatesMoved.length + c.added.length + c.removed.length === 0) change("No changes", null, "");
  }

  return {
    name,
    rows,
    styles: { ...STYLES, percent: { border: true, horizontal: "center", vertical: "top", numberFormat: "0%" } },
    columnWidths: WIDTHS,
    merges,
    tables,
    chart,
    print: { landscape: true, fitToWidth: true, repeatRows: "1:3", footer: "Page &P of &N, printed &D" },
    tabColor: "#1F3864",
  };
}
