/**
 * Applies a `ChangeSet` to an opened .xlsx package, with the Office.js adapter's semantics:
 * validate, compare the guards, then create missing sheets, add the sheets drawn from specs
 * (cells, styles, tables, a chart, print set-up: see spec-sheet.ts) and write cells, all or nothing.
 *
 * Only the parts that must change are edited, each by splicing into its own text; every other
 * part keeps its compressed bytes. The new package is re-opened and checked (see verify.ts)
 * before it is returned, so a caller never holds an edit that lost anything.
 */
import JSZip from "jszip";
import { InvalidChangeError, validateChanges } from "../plan/change-set";
import { cellAddress, parseCell, parseRange, rangeAddress } from "../plan/cells";
import { ConflictError, WorkbookReadError, type ChangeSet, type ConflictCell, type RangeWrite, type SheetEnsure } from "../plan/port";
import type { SheetSpec } from "../plan/sheet-spec";
import { formatCellText } from "./number-format";
import { decodeText, openXlsxPackage, type SheetEntry, type XlsxPackage } from "./package";
import {
  CONTENT_TYPE,
  REL_TYPE,
  addContentTypes,
  addDefinedNames,
  addRelationships,
  addSheetEntries,
  addWorksheetTitles,
  definedNames,
  freshRelationshipIds,
  growTable,
  locksStructure,
  newTableXml,
  newWorksheetXml,
  relationshipIds,
  removeCalcChainCells,
  removeContentType,
  removeRelationship,
  tableFacts,
  withFullCalcOnLoad,
  type NewRelationship,
} from "./package-edit";
import { PartIndex, isRelType, relationshipsPathOf } from "./parts";
import type { ReadOptions } from "./read-snapshot";
import { editSheetCells, type CellEdit } from "./sheet-edit";
import { printTitlesFormula, specChartXml, specDrawingXml, specWorksheetXml, type SpecSheetLinks, type StyleOf } from "./spec-sheet";
import { StyleBook } from "./styles-edit";
import { displayFormatOfStyle, formatOfStyle } from "./styles";
import { TagScanner } from "./tag-scanner";
import { verifyWrite } from "./verify";
import { locateRows, readRows } from "./sheet-rows";
import { rootElement } from "./xml-edit";

/** What an applied change set did to the package. */
export interface WriteReport {
  /** Parts of the input whose content changed. */
  changed: string[];
  /** Parts the change added. */
  added: string[];
  /** Parts the change removed (an emptied calculation chain). */
  removed: string[];
  /** Sheets created, in tab order. */
  createdSheets: string[];
}

export interface WriteResult {
  bytes: Uint8Array;
  pkg: XlsxPackage;
  report: WriteReport;
}

/** The edited package failed its own check; nothing was changed. */
export class WorkbookWriteError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
    this.name = "WorkbookWriteError";
  }
}

/**
 * Applies `changes` to `pkg` (opened from `input`). Returns the new package and its bytes, or
 * `undefined` when there is nothing to do. Throws `InvalidChangeError`, `ConflictError`, or
 * `WorkbookWriteError` when the result fails its check; `pkg` itself is never modified.
 */
export async function writeChangeSet(pkg: XlsxPackage, input: Uint8Array, changes: ChangeSet, options: ReadOptions = {}): Promise<WriteResult | undefined> {
  try {
    return await write(pkg, input, changes, options);
  } catch (error) {
    if (error instanceof InvalidChangeError || error instanceof ConflictError || error instanceof WorkbookWriteError) throw error;
    // A part the writer cannot edit (malformed XML, a styles part without cell formats...).
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    const subject = pkg.fileName ? `"${pkg.fileName}"` : "The workbook";
    throw new WorkbookWriteError(`${subject} could not be edited (${reason}); nothing was changed.`, [reason]);
  }
}

