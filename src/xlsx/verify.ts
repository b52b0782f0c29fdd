/**
 * Checks a written package against the one it was made from and the change sets applied to it,
 * using only the reader (never the writer's own bookkeeping):
 * - its parts are the input's, plus the parts of created sheets (and a styles part if there was
 *   none), less an emptied calculation chain;
 * - every part the change sets had no reason to touch has the same decompressed bytes, and every
 *   part that changed or was added is well-formed XML (a large edited worksheet is checked
 *   outside its cells and in the rows written: the only places a cell write can change it);
 * - the tab order is the input's with the created sheets at the end, each with its visibility,
 *   header and table;
 * - each sheet drawn from a spec reads back with the spec's values in every cell, its tables,
 *   its print titles and its chart (sheet → drawing → chart), and only styles the part has;
 * - every cell format the input had keeps its number format (indices stay valid);
 * - every written cell reads back with the written value (and its explicit number format, or `@`
 *   when written as text); an
 *   edited sheet's part is, outside the written rows and its `<dimension>`, the same text as
 *   before, and inside them every other cell reads as before;
 * - each grown table covers its written rows.
 * Only the written rows are scanned, so checking a three-cell write to a 20,000-row sheet costs
 * a text comparison, not a second read of the sheet.
 */
import { cellAddress, parseCell, parseRange, rangeAddress } from "../plan/cells";
import type { ChangeSet, SheetEnsure } from "../plan/port";
import type { SheetSpec } from "../plan/sheet-spec";
import type { CellValue } from "../plan/snapshot";
import { openXlsxPackage, type SheetEntry, type XlsxPackage } from "./package";
import { PartIndex, isRelType, parseRelationships, relationshipsPathOf, type Relationship } from "./parts";
import { printTitlesFormula } from "./spec-sheet";
import { locateRows, readRows, skeletonWithout, withoutCells } from "./sheet-rows";
import { formatOfStyle } from "./styles";
import { readTable } from "./tables";
import { readWorksheet, type ScannedCells } from "./worksheet";
import { attributeOf, childElements, firstChild, rootElement, wellFormedProblem } from "./xml-edit";
import { decodeXml } from "./xml";

const STATE = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;
const KEY = 16_385;
/** Problems of one kind listed before the rest are counted. */
const MAX_LISTED = 5;

/**
 * Problems found in `output` (bytes or an opened package) as the result of applying `changes`
 * (one change set, or several in order) to `input`; `[]` when it is sound.
 */
export async function verifyWrite(
  input: Uint8Array | XlsxPackage,
  output: Uint8Array | XlsxPackage,
  changes: ChangeSet | readonly ChangeSet[],
): Promise<string[]> {
  const before = input instanceof Uint8Array ? await openXlsxPackage(input) : input;
  let after: XlsxPackage;
  try {
    after = output instanceof Uint8Array ? await openXlsxPackage(output) : output;
  } catch (error) {
    return [`The written workbook cannot be opened: ${error instanceof Error ? error.message : String(error)}`];
  }
  const sets: readonly ChangeSet[] = Array.isArray(changes) ? changes : [changes as ChangeSet];
  const problems: string[] = [];
  const created = createdSheets(before, sets);

  checkSheets(before, after, created, problems);
  const drawn = created.flatMap((c) => (c.drawn ? [c.drawn] : []));
  const drawnParts = await drawnSheetParts(after, drawn);
  await checkParts(before, after, sets, created, drawnParts, problems);
  checkCells(before, after, sets, problems);
  checkTables(after, sets, problems);
  checkStyles(before, after, problems);
  for (const spec of drawn) checkDrawnSheet(after, spec, drawnParts.get(spec.name.toLowerCase()), problems);
  return problems;
}

/** A sheet the change sets create: ensured (empty but for a header) or drawn from a spec. */
interface CreatedSheet {
  name: string;
  ensured?: SheetEnsure;
  drawn?: SheetSpec;
}

