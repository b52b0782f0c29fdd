import { columnNumber } from "./cells";
import { describeColumns, findHeaderRow, matchHeaderRow, type HeaderMatch } from "./detect-header";
import { readGlossary } from "./glossary";
import { SheetGrid } from "./grid";
import type { Action, ColumnRole, Heading, Plan, PlanSheet, UpdateEntry } from "./model";
import { isOwnSheet, NOT_PLAN_SHEET } from "./own-sheets";
import { ownerReader } from "./owners";
import { registerNotPlan } from "./not-a-plan";
import { readPlanSheet } from "./read-plan-sheet";
import { roleWords } from "./role-names";
import { refineByContent } from "./column-profile";
import { readSettings } from "./settings";
import type { WorkbookSnapshot } from "./snapshot";
import { readWorkbookState } from "./state";
import { normaliseHeader } from "./text";
import { parseUpdateLog } from "./update-log";
import { perReading } from "./per-reading";
import { parseUpdateHistory } from "./update-history";
import { describeUpdateColumns, findUpdateColumns } from "./update-periods";
import { outlineFromColumn } from "./outline-column";

/** What the user (or the workbook's saved state) says about where the plan is. */
export interface ReadPlanOptions {
  /** Read only this sheet. */
  sheet?: string;
  /** The header is on this 1-based row (of the sheet given, or of every sheet read). */
  headerRow?: number;
  /** Corrected columns by role, as column letters (`{ owner: "C" }`), for the plan's sheet(s). */
  columns?: Partial<Record<ColumnRole, string>>;
}

/** A plan, or a message saying why the workbook holds none. */
export type PlanReadResult = { ok: true; plan: Plan } | { ok: false; message: string };

/** Roles a board-ready plan needs; confidence falls for each one not found. */
const KEY_ROLES: ColumnRole[] = ["ref", "task", "owner", "endDate", "update", "status"];

interface SheetCandidate {
  grid: SheetGrid;
  header: HeaderMatch;
}

function signature(header: HeaderMatch): string {
  return (Object.keys(header.columns) as ColumnRole[])
    .sort()
    .map((r) => `${r}=${normaliseHeader(header.headers[r] ?? "")}`)
    .join("|");
}

/** Applies letter corrections to a detected (or missing) header. */
function correctHeader(grid: SheetGrid, header: HeaderMatch | null, columns: Partial<Record<ColumnRole, string>>, headerRow?: number): HeaderMatch | null {
  const row = header?.row ?? headerRow;
  if (row === undefined) return header;
  const corrected: HeaderMatch = { row, columns: { ...header?.columns }, headers: { ...header?.headers }, score: header?.score ?? 0, exact: header?.exact ?? [] };
  for (const [role, letter] of Object.entries(columns) as [ColumnRole, string][]) {
    if (!letter) {
      delete corrected.columns[role];
      delete corrected.headers[role];
      continue;
    }
    const column = columnNumber(letter);
    for (const other of Object.keys(corrected.columns) as ColumnRole[]) {
      if (corrected.columns[other] === column) delete corrected.columns[other];
    }
    corrected.columns[role] = column;
    corrected.headers[role] = grid.text(row, column) || letter;
  }
  return corrected;
}

function notFound(snapshot: WorkbookSnapshot, skipped: string[]): PlanReadResult {
  const hasCells = snapshot.sheets.some((s) => s.address !== "");
  if (!hasCells && snapshot.chartSheets.length === 0) {
    return { ok: false, message: "The workbook is empty: no sheet holds any cells, so there is no action plan to read." };
  }
  const read = [
    ...snapshot.sheets.map((s) => (s.address ? `"${s.name}"` : `"${s.name}" (empty)`)),
    ...snapshot.chartSheets.map((c) => `"${c}" (chart sheet)`),
  ];
  return {
    ok: false,
    message:
      `No action plan table found. Looked for a header row, in the first 30 rows of each sheet, naming the action (or its Ref) ` +
      `and at least two of Status, End Date, Owner/Role, Update or RAG. Sheets: ${read.join(", ")}.` +
      (skipped.length ? ` Skipped: ${skipped.join("; ")}.` : ""),
  };
}

/**
 * Re-reads update cells holding an entry without a year and no dated neighbour in the cell
 * (`03.06 SS: ...` alone), taking the year from the median of the plan's entries written with a
 * year. The median, not the latest: appending today's entry to one row moved the latest date,
 * which re-dated a year-less entry on another row into the future. One more entry moves the
 * median by at most one place among hundreds, so appending leaves other rows read as before.
 */