async function write(pkg: XlsxPackage, input: Uint8Array, changes: ChangeSet, options: ReadOptions): Promise<WriteResult | undefined> {
  validateChanges(changes);
  if (pkg.strict) {
    // Strict parts need Strict namespaces and relationship types in everything added (log
    // sheet, summary, chart); rather than write a mixed package Excel may reject, refuse.
    const subject = pkg.fileName ? `"${pkg.fileName}"` : "The workbook";
    const reason = "it is saved as Strict Open XML, which this tool reads but does not change";
    throw new WorkbookWriteError(`${subject} was not changed: ${reason}. Save it in Excel as an Excel Workbook (.xlsx) and try again.`, [reason]);
  }
  const sheetOf = (name: string) => pkg.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());

  const toCreate: SheetEnsure[] = [];
  for (const ensure of changes.ensureSheets) {
    const existing = sheetOf(ensure.name);
    if (!existing) toCreate.push(ensure);
    else if (existing.kind !== "worksheet") {
      throw new InvalidChangeError(`"${existing.name}" is a chart or other non-worksheet sheet, so it cannot hold "${ensure.name}".`);
    }
  }
  const createdSpec = (name: string) => toCreate.find((e) => e.name.toLowerCase() === name.toLowerCase());
  for (const write of changes.writes) {
    const entry = sheetOf(write.sheet);
    if (!entry && !createdSpec(write.sheet)) throw new InvalidChangeError(`There is no sheet "${write.sheet}" to write to.`);
    if (entry && entry.kind !== "worksheet") throw new InvalidChangeError(`"${entry.name}" is not a worksheet: it holds no cells to write.`);
  }

  // Replacing a drawn sheet (the pane's "Replace" of a board summary) means removing its parts,
  // tables, drawing and chart and the print titles that name it; this writer does not remove
  // sheets yet, so it refuses before anything is touched rather than add a second sheet.
  if ((changes.replaceSheets ?? []).length > 0) {
    throw new InvalidChangeError(
      `The sheet "${changes.replaceSheets![0].name}" cannot be replaced in a file: the command line only adds a summary as a new sheet. Nothing was written.`,
    );
  }
  // A sheet drawn from a spec is new: it never replaces a sheet, whatever its kind.
  const drawn = changes.addSheets ?? [];
  for (const spec of drawn) {
    const taken = sheetOf(spec.name);
    if (taken) throw new InvalidChangeError(`A sheet named "${taken.name}" already exists, so "${spec.name}" cannot be added; nothing was written.`);
  }

  const conflicts = guardConflicts(pkg, changes.writes, sheetOf, createdSpec, options.shortDateFormat ?? "dd/mm/yyyy");
  if (conflicts.length > 0) throw new ConflictError(conflicts);
  if (toCreate.length === 0 && drawn.length === 0 && changes.writes.length === 0) return undefined;

  const parts = new PartStore(pkg);
  const wbDir = folderOf(pkg.workbookPath);
  const wbRelsPath = relationshipsPathOf(pkg.workbookPath);
  let book: StyleBook | undefined;
  const styles = () => (book ??= new StyleBook(pkg.stylesPath ? pkg.texts.get(pkg.stylesPath) : undefined, (i) => formatOfStyle(pkg.styles, i)));

  // New sheets: their parts first, then the workbook's lists.
  const created = toCreate.length + drawn.length > 0 ? await createSheets(pkg, parts, toCreate, drawn, styles, wbDir, wbRelsPath) : [];

  // Cell edits per sheet, later writes winning as they would in Excel.
  const edits = new Map<string, { name: string; path: string; sheetId: number; cells: Map<number, CellEdit> }>();
  const editsOf = (name: string) => {
    const key = name.toLowerCase();
    let found = edits.get(key);
    if (!found) {
      const entry = sheetOf(name);
      const made = created.find((c) => c.spec.name.toLowerCase() === key);
      found = entry
        ? { name: entry.name, path: entry.path, sheetId: entry.sheetId, cells: new Map() }
        : { name: made!.spec.name, path: made!.path, sheetId: made!.sheetId, cells: new Map() };
      edits.set(key, found);
    }
    return found;
  };
  const put = (name: string, row: number, column: number, value: CellEdit["value"], asText: boolean, numberFormat?: string | null) =>
    editsOf(name).cells.set(row * 16_385 + column, { row, column, value, asText, ...(numberFormat != null ? { numberFormat } : {}) });
  for (const made of created) {
    made.spec.header?.forEach((title, j) => put(made.spec.name, 1, j + 1, title, true));
  }
  for (const write of changes.writes) {
    const start = parseCell(write.address);
    write.values.forEach((row, i) =>
      row.forEach((value, j) => put(write.sheet, start.row + i, start.column + j, value, write.asText, write.numberFormat?.[i][j])),
    );
  }

  const cleared = new Map<string, Set<string>>();
  let sharedStrings: SharedStringIndex | undefined;
  for (const sheet of edits.values()) {
    const xml = await parts.text(sheet.path);
    if (xml === undefined) throw new WorkbookWriteError(`The part ${sheet.path} of sheet "${sheet.name}" is missing.`);
    const result = editSheetCells(xml, [...sheet.cells.values()], {
      sheetName: sheet.name,
      textStyle: (style) => styles().textStyle(style),
      formatStyle: (style, code) => styles().formatStyle(style, code),
      isLocked: (style) => styles().isLocked(style),
      sharedString: (index) => (sharedStrings ??= new SharedStringIndex(pkg.sharedStringsPath ? pkg.texts.get(pkg.sharedStringsPath) : undefined)).item(index),
    });
    if (result.xml !== xml) parts.set(sheet.path, result.xml);
    if (result.clearedFormulas.length > 0) {
      const set = cleared.get(String(sheet.sheetId)) ?? new Set<string>();
      result.clearedFormulas.forEach((a) => set.add(a));
      cleared.set(String(sheet.sheetId), set);
    }
  }

  await growTables(pkg, parts, changes.writes, sheetOf, created);

  if (book?.changed) {
    if (pkg.stylesPath) parts.set(pkg.stylesPath, book.toXml());
    else await addStylesPart(pkg, parts, book, wbDir, wbRelsPath);
  }

  if (cleared.size > 0) await dropCalcChainEntries(pkg, parts, cleared, wbRelsPath);

  // Formulas elsewhere may depend on the written cells: have Excel recalculate when it opens the file.
  if (changes.writes.some((w) => sheetOf(w.sheet)) && hasFormulas(pkg)) {
    const wb = await parts.text(pkg.workbookPath);
    const next = wb === undefined ? undefined : withFullCalcOnLoad(wb);
    if (next !== undefined) parts.set(pkg.workbookPath, next);
  }

  const bytes = await parts.build(input);
  let out: XlsxPackage;
  try {
    out = await openXlsxPackage(bytes, pkg.fileName, pkg.unzip);
  } catch (error) {
    const reason = error instanceof WorkbookReadError ? error.message : String(error);
    throw new WorkbookWriteError(`The edited workbook could not be read back, so it was not kept: ${reason}`, [reason]);
  }
  const problems = await verifyWrite(pkg, out, changes);
  if (problems.length > 0) {
    throw new WorkbookWriteError(`The edited workbook failed its check, so it was not kept: ${problems.join(" ")}`, problems);
  }
  const createdSheets = [...created.map((c) => c.spec.name), ...drawn.map((d) => d.name)];
  return { bytes, pkg: out, report: { ...parts.report(), createdSheets } };
}