/** Sheets the change sets create, in tab order: each set's ensured sheets, then its drawn ones. */
function createdSheets(before: XlsxPackage, sets: readonly ChangeSet[]): CreatedSheet[] {
  const known = new Set(before.sheets.map((s) => s.name.toLowerCase()));
  const out: CreatedSheet[] = [];
  for (const set of sets) {
    for (const ensure of set.ensureSheets) {
      if (known.has(ensure.name.toLowerCase())) continue;
      known.add(ensure.name.toLowerCase());
      out.push({ name: ensure.name, ensured: ensure });
    }
    for (const spec of set.addSheets ?? []) {
      known.add(spec.name.toLowerCase());
      out.push({ name: spec.name, drawn: spec });
    }
  }
  return out;
}

function sheetNamed(pkg: XlsxPackage, name: string): SheetEntry | undefined {
  return pkg.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

function checkSheets(before: XlsxPackage, after: XlsxPackage, created: CreatedSheet[], problems: string[]): void {
  const expected = [...before.sheets.map((s) => s.name), ...created.map((c) => c.name)];
  const actual = after.sheets.map((s) => s.name);
  if (expected.join("\u0000") !== actual.join("\u0000")) {
    problems.push(`The sheets are now ${list(actual)} instead of ${list(expected)}.`);
  }
  for (const entry of before.sheets) {
    const now = sheetNamed(after, entry.name);
    if (now && (now.path !== entry.path || now.state !== entry.state || now.kind !== entry.kind)) {
      problems.push(`Sheet "${entry.name}" changed its part, kind or visibility.`);
    }
  }
  for (const { name, ensured: spec, drawn } of created) {
    const entry = sheetNamed(after, name);
    if (!entry) continue;
    if (entry.kind !== "worksheet") problems.push(`The new sheet "${name}" is not a worksheet.`);
    if (drawn && entry.state !== "visible") problems.push(`The new sheet "${name}" is ${entry.state}, not visible.`);
    if (!spec) continue;
    if (entry.state !== STATE[spec.visibility]) problems.push(`The new sheet "${spec.name}" is ${entry.state}, not ${STATE[spec.visibility]}.`);
    if (spec.table !== undefined) {
      const tables = tablesOf(after, entry);
      const table = tables.find((t) => t.name.toLowerCase() === spec.table!.toLowerCase());
      if (!table) problems.push(`The new sheet "${spec.name}" has no table "${spec.table}".`);
      else if (!table.address.startsWith("A1:") || parseRange(table.address).lastColumn !== (spec.header?.length ?? 0)) {
        problems.push(`The table "${spec.table}" is at ${table.address}, not over the header of "${spec.name}".`);
      }
    }
  }
}

async function checkParts(
  before: XlsxPackage,
  after: XlsxPackage,
  sets: readonly ChangeSet[],
  created: CreatedSheet[],
  drawnParts: ReadonlyMap<string, DrawnParts>,
  problems: string[],
): Promise<void> {
  const lower = (s: string | undefined) => (s ?? "").toLowerCase();
  const writes = sets.flatMap((s) => s.writes);
  const wbRels = relationshipsPathOf(before.workbookPath);
  const calcChain = (before.relationships.get(before.workbookPath) ?? []).find((r) => isRelType(r, "calcChain") && !r.external)?.target;
  const app = (before.relationships.get("") ?? []).find((r) => isRelType(r, "extended-properties") && !r.external)?.target;

  const mayChange = new Set<string>();
  const allow = (...paths: (string | undefined)[]) => paths.forEach((p) => p && mayChange.add(lower(p)));
  if (created.length > 0) allow(before.workbookPath, wbRels, "[Content_Types].xml", app);
  if (writes.length > 0 || created.some((c) => c.ensured?.header?.length || c.drawn)) {
    allow(before.stylesPath);
    if (!before.stylesPath) allow(wbRels, "[Content_Types].xml");
  }
  if (writes.length > 0) {
    allow(before.workbookPath);
    if (calcChain) allow(calcChain, wbRels, "[Content_Types].xml");
  }
  for (const write of writes) {
    const entry = sheetNamed(before, write.sheet);
    if (!entry) continue;
    allow(entry.path);
    if (write.growTable) {
      for (const rel of before.relationships.get(entry.path) ?? []) if (isRelType(rel, "table")) allow(rel.target);
    }
  }
  const mayAdd = new Set<string>();
  for (const spec of created) {
    const entry = sheetNamed(after, spec.name);
    if (!entry) continue;
    mayAdd.add(lower(entry.path));
    mayAdd.add(lower(relationshipsPathOf(entry.path)));
    for (const rel of after.relationships.get(entry.path) ?? []) if (!rel.external) mayAdd.add(lower(rel.target));
  }
  // A drawn sheet's drawing links its chart.
  for (const found of drawnParts.values()) {
    for (const drawing of found.drawings) {
      mayAdd.add(lower(relationshipsPathOf(drawing.path)));
      for (const rel of drawing.rels) if (!rel.external) mayAdd.add(lower(rel.target));
    }
  }
  if (!before.stylesPath && after.stylesPath) mayAdd.add(lower(after.stylesPath));

  // A large worksheet is checked where it can have changed: outside its cells, and the written rows.
  const writtenRows = new Map<string, Set<number>>();
  for (const { name, cells } of expectedCells(before, sets).values()) {
    const entry = sheetNamed(before, name);
    if (!entry) continue;
    const rows = writtenRows.get(lower(entry.path)) ?? new Set<number>();
    for (const key of cells.keys()) rows.add(Math.floor(key / KEY));
    writtenRows.set(lower(entry.path), rows);
  }

  const inIndex = new PartIndex(before.parts);
  const outIndex = new PartIndex(after.parts);
  const unexpected: string[] = [];
  for (const name of before.parts) {
    const now = outIndex.find(name);
    if (now === undefined) {
      if (lower(name) !== lower(calcChain) || writes.length === 0) problems.push(`The part ${name} is missing from the written workbook.`);
      continue;
    }
    const [a, b] = await Promise.all([before.archive.read(name), after.archive.read(now)]);
    if (sameBytes(a, b)) continue;
    if (!mayChange.has(lower(name))) unexpected.push(name);
    else checkWellFormed(name, b, problems, writtenRows.get(lower(name)));
  }
  if (unexpected.length > 0) problems.push(`These parts changed although nothing asked for it: ${unexpected.join(", ")}.`);
  for (const name of after.parts) {
    if (inIndex.find(name) !== undefined) continue;
    if (!mayAdd.has(lower(name))) problems.push(`The part ${name} was added although nothing asked for it.`);
    else checkWellFormed(name, await after.archive.read(name), problems);
  }
}

/** Parts above this size that are edited worksheets are validated piecewise. */
const WHOLE_PART_LIMIT = 256 * 1024;

function checkWellFormed(name: string, bytes: Uint8Array, problems: string[], rows?: ReadonlySet<number>): void {
  if (!/\.(xml|rels)$/i.test(name)) return;
  const text = new TextDecoder("utf-8").decode(bytes);
  const pieces = rows && text.length > WHOLE_PART_LIMIT ? worksheetPieces(text, rows) : [text];
  for (const piece of pieces) {
    const problem = wellFormedProblem(piece);
    if (problem !== undefined) {
      problems.push(`The part ${name} is not well-formed XML (${problem}).`);
      return;
    }
  }
}

/** The worksheet without its cells, and each `<row>` holding a written cell. */
function worksheetPieces(xml: string, rows: ReadonlySet<number>): string[] {
  return [withoutCells(xml), ...[...locateRows(xml, rows).values()].map((r) => xml.slice(r.start, r.end))];
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface Expected {
  value: CellValue;
  asText: boolean;
  /** An explicit format code, checked instead of `asText`'s `@`. */
  numberFormat?: string;
}

/** The value each written cell should hold, by sheet (lower-case name) and cell key, last write winning. */
function expectedCells(before: XlsxPackage, sets: readonly ChangeSet[]): Map<string, { name: string; cells: Map<number, Expected> }> {
  const out = new Map<string, { name: string; cells: Map<number, Expected> }>();
  const known = new Set(before.sheets.map((s) => s.name.toLowerCase()));
  const put = (sheet: string, row: number, column: number, value: CellValue, asText: boolean, numberFormat?: string | null) => {
    const key = sheet.toLowerCase();
    if (!out.has(key)) out.set(key, { name: sheet, cells: new Map() });
    out.get(key)!.cells.set(row * KEY + column, { value, asText, ...(numberFormat != null ? { numberFormat } : {}) });
  };
  for (const set of sets) {
    for (const ensure of set.ensureSheets) {
      if (known.has(ensure.name.toLowerCase())) continue;
      known.add(ensure.name.toLowerCase());
      ensure.header?.forEach((title, j) => put(ensure.name, 1, j + 1, title, true));
    }
    for (const write of set.writes) {
      const start = parseCell(write.address);
      write.values.forEach((row, i) =>
        row.forEach((value, j) => put(write.sheet, start.row + i, start.column + j, value, write.asText, write.numberFormat?.[i][j])),
      );
    }
  }
  return out;
}

const scans = new WeakMap<XlsxPackage, Map<string, ScannedCells>>();

/** A sheet's cells as the reader scans them (each sheet scanned once per package). */
function scan(pkg: XlsxPackage, entry: SheetEntry): ScannedCells | undefined {
  let byPath = scans.get(pkg);
  if (!byPath) scans.set(pkg, (byPath = new Map()));
  const known = byPath.get(entry.path);
  if (known) return known;
  const xml = pkg.texts.get(entry.path);
  if (xml === undefined) return undefined;
  const cells = readWorksheet(xml, { sharedStrings: pkg.sharedStrings, date1904: pkg.date1904 }).cells;
  byPath.set(entry.path, cells);
  return cells;
}

function checkCells(before: XlsxPackage, after: XlsxPackage, sets: readonly ChangeSet[], problems: string[]): void {
  for (const { name, cells: wanted } of expectedCells(before, sets).values()) {
    const entry = sheetNamed(after, name);
    const xml = entry && after.texts.get(entry.path);
    if (!entry || xml === undefined) {
      problems.push(`The written sheet "${name}" cannot be found in the written workbook.`);
      continue;
    }
    // Only the written rows are read; the rest of the sheet is compared as text below.
    const rowNumbers = new Set([...wanted.keys()].map((key) => Math.floor(key / KEY)));
    const outRows = locateRows(xml, rowNumbers);
    const cells = readRows(xml, outRows.values(), contextOf(after));
    const found = new Map<number, number>();
    for (let i = 0; i < cells.rows.length; i++) {
      const key = cells.rows[i] * KEY + cells.columns[i];
      if (wanted.has(key)) found.set(key, i);
    }
    const wrong: string[] = [];
    for (const [key, expected] of wanted) {
      const address = cellAddress(Math.floor(key / KEY), key % KEY);
      const i = found.get(key);
      const value = i === undefined ? "" : cells.values[i];
      if (value !== expected.value) {
        wrong.push(`${name}!${address} reads ${JSON.stringify(value)} instead of ${JSON.stringify(expected.value)}`);
      } else if (expected.numberFormat !== undefined) {
        const format = i === undefined ? "General" : formatOfStyle(after.styles, cells.styles[i]);
        if (format !== expected.numberFormat) wrong.push(`${name}!${address} has number format ${JSON.stringify(format)} instead of ${JSON.stringify(expected.numberFormat)}`);
      } else if (expected.asText && typeof expected.value === "string" && expected.value !== "") {
        const format = i === undefined ? "General" : formatOfStyle(after.styles, cells.styles[i]);
        if (format !== "@") wrong.push(`${name}!${address} has number format ${JSON.stringify(format)} instead of "@"`);
      }
    }
    if (wrong.length > 0) problems.push(`${listSome(wrong)}.`);

    const old = sheetNamed(before, name);
    const oldXml = old && before.texts.get(old.path);
    if (!old || oldXml === undefined) continue;
    const inRows = locateRows(oldXml, rowNumbers);
    // Outside the written rows the part must be the same text (but for <dimension>) ...
    if (skeletonWithout(oldXml, inRows.values()) !== skeletonWithout(xml, outRows.values())) {
      const changed = changedCells(scan(before, old), scan(after, entry), wanted);
      problems.push(
        changed.length > 0
          ? `Cells of "${old.name}" that were not written changed: ${listSome(changed)}.`
          : `The part of "${old.name}" changed outside the written cells.`,
      );
    }
    // ... and inside them every other cell must read as before.
    const changed = changedCells(readRows(oldXml, inRows.values(), contextOf(before)), cells, wanted);
    if (changed.length > 0) problems.push(`Cells of "${old.name}" that were not written changed: ${listSome(changed)}.`);
  }
}

function contextOf(pkg: XlsxPackage) {
  return { sharedStrings: pkg.sharedStrings, date1904: pkg.date1904 };
}

/** Cells (not among `written`) whose position, value or style differs between two scans. */
function changedCells(a: ScannedCells | undefined, b: ScannedCells | undefined, written: ReadonlyMap<number, Expected>): string[] {
  if (!a || !b) return [];
  const changed: string[] = [];
  let i = 0;
  let j = 0;
  const skip = (cells: ScannedCells, k: number) => {
    while (k < cells.rows.length && written.has(cells.rows[k] * KEY + cells.columns[k])) k++;
    return k;
  };
  for (;;) {
    i = skip(a, i);
    j = skip(b, j);
    if (i >= a.rows.length || j >= b.rows.length) break;
    if (a.rows[i] !== b.rows[j] || a.columns[i] !== b.columns[j] || a.values[i] !== b.values[j] || a.styles[i] !== b.styles[j]) {
      changed.push(cellAddress(a.rows[i], a.columns[i]));
      if (changed.length > MAX_LISTED) return changed;
    }
    i++;
    j++;
  }
  if (skip(a, i) < a.rows.length || skip(b, j) < b.rows.length) changed.push("(cells added or lost)");
  return changed;
}

function checkTables(after: XlsxPackage, sets: readonly ChangeSet[], problems: string[]): void {
  for (const write of sets.flatMap((s) => s.writes)) {
    if (!write.growTable) continue;
    const entry = sheetNamed(after, write.sheet);
    const table = entry && tablesOf(after, entry).find((t) => t.name.toLowerCase() === write.growTable!.toLowerCase());
    if (!table) continue;
    const bounds = parseRange(table.address);
    const start = parseCell(write.address);
    const lastRow = start.row + write.values.length - 1;
    const lastColumn = start.column + write.values[0].length - 1;
    const overlaps = lastColumn >= bounds.firstColumn && start.column <= bounds.lastColumn;
    if (overlaps && bounds.lastRow < lastRow) {
      problems.push(`The table "${table.name}" ends at row ${bounds.lastRow}, above the written row ${lastRow}.`);
    }
  }
}

/** The tables the reader reports for a sheet: those its `<tableParts>` link. */
function tablesOf(pkg: XlsxPackage, entry: SheetEntry) {
  const xml = pkg.texts.get(entry.path);
  if (xml === undefined) return [];
  const rels = pkg.relationships.get(entry.path) ?? [];
  return readWorksheet(withoutCells(xml), contextOf(pkg)).tablePartIds.flatMap((id) => {
    const rel = rels.find((r) => r.id === id && isRelType(r, "table") && !r.external);
    const table = rel && pkg.texts.get(rel.target);
    const read = table === undefined ? undefined : readTable(table);
    return read ? [read] : [];
  });
}

function list(names: string[]): string {
  return names.map((n) => `"${n}"`).join(", ");
}

function listSome(items: string[]): string {
  const shown = items.slice(0, MAX_LISTED).join("; ");
  return items.length > MAX_LISTED ? `${shown}; and ${items.length - MAX_LISTED} more` : shown;
}

// ---------------------------------------------------------------- sheets drawn from a spec

/** The drawings a drawn sheet links, each with its own relationships. */
interface DrawnParts {
  drawings: { path: string; rels: Relationship[] }[];
}

/** The drawings of each drawn sheet (by lower-case name), read from the written package. */
async function drawnSheetParts(after: XlsxPackage, drawn: readonly SheetSpec[]): Promise<Map<string, DrawnParts>> {
  const out = new Map<string, DrawnParts>();
  const index = new PartIndex(after.parts);
  for (const spec of drawn) {
    const entry = sheetNamed(after, spec.name);
    if (!entry) continue;
    const drawings: DrawnParts["drawings"] = [];
    for (const rel of after.relationships.get(entry.path) ?? []) {
      if (rel.external || !isRelType(rel, "drawing")) continue;
      const relsName = index.find(relationshipsPathOf(rel.target));
      const relsXml = relsName === undefined ? undefined : new TextDecoder().decode(await after.archive.read(relsName));
      drawings.push({ path: rel.target, rels: relsXml === undefined ? [] : parseRelationships(relsXml, rel.target) });
    }
    out.set(spec.name.toLowerCase(), { drawings });
  }
  return out;
}

/** A drawn sheet against its spec: every cell's value, its styles, tables, print titles and chart. */
function checkDrawnSheet(after: XlsxPackage, spec: SheetSpec, found: DrawnParts | undefined, problems: string[]): void {
  const entry = sheetNamed(after, spec.name);
  const xml = entry && after.texts.get(entry.path);
  if (!entry || xml === undefined) {
    problems.push(`The new sheet "${spec.name}" cannot be found in the written workbook.`);
    return;
  }
  const cells = scan(after, entry)!;
  const read = new Map<number, CellValue>();
  const wrong: string[] = [];
  for (let i = 0; i < cells.rows.length; i++) {
    read.set(cells.rows[i] * KEY + cells.columns[i], cells.values[i]);
    if (cells.styles[i] >= after.styles.cellFormats.length) wrong.push(`${cellAddress(cells.rows[i], cells.columns[i])} has the missing style ${cells.styles[i]}`);
  }
  const wanted = new Map<number, CellValue>();
  spec.rows.forEach((row, r) => row.values.forEach((value, c) => value !== "" && wanted.set((r + 1) * KEY + c + 1, value)));
  for (const [key, value] of wanted) {
    const actual = read.get(key) ?? "";
    if (actual !== value) wrong.push(`${cellAddress(Math.floor(key / KEY), key % KEY)} reads ${JSON.stringify(actual)} instead of ${JSON.stringify(value)}`);
  }
  for (const [key, value] of read) {
    if (value !== "" && !wanted.has(key)) wrong.push(`${cellAddress(Math.floor(key / KEY), key % KEY)} holds ${JSON.stringify(value)}, which the spec does not`);
  }
  if (wrong.length > 0) problems.push(`The new sheet "${spec.name}": ${listSome(wrong)}.`);

  const tables = tablesOf(after, entry).map((t) => `${t.name} ${t.address}`);
  const expected = spec.tables.map((t) => `${t.name} ${rangeAddress(parseRange(t.address))}`);
  if (tables.join("\u0000") !== expected.join("\u0000")) {
    problems.push(`The new sheet "${spec.name}" has the tables ${tables.join(", ") || "(none)"} instead of ${expected.join(", ") || "(none)"}.`);
  }

  if (spec.print.repeatRows) {
    const position = after.sheets.indexOf(entry);
    const formula = printTitlesFormula(spec.name, spec.print.repeatRows);
    const titles = definedNamesOf(after).find((n) => n.name.toLowerCase() === "_xlnm.print_titles" && n.localSheetId === position);
    if (titles?.formula !== formula) {
      problems.push(`The new sheet "${spec.name}" prints ${titles ? `the titles ${titles.formula}` : "no titles"} instead of ${formula}.`);
    }
  }

  if (spec.chart) {
    const charts = (found?.drawings ?? []).flatMap((d) => d.rels.filter((r) => !r.external && isRelType(r, "chart")));
    const index = new PartIndex(after.parts);
    if (charts.length !== 1 || index.find(charts[0].target) === undefined) {
      problems.push(`The new sheet "${spec.name}" does not show its chart (sheet, drawing and chart parts linked).`);
    }
  }
}

/** The names defined in the workbook, with the sheet position of local ones. */
function definedNamesOf(pkg: XlsxPackage): { name: string; localSheetId?: number; formula: string }[] {
  const xml = pkg.texts.get(pkg.workbookPath);
  if (xml === undefined) return [];
  const root = rootElement(xml);
  const list = root.selfClosing ? undefined : firstChild(xml, root, "definedNames");
  if (!list || list.selfClosing) return [];
  return childElements(xml, list, "definedName").map((n) => {
    const local = attributeOf(xml, n, "localSheetId");
    return {
      name: attributeOf(xml, n, "name") ?? "",
      localSheetId: local === undefined ? undefined : Number(local),
      formula: decodeXml(xml.slice(n.openEnd, n.closeStart)).trim(),
    };
  });
}

/** Every cell format the input had keeps its number format: cell style indices stay valid. */
function checkStyles(before: XlsxPackage, after: XlsxPackage, problems: string[]): void {
  const moved = before.styles.cellFormats.findIndex((code, i) => after.styles.cellFormats[i] !== code);
  if (moved >= 0) problems.push(`The cell style ${moved} changed its number format, so cells using it would show differently.`);
}