function inferMissingYears(actions: Action[], sheets: PlanSheet[], knownInitials: string[]): void {
  const hint = medianEntryDate(actions);
  if (hint === undefined) return;
  // Rows with the same update cell share its entries: each log is looked at once.
  const lacksYear = perReading((updates: UpdateEntry[]) => updates.some((u) => u.dateText && !u.date));
  for (const action of actions) {
    if (!lacksYear(action.updates)) continue;
    const sheet = sheets.find((s) => s.sheet === action.sheet);
    const order = sheet?.updateDateOrder ?? sheet?.dateOrder;
    const options = { order, knownInitials: knownInitials.length ? knownInitials : undefined, yearHint: hint };
    action.updates = action.updateHistory ? parseUpdateHistory(action.updateHistory, (text) => parseUpdateLog(text, options)) : parseUpdateLog(action.updateText, options);
  }
}

/**
 * The median (lower middle) of the entry dates written with a year, each row's entries counted.
 * Counted by distinct date and only those sorted: a plan has far fewer distinct dates than
 * entries; and a log that rows share (one update cell's reading) is counted once per row
 * without looking at its entries again.
 */
function medianEntryDate(actions: Action[]): string | undefined {
  const rowsPerLog = new Map<UpdateEntry[], number>();
  for (const a of actions) rowsPerLog.set(a.updates, (rowsPerLog.get(a.updates) ?? 0) + 1);
  const counts = new Map<string, number>();
  let total = 0;
  for (const [updates, rows] of rowsPerLog) {
    for (const u of updates) {
      if (!u.date || u.yearInferred) continue;
      counts.set(u.date, (counts.get(u.date) ?? 0) + rows);
      total += rows;
    }
  }
  if (total === 0) return undefined;
  const place = Math.floor((total - 1) / 2);
  let seen = 0;
  for (const date of [...counts.keys()].sort()) {
    seen += counts.get(date)!;
    if (seen > place) return date;
  }
  return undefined;
}

/**
 * Reads the header's period columns as one update history (update-periods.ts), its latest
 * period being the update column. A column the user chose as the update column is kept: the
 * history then holds only if that column is one of the periods.
 */
function withUpdateColumns(grid: SheetGrid, header: HeaderMatch, saved: Partial<Record<ColumnRole, string>> | undefined): HeaderMatch {
  const locked = saved && "update" in saved ? (saved.update ? columnNumber(saved.update) : null) : undefined;
  const updateColumns = findUpdateColumns(grid, header, grid.lastRow, locked);
  if (!updateColumns) return header;
  const latest = updateColumns[updateColumns.length - 1];
  return { ...header, updateColumns, columns: { ...header.columns, update: latest.column }, headers: { ...header.headers, update: latest.header } };
}

/** Serial 0 of the 1904 date system is serial 1462 of the 1900 system (1 January 1904). */
const DAYS_1900_TO_1904 = 1462;