// ---------------------------------------------------------------- guards

function guardConflicts(
  pkg: XlsxPackage,
  writes: readonly RangeWrite[],
  sheetOf: (name: string) => SheetEntry | undefined,
  createdSpec: (name: string) => SheetEnsure | undefined,
  shortDate: string,
): ConflictCell[] {
  const conflicts: ConflictCell[] = [];
  const textsBySheet = new Map<string, (row: number, column: number) => string>();
  const textsOf = (write: RangeWrite) => {
    const key = write.sheet.toLowerCase();
    let texts = textsBySheet.get(key);
    if (!texts) {
      const spec = createdSpec(write.sheet);
      if (spec) texts = (row, column) => (row === 1 ? (spec.header?.[column - 1] ?? "") : "");
      else {
        const wanted = writes.filter((w) => w.expectedText && w.sheet.toLowerCase() === key);
        texts = displayedTexts(pkg, sheetOf(write.sheet)!, wanted, shortDate);
      }
      textsBySheet.set(key, texts);
    }
    return texts;
  };
  for (const write of writes) {
    if (!write.expectedText) continue;
    const texts = textsOf(write);
    const start = parseCell(write.address);
    write.expectedText.forEach((row, i) =>
      row.forEach((expected, j) => {
        const actual = texts(start.row + i, start.column + j);
        if (actual !== expected) {
          conflicts.push({ sheet: write.sheet, address: cellAddress(start.row + i, start.column + j), expected, actual });
        }
      }),
    );
  }
  return conflicts;
}

/**
 * The text the reader's snapshot shows in the cells `writes` cover (`""` for a missing cell).
 * Only the rows written are read (with the reader's own scanner), not the whole sheet.
 */
function displayedTexts(pkg: XlsxPackage, entry: SheetEntry, writes: RangeWrite[], shortDate: string): (row: number, column: number) => string {
  const xml = pkg.texts.get(entry.path);
  const texts = new Map<number, string>();
  if (xml === undefined) return () => "";
  const wanted = new Set<number>();
  const rows = new Set<number>();
  for (const w of writes) {
    const start = parseCell(w.address);
    w.values.forEach((row, i) => {
      rows.add(start.row + i);
      row.forEach((_, j) => wanted.add((start.row + i) * 16_385 + start.column + j));
    });
  }
  const cells = readRows(xml, locateRows(xml, rows).values(), { sharedStrings: pkg.sharedStrings, date1904: pkg.date1904 });
  for (let i = 0; i < cells.rows.length; i++) {
    const key = cells.rows[i] * 16_385 + cells.columns[i];
    if (!wanted.has(key)) continue;
    const code = displayFormatOfStyle(pkg.styles, cells.styles[i], shortDate);
    texts.set(key, cells.used[i] ? formatCellText(cells.values[i], code, { date1904: pkg.date1904 }) : "");
  }
  return (row, column) => texts.get(row * 16_385 + column) ?? "";
}

// ---------------------------------------------------------------- new sheets

interface CreatedSheet {
  spec: SheetEnsure;
  path: string;
  sheetId: number;
  relId: string;
  tablePath?: string;
}

/**
 * Makes the parts of the sheets to create (`specs`, empty but for a header) and to draw
 * (`drawn`), in that order at the end of the tab order, and lists them in the workbook, its
 * relationships, the content types, the print titles and `docProps/app.xml`.
 */