/** Finds and reads the action plan in a workbook snapshot. */
export function readPlan(snapshot: WorkbookSnapshot, options: ReadPlanOptions = {}): PlanReadResult {
  const reasons: string[] = [];
  const skipped: string[] = [];
  const { state, problems } = readWorkbookState(snapshot);
  reasons.push(...problems);
  // A bad saved setting is reported with the plan; readPlanAndSettings then uses its default.
  reasons.push(...readSettings(state.settings).problems);
  // What the adapter could not read (merged areas past Excel's limit...), and the date system.
  reasons.push(...(snapshot.notes ?? []));
  if (snapshot.dateSystem === 1904) {
    reasons.push("This workbook uses the 1904 date system (Excel for Mac's old default): its date serials count from 1 January 1904, and end dates are read in that system.");
  }

  if (options.sheet !== undefined && !snapshot.sheets.some((s) => s.name === options.sheet)) {
    return { ok: false, message: `There is no sheet named "${options.sheet}". Sheets: ${snapshot.sheets.map((s) => `"${s.name}"`).join(", ")}.` };
  }

  const candidates: SheetCandidate[] = [];
  const contentReasons = new Map<string, string[]>();
  for (const sheet of snapshot.sheets) {
    if (options.sheet !== undefined && sheet.name !== options.sheet) continue;
    if (isOwnSheet(sheet.name)) continue;
    if (options.sheet === undefined && sheet.visibility === "VeryHidden") continue;
    if (options.sheet === undefined && NOT_PLAN_SHEET.test(sheet.name)) {
      skipped.push(`"${sheet.name}" (by its name, not a plan sheet)`);
      continue;
    }
    const grid = new SheetGrid(sheet);
    const saved = options.columns ?? state.columns?.[sheet.name];
    let header = options.headerRow === undefined ? findHeaderRow(grid) : (findHeaderRow(grid, options.headerRow) ?? matchHeaderRow(grid, options.headerRow));
    if (header) {
      const refined = refineByContent(grid, header);
      header = refined.header;
      contentReasons.set(sheet.name, refined.reasons);
    }
    if (saved) header = correctHeader(grid, header, saved);
    // A register (risks, issues, hours) is not a plan, unless the user says this sheet is one.
    const register = header && !saved && options.sheet === undefined && options.headerRow === undefined ? registerNotPlan(grid, header) : null;
    if (register) {
      skipped.push(`"${sheet.name}" (${register.kind}, not an action plan: its header row ${header!.row} has ${register.headers.map((h) => `"${h}"`).join(", ")})`);
      continue;
    }
    if (header) {
      header = withUpdateColumns(grid, header, saved);
      if (header.updateColumns) contentReasons.set(sheet.name, [...(contentReasons.get(sheet.name) ?? []), describeUpdateColumns(header.updateColumns)]);
      // Outline levels the adapter could not read, from an `Outline Level` column (outline-column.ts).
      const levelled = outlineFromColumn(sheet, header.row);
      candidates.push({ grid: levelled === sheet ? grid : new SheetGrid(levelled), header });
    }
  }
  if (candidates.length === 0) return notFound(snapshot, skipped);

  const best = candidates.reduce((a, b) => (b.header.score > a.header.score ? b : a));
  const bestSignature = signature(best.header);
  const chosen = candidates.filter((c) => c === best || signature(c.header) === bestSignature);
  const multiSheet = chosen.length > 1;
  const glossary = readGlossary(snapshot);
  // Roles prepared and owner texts parsed once for the whole plan, not once per row.
  const readOwners = ownerReader(glossary.entries.map((g) => g.role).filter(Boolean));
  const knownInitials = glossary.entries.map((g) => g.initials);

  const sheets: PlanSheet[] = [];
  const actions: Action[] = [];
  const headings: Heading[] = [];
  for (const { grid, header } of chosen) {
    const content = readPlanSheet(grid, header, {
      readOwners,
      knownInitials,
      sheetIsWorkstream: multiSheet,
      serialOffset: snapshot.dateSystem === 1904 ? DAYS_1900_TO_1904 : 0,
    });
    sheets.push(content.planSheet);
    actions.push(...content.actions);
    headings.push(...content.headings);
    reasons.push(
      `Sheet "${grid.name}": header on row ${header.row}${content.planSheet.table ? ` (Excel Table "${content.planSheet.table}")` : ""}; columns ${describeColumns(header)}.`,
    );
    for (const why of contentReasons.get(grid.name) ?? []) reasons.push(`Sheet "${grid.name}": ${why}`);
    if (content.dateOrderReason) reasons.push(`Sheet "${grid.name}": ${content.dateOrderReason}`);
  }
  if (multiSheet) reasons.push(`Sheets ${chosen.map((c) => `"${c.grid.name}"`).join(", ")} have the same columns and are read as one plan; each sheet's name is its workstream unless heading rows say otherwise.`);
  for (const c of candidates) if (!chosen.includes(c)) skipped.push(`"${c.grid.name}" (a table with other columns, header row ${c.header.row})`);
  if (skipped.length) reasons.push(`Skipped ${skipped.join("; ")}.`);

  const first = chosen[0].header;
  if (first.columns.workstream !== undefined) reasons.push(`Workstreams come from the "${first.headers.workstream}" column.`);
  else if (headings.some((h) => h.level === "workstream")) reasons.push(`Workstreams come from heading rows such as "${headings.find((h) => h.level === "workstream")!.text}".`);

  let confidence = 0;
  for (const role of KEY_ROLES) {
    if (first.columns[role] === undefined) reasons.push(`No ${roleWords(role)} column was found; check the columns.`);
    else confidence += first.exact.includes(role) ? 1 : 0.75;
  }
  confidence = Math.round((confidence / KEY_ROLES.length) * 100) / 100;
  if (actions.length === 0) reasons.push("The header was found but no action rows follow it.");

  inferMissingYears(actions, sheets, knownInitials);

  const workstreams: string[] = [];
  for (const h of headings) if (h.level === "workstream" && !workstreams.includes(h.text)) workstreams.push(h.text);
  for (const a of actions) if (a.workstream && !workstreams.includes(a.workstream)) workstreams.push(a.workstream);
  const statusVocabulary: string[] = [];
  for (const a of actions) if (a.status.raw && !statusVocabulary.includes(a.status.raw)) statusVocabulary.push(a.status.raw);

  return {
    ok: true,
    plan: { sheets, actions, headings, workstreams, glossary: glossary.entries, glossaryAt: glossary.at, confidence, reasons, statusVocabulary },
  };
}