async function createSheets(
  pkg: XlsxPackage,
  parts: PartStore,
  specs: SheetEnsure[],
  drawn: readonly SheetSpec[],
  styles: () => StyleBook,
  wbDir: string,
  wbRelsPath: string,
): Promise<CreatedSheet[]> {
  const workbookXml = pkg.texts.get(pkg.workbookPath)!;
  const firstName = specs[0]?.name ?? drawn[0].name;
  if (locksStructure(workbookXml)) {
    throw new InvalidChangeError(
      `The workbook's structure is protected, so the sheet "${firstName}" cannot be added. Unprotect it in Excel (Review > Protect Workbook) and try again.`,
    );
  }
  const tableSpecs = specs.filter((s) => s.table !== undefined);
  const newTables = [...tableSpecs.map((s) => ({ name: s.table!, sheet: s.name })), ...drawn.flatMap((d) => d.tables.map((t) => ({ name: t.name, sheet: d.name })))];
  const tables = newTables.length > 0 ? await existingTables(pkg, parts) : [];
  if (newTables.length > 0) {
    const taken = new Set([...tables.map((t) => t.name.toLowerCase()), ...definedNames(workbookXml).map((n) => n.toLowerCase())]);
    for (const table of newTables) {
      if (taken.has(table.name.toLowerCase())) {
        throw new InvalidChangeError(`The workbook already has a table or name "${table.name}", so the new sheet "${table.sheet}" cannot use it.`);
      }
    }
  }

  const fresh = (folder: string, stem: string) => {
    let n = 0;
    const pattern = new RegExp(`^${escapeRegExp(folder)}${stem}(\\d+)\\.xml$`, "i");
    for (const part of parts.names()) {
      const m = pattern.exec(part);
      if (m) n = Math.max(n, Number(m[1]));
    }
    return () => {
      do n++;
      while (parts.exists(`${folder}${stem}${n}.xml`));
      return `${folder}${stem}${n}.xml`;
    };
  };
  const nextSheetPath = fresh(`${wbDir}worksheets/`, "sheet");
  const nextTablePath = fresh(`${wbDir}tables/`, "table");
  const nextDrawingPath = fresh(`${wbDir}drawings/`, "drawing");
  const nextChartPath = fresh(`${wbDir}charts/`, "chart");
  const wbRels = await parts.text(wbRelsPath);
  const relIds = freshRelationshipIds(relationshipIds(wbRels), specs.length + drawn.length);
  let sheetId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId || 0));
  let tableId = Math.max(0, ...tables.map((t) => t.id));

  const created: CreatedSheet[] = [];
  const overrides: { partName: string; contentType: string }[] = [];
  for (const [k, spec] of specs.entries()) {
    const path = nextSheetPath();
    const made: CreatedSheet = { spec, path, sheetId: ++sheetId, relId: relIds[k] };
    if (spec.table !== undefined && spec.header) {
      const tablePath = nextTablePath();
      const ref = `A1:${cellAddress(2, spec.header.length)}`;
      parts.set(tablePath, newTableXml(++tableId, spec.table, ref, spec.header));
      parts.set(relationshipsPathOf(path), addRelationships(undefined, [{ id: "rId1", type: REL_TYPE.table, target: relativeTarget(path, tablePath) }]));
      parts.set(path, newWorksheetXml("rId1"));
      overrides.push({ partName: `/${tablePath}`, contentType: CONTENT_TYPE.table });
      made.tablePath = tablePath;
    } else {
      parts.set(path, newWorksheetXml());
    }
    overrides.push({ partName: `/${path}`, contentType: CONTENT_TYPE.worksheet });
    created.push(made);
  }

  const drawnEntries: { name: string; sheetId: number; relId: string; path: string }[] = [];
  for (const [k, spec] of drawn.entries()) {
    const path = nextSheetPath();
    const rels: NewRelationship[] = [];
    const link = (type: string, target: string) => {
      const id = `rId${rels.length + 1}`;
      rels.push({ id, type, target: relativeTarget(path, target) });
      return id;
    };
    const links: SpecSheetLinks = { tables: [] };
    if (spec.chart) {
      const drawingPath = nextDrawingPath();
      const chartPath = nextChartPath();
      links.drawing = link(REL_TYPE.drawing, drawingPath);
      parts.set(drawingPath, specDrawingXml(spec.chart, "rId1"));
      parts.set(relationshipsPathOf(drawingPath), addRelationships(undefined, [{ id: "rId1", type: REL_TYPE.chart, target: relativeTarget(drawingPath, chartPath) }]));
      parts.set(chartPath, specChartXml(spec.name, spec.chart, spec.rows, styles().fontName));
      overrides.push({ partName: `/${drawingPath}`, contentType: CONTENT_TYPE.drawing }, { partName: `/${chartPath}`, contentType: CONTENT_TYPE.chart });
    }
    for (const table of spec.tables) {
      const tablePath = nextTablePath();
      const bounds = parseRange(table.address);
      const header = spec.rows[bounds.firstRow - 1].values.slice(bounds.firstColumn - 1, bounds.lastColumn).map(String);
      parts.set(tablePath, newTableXml(++tableId, table.name, rangeAddress(bounds), header));
      links.tables.push(link(REL_TYPE.table, tablePath));
      overrides.push({ partName: `/${tablePath}`, contentType: CONTENT_TYPE.table });
    }
    parts.set(path, specWorksheetXml(spec, specStyles(spec, styles), links));
    if (rels.length > 0) parts.set(relationshipsPathOf(path), addRelationships(undefined, rels));
    overrides.push({ partName: `/${path}`, contentType: CONTENT_TYPE.worksheet });
    drawnEntries.push({ name: spec.name, sheetId: ++sheetId, relId: relIds[specs.length + k], path });
  }

  parts.set(
    wbRelsPath,
    addRelationships(wbRels, [
      ...created.map((c) => ({ id: c.relId, type: REL_TYPE.worksheet, target: relativeTarget(pkg.workbookPath, c.path) })),
      ...drawnEntries.map((d) => ({ id: d.relId, type: REL_TYPE.worksheet, target: relativeTarget(pkg.workbookPath, d.path) })),
    ]),
  );
  const listed = addSheetEntries(workbookXml, [
    ...created.map((c) => ({ name: c.spec.name, sheetId: c.sheetId, relId: c.relId, state: STATE[c.spec.visibility] })),
    ...drawnEntries.map((d) => ({ ...d, state: "visible" as const })),
  ]);
  // Print titles belong to their sheet by its position among all sheets.
  const firstDrawn = pkg.sheets.length + created.length;
  const titles = drawn.flatMap((spec, k) =>
    spec.print.repeatRows ? [{ name: "_xlnm.Print_Titles", localSheetId: firstDrawn + k, formula: printTitlesFormula(spec.name, spec.print.repeatRows) }] : [],
  );
  parts.set(pkg.workbookPath, addDefinedNames(listed, titles));
  await editContentTypes(parts, (xml) => addContentTypes(xml, overrides));

  const app = (pkg.relationships.get("") ?? []).find((r) => isRelType(r, "extended-properties") && !r.external);
  const appXml = app ? await parts.text(app.target) : undefined;
  if (app && appXml !== undefined) {
    const worksheets = pkg.sheets.filter((s) => s.kind === "worksheet").map((s) => s.name);
    const next = addWorksheetTitles(appXml, worksheets, [...created.map((c) => c.spec.name), ...drawn.map((d) => d.name)]);
    if (next !== undefined) parts.set(app.target, next);
  }
  return created;
}

/**
 * The cell formats of a drawn sheet: each style name's own format (text cells get its `@`
 * variant, so typing into them later keeps text as text); cells without a style keep the
 * workbook's default look.
 */
function specStyles(spec: SheetSpec, styles: () => StyleBook): StyleOf {
  return (name, value) => {
    const text = typeof value === "string" && value !== "";
    if (name === undefined) return text ? styles().textStyle(0) : 0;
    return styles().specStyle(spec.styles[name], text);
  };
}

const STATE = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

/** Every table part in the package (by content type or by a sheet's relationship). */
async function existingTables(pkg: XlsxPackage, parts: PartStore): Promise<{ path: string; name: string; id: number }[]> {
  const paths = new Set<string>();
  for (const rels of pkg.relationships.values()) {
    for (const rel of rels) if (isRelType(rel, "table") && !rel.external) paths.add(rel.target);
  }
  const types = await parts.text("[Content_Types].xml");
  if (types) {
    for (const m of types.matchAll(/PartName\s*=\s*["']\/?([^"']+)["'][^>]*ContentType\s*=\s*["'][^"']*spreadsheetml\.table\+xml/g)) paths.add(m[1]);
  }
  const out: { path: string; name: string; id: number }[] = [];
  for (const path of paths) {
    const xml = await parts.text(path);
    if (xml === undefined) continue;
    try {
      const facts = tableFacts(xml);
      out.push({ path, name: facts.name, id: facts.id });
    } catch {
      // An unreadable table part names nothing we could clash with.
    }
  }
  return out;
}

// ---------------------------------------------------------------- tables, styles, calcChain

async function growTables(
  pkg: XlsxPackage,
  parts: PartStore,
  writes: readonly RangeWrite[],
  sheetOf: (name: string) => SheetEntry | undefined,
  created: CreatedSheet[],
): Promise<void> {
  const lastRows = new Map<string, number>();
  for (const write of writes) {
    if (!write.growTable) continue;
    const wanted = write.growTable.toLowerCase();
    const made = created.find((c) => c.spec.name.toLowerCase() === write.sheet.toLowerCase());
    let path: string | undefined;
    if (made) path = made.spec.table?.toLowerCase() === wanted ? made.tablePath : undefined;
    else {
      const entry = sheetOf(write.sheet)!;
      for (const rel of pkg.relationships.get(entry.path) ?? []) {
        if (!isRelType(rel, "table") || rel.external) continue;
        const xml = pkg.texts.get(rel.target);
        if (xml !== undefined && tableFacts(xml).name.toLowerCase() === wanted) path = rel.target;
      }
    }
    // Like Office.js, a table that is not there leaves the write as a plain write.
    if (!path) continue;
    const xml = (await parts.text(path))!;
    const ref = tableFacts(xml).ref;
    if (!ref) continue;
    const bounds = parseRange(ref);
    const start = parseCell(write.address);
    const lastColumn = start.column + write.values[0].length - 1;
    if (lastColumn < bounds.firstColumn || start.column > bounds.lastColumn) continue;
    const lastRow = start.row + write.values.length - 1;
    lastRows.set(path, Math.max(lastRows.get(path) ?? 0, lastRow));
  }
  for (const [path, lastRow] of lastRows) {
    const next = growTable((await parts.text(path))!, lastRow);
    if (next !== undefined) parts.set(path, next);
  }
}

async function addStylesPart(pkg: XlsxPackage, parts: PartStore, book: StyleBook, wbDir: string, wbRelsPath: string): Promise<void> {
  let path = `${wbDir}styles.xml`;
  for (let n = 1; parts.exists(path); n++) path = `${wbDir}styles${n}.xml`;
  parts.set(path, book.toXml());
  const rels = await parts.text(wbRelsPath);
  const [id] = freshRelationshipIds(relationshipIds(rels), 1);
  parts.set(wbRelsPath, addRelationships(rels, [{ id, type: REL_TYPE.styles, target: relativeTarget(pkg.workbookPath, path) }]));
  await editContentTypes(parts, (xml) => addContentTypes(xml, [{ partName: `/${path}`, contentType: CONTENT_TYPE.styles }]));
}

async function dropCalcChainEntries(pkg: XlsxPackage, parts: PartStore, cleared: Map<string, Set<string>>, wbRelsPath: string): Promise<void> {
  const rel = (pkg.relationships.get(pkg.workbookPath) ?? []).find((r) => isRelType(r, "calcChain") && !r.external);
  if (!rel) return;
  const xml = await parts.text(rel.target);
  if (xml === undefined) return;
  const { xml: next, remaining } = removeCalcChainCells(xml, cleared);
  if (remaining > 0) {
    if (next !== xml) parts.set(rel.target, next);
    return;
  }
  parts.remove(rel.target);
  const rels = await parts.text(wbRelsPath);
  if (rels !== undefined) parts.set(wbRelsPath, removeRelationship(rels, rel.id));
  await editContentTypes(parts, (types) => removeContentType(types, `/${rel.target}`));
}

async function editContentTypes(parts: PartStore, edit: (xml: string) => string): Promise<void> {
  const xml = await parts.text("[Content_Types].xml");
  if (xml === undefined) throw new WorkbookWriteError("The package has no [Content_Types].xml part.");
  parts.set("[Content_Types].xml", edit(xml));
}

const FORMULA = /<(?:[A-Za-z_][\w.-]*:)?f[\s>/]/;

/** Whether any worksheet holds a formula (whose cached result a write could make stale). */
function hasFormulas(pkg: XlsxPackage): boolean {
  return pkg.sheets.some((s) => s.kind === "worksheet" && FORMULA.test(pkg.texts.get(s.path) ?? ""));
}

// ---------------------------------------------------------------- shared strings

/** Finds one `<si>` of the shared strings part without parsing the rest. */
class SharedStringIndex {
  private starts: number[] | undefined;

  constructor(private readonly xml: string | undefined) {}

  item(index: number) {
    if (this.xml === undefined || index < 0) return undefined;
    if (!this.starts) {
      this.starts = [];
      const tags = new TagScanner(this.xml);
      while (tags.next()) if (tags.is("si") && !tags.closing) this.starts.push(tags.tagStart);
    }
    const start = this.starts[index];
    if (start === undefined) return undefined;
    const end = index + 1 < this.starts.length ? this.starts[index + 1] : this.xml.length;
    // The slice runs to the next item (or the end of the part); the item ends at its own end tag.
    const slice = this.xml.slice(start, end);
    const element = rootElement(slice);
    return { xml: slice.slice(0, element.end), element };
  }
}

// ---------------------------------------------------------------- the package being built

/** The package's parts as edited so far: changed, added and removed, over the opened package. */
class PartStore {
  private readonly edited = new Map<string, string>();
  private readonly removed = new Set<string>();
  private readonly index: PartIndex;

  constructor(private readonly pkg: XlsxPackage) {
    this.index = new PartIndex(pkg.parts);
  }

  /** Part names: the package's, less removed ones, plus added ones. */
  names(): string[] {
    return [...this.pkg.parts.filter((p) => !this.removed.has(p)), ...[...this.edited.keys()].filter((p) => this.index.find(p) === undefined)];
  }

  exists(path: string): boolean {
    if (this.edited.has(path)) return true;
    const name = this.index.find(path);
    return name !== undefined && !this.removed.has(name);
  }

  async text(path: string): Promise<string | undefined> {
    const edited = this.edited.get(path);
    if (edited !== undefined) return edited;
    const name = this.index.find(path);
    if (name === undefined || this.removed.has(name)) return undefined;
    const known = this.pkg.texts.get(path) ?? this.pkg.texts.get(name);
    if (known !== undefined) return known;
    return decodeText(await this.pkg.archive.read(name));
  }

  set(path: string, text: string): void {
    this.edited.set(path, text);
  }

  remove(path: string): void {
    const name = this.index.find(path);
    if (name !== undefined) this.removed.add(name);
    this.edited.delete(path);
  }

  report(): Omit<WriteReport, "createdSheets"> {
    const changed: string[] = [];
    const added: string[] = [];
    for (const path of this.edited.keys()) {
      const name = this.index.find(path);
      if (name === undefined) added.push(path);
      else changed.push(name);
    }
    return { changed: changed.sort(), added: added.sort(), removed: [...this.removed].sort() };
  }

  /** The new package's bytes: the input's zip with edited parts replaced; the rest keeps its compressed bytes. */
  async build(input: Uint8Array): Promise<Uint8Array> {
    const zip = await JSZip.loadAsync(input);
    for (const name of this.removed) zip.remove(name);
    for (const [path, text] of this.edited) {
      const name = this.index.find(path) ?? path;
      const old = zip.files[name];
      // Encoded here (natively) rather than by JSZip's own UTF-8 encoder, which is slow on large parts.
      zip.file(name, new TextEncoder().encode(asUtf8Declared(text)), { createFolders: false, date: old?.date, binary: true });
    }
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
  }
}

/** A part's text: UTF-8 (a BOM dropped) or UTF-16 with a BOM, as the reader decodes parts. */
/** Parts are written as UTF-8: a part read from UTF-16 must not keep declaring UTF-16. */
function asUtf8Declared(text: string): string {
  return text.replace(/^(<\?xml[^?]*encoding\s*=\s*["'])utf-16(?:[lb]e)?(["'])/i, "$1UTF-8$2");
}

// ---------------------------------------------------------------- paths

/** `xl/workbook.xml` → `xl/`. */
function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf("/") + 1);
}

/** The relationship target from part `from` to part `to` (`../tables/table2.xml`). */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => ".."), ...b.slice(common)].join("/");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
