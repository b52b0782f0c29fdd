/**
 * Plans of any size made from the Reading sample's real rows. The preamble and header stay as
 * they are; each workstream keeps its heading row once, and the rows under it (priority headings,
 * outcome lines, actions) are repeated until the workstream holds its share of the actions. Copies
 * after the first get unique refs: `81A` becomes `181A`, `281A` ... (the number grows by a stride
 * larger than any ref number in the sample), so parent refs (`81` of `81A`) still match.
 *
 * The same layout gives both an in-memory snapshot (for the core and the Excel double) and an
 * .xlsx file (for the CLI): the sample's sheet XML with its rows copied and renumbered, merges and
 * styles kept, and changed refs written as inline strings.
 */
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import JSZip from "jszip";
import { readPlan, type CellValue, type SheetSnapshot, type WorkbookSnapshot } from "../../src/plan";
import { XlsxWorkbook } from "../../src/xlsx";
import { REPO } from "./paths";

/** The sample the bench scales (in the repo, so CI has it). */
export const SAMPLE = path.join(REPO, "samples/reading-improvement-plan.xlsx");

/** What the generator needs to know about the sample. */
export interface Sample {
  bytes: Uint8Array;
  snapshot: WorkbookSnapshot;
  /** The plan's sheet. */
  sheet: SheetSnapshot;
  /** Its part in the package, e.g. `xl/worksheets/sheet1.xml`. */
  sheetPath: string;
  sheetXml: string;
  headerRow: number;
  lastRow: number;
  /** 1-based column of the ref. */
  refColumn: number;
  /** Sheet row → the action's ref, for action rows. */
  actionRefs: Map<number, string>;
  /** Rows of workstream headings, ascending. */
  workstreamRows: number[];
  /** Number of actions in the sample. */
  actions: number;
  /** How much a copy adds to a ref's number. */
  stride: number;
}

/** One row of a generated sheet: which sample row it copies, and the ref it gets (action rows). */
export interface LayoutRow {
  source: number;
  ref?: string;
}

/** Reads the sample and finds its plan. */
export async function loadSample(file: string = SAMPLE): Promise<Sample> {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const workbook = await XlsxWorkbook.fromBytes(bytes, path.basename(file));
  const snapshot = await workbook.readSnapshot();
  const read = readPlan(snapshot);
  if (!read.ok) throw new Error(`${file}: ${read.message}`);
  const { plan } = read;
  if (plan.sheets.length !== 1) throw new Error(`${file}: expected a plan on one sheet, found ${plan.sheets.length}.`);
  const planSheet = plan.sheets[0];
  const refColumn = planSheet.columns.ref;
  if (!refColumn) throw new Error(`${file}: the plan has no ref column.`);
  const sheet = snapshot.sheets.find((s) => s.name === planSheet.sheet)!;
  const entry = workbook.pkg.sheets.find((s) => s.name === planSheet.sheet)!;
  const sheetXml = new TextDecoder().decode(await workbook.pkg.archive.read(entry.path));
  const actionRefs = new Map(plan.actions.map((a) => [a.row, a.ref ?? ""]));
  const biggest = Math.max(...plan.actions.map((a) => Number(/^\d+/.exec(a.ref ?? "")?.[0] ?? 0)));
  return {
    bytes,
    snapshot,
    sheet,
    sheetPath: entry.path,
    sheetXml,
    headerRow: planSheet.headerRow,
    lastRow: firstRow(sheet) + sheet.values.length - 1,
    refColumn,
    actionRefs,
    workstreamRows: plan.headings.filter((h) => h.level === "workstream").map((h) => h.row).sort((a, b) => a - b),
    actions: plan.actions.length,
    stride: 10 ** String(Math.max(1, biggest)).length,
  };
}

function firstRow(sheet: SheetSnapshot): number {
  const m = /^[A-Z]+(\d+)/.exec(sheet.address);
  return m ? Number(m[1]) : 1;
}

/** A copy's ref: copy 0 keeps the sample's; later copies add `copy × stride` to its number. */
export function copyRef(ref: string, copy: number, stride: number): string {
  if (copy === 0 || ref === "") return ref;
  const m = /^(\d+)(.*)$/.exec(ref);
  return m ? `${Number(m[1]) + copy * stride}${m[2]}` : `${ref}-${copy + 1}`;
}

/** Each workstream's share of `actions`, in proportion to its actions in the sample, summing exactly. */
function shares(counts: number[], actions: number): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  const exact = counts.map((c) => (c * actions) / total);
  const out = exact.map(Math.floor);
  let left = actions - out.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => ({ i, frac: e - Math.floor(e) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    if (counts[i] > 0) {
      out[i]++;
      left--;
    }
  }
  return out;
}

/** The rows of a plan of `actions` actions, in sheet order from row 1. */
export function layout(sample: Sample, actions: number): LayoutRow[] {
  if (!Number.isInteger(actions) || actions < 1) throw new Error(`A plan needs at least one action (asked for ${actions}).`);
  const rows: LayoutRow[] = [];
  const first = sample.workstreamRows[0] ?? sample.lastRow + 1;
  // Preamble, header, and anything before the first workstream: once, as they are.
  for (let r = 1; r < first; r++) rows.push({ source: r, ref: sample.actionRefs.get(r) });
  const leading = rows.filter((r) => r.ref !== undefined).length;
  const sections = sample.workstreamRows.map((start, i) => {
    const end = (sample.workstreamRows[i + 1] ?? sample.lastRow + 1) - 1;
    const body: number[] = [];
    for (let r = start + 1; r <= end; r++) body.push(r);
    return { start, body, actions: body.filter((r) => sample.actionRefs.has(r)).length };
  });
  const targets = shares(
    sections.map((s) => s.actions),
    Math.max(0, actions - leading),
  );
  sections.forEach((section, i) => {
    rows.push({ source: section.start });
    let emitted = 0;
    for (let copy = 0; emitted < targets[i] || copy === 0; copy++) {
      // Rows between actions wait until an action follows them, or the copy ends: a copy cut
      // short at its share ends on an action, not on a heading with nothing under it.
      let waiting: LayoutRow[] = [];
      let cut = false;
      for (const r of section.body) {
        const ref = sample.actionRefs.get(r);
        if (ref === undefined) {
          waiting.push({ source: r });
          continue;
        }
        if (emitted === targets[i]) {
          cut = true;
          break;
        }
        rows.push(...waiting, { source: r, ref: copyRef(ref, copy, sample.stride) });
        waiting = [];
        emitted++;
      }
      if (!cut) rows.push(...waiting);
      if (section.actions === 0) break;
    }
  });
  return rows;
}

/** Merged areas within one row (`A6:G6`), by row. Areas spanning rows are kept only above the plan's body. */
function rowMerges(sheet: SheetSnapshot, headerRow: number): { byRow: Map<number, string[]>; fixed: string[] } {
  const byRow = new Map<number, string[]>();
  const fixed: string[] = [];
  for (const area of sheet.merged) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(area);
    if (!m) continue;
    const [top, bottom] = [Number(m[2]), Number(m[4])];
    if (top === bottom && top > headerRow) byRow.set(top, [...(byRow.get(top) ?? []), `${m[1]}:${m[3]}`]);
    else if (bottom <= headerRow) fixed.push(area);
  }
  return { byRow, fixed };
}

/** The sample's snapshot with the plan sheet replaced by `rows`. */
export function generateSnapshot(sample: Sample, rows: LayoutRow[]): WorkbookSnapshot {
  const { sheet } = sample;
  const top = firstRow(sheet);
  const width = sheet.values[0]?.length ?? 0;
  const refIndex = sample.refColumn - 1 - (columnNumberOf(sheet.address) - 1);
  const { byRow, fixed } = rowMerges(sheet, sample.headerRow);
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormat: string[][] = [];
  const merged = [...fixed];
  const blank = () => Array.from({ length: width }, () => "");
  rows.forEach((row, i) => {
    const at = row.source - top;
    const v = at >= 0 && at < sheet.values.length ? [...sheet.values[at]] : blank();
    const t = at >= 0 && at < sheet.text.length ? [...sheet.text[at]] : blank();
    const f = at >= 0 && at < sheet.numberFormat.length ? [...sheet.numberFormat[at]] : Array.from({ length: width }, () => "General");
    if (row.ref !== undefined && row.ref !== sample.actionRefs.get(row.source)) {
      v[refIndex] = row.ref;
      t[refIndex] = row.ref;
    }
    values.push(v);
    text.push(t);
    numberFormat.push(f);
    for (const columns of byRow.get(row.source) ?? []) {
      const [a, b] = columns.split(":");
      merged.push(`${a}${i + 1}:${b}${i + 1}`);
    }
  });
  const startColumn = /^([A-Z]+)/.exec(sheet.address)?.[1] ?? "A";
  const endColumn = /:([A-Z]+)\d+$/.exec(sheet.address)?.[1] ?? startColumn;
  const generated: SheetSnapshot = {
    ...sheet,
    // The copied rows start at row 1 (the layout starts there), so the grids start at A1 style too.
    address: `${startColumn}1:${endColumn}${rows.length}`,
    values,
    text,
    numberFormat,
    merged,
    hiddenRows: sheet.hiddenRows === undefined ? undefined : [],
  };
  if (top !== 1) throw new Error("The sample's used range must start in row 1.");
  return { ...sample.snapshot, sheets: sample.snapshot.sheets.map((s) => (s.name === sheet.name ? generated : s)) };
}

function columnNumberOf(address: string): number {
  const letters = /^([A-Z]+)/.exec(address)?.[1] ?? "A";
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The sample's sheet XML split around its rows: `<row>` elements by number. */
function splitSheet(xml: string): { before: string; after: string; rows: Map<number, string> } {
  const open = xml.indexOf("<sheetData");
  const close = xml.indexOf("</sheetData>");
  if (open < 0 || close < 0) throw new Error("The sample's sheet has no <sheetData>.");
  const openEnd = xml.indexOf(">", open) + 1;
  const rows = new Map<number, string>();
  for (const m of xml.slice(openEnd, close).matchAll(/<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g)) {
    const r = /\br="(\d+)"/.exec(m[0]);
    if (r) rows.set(Number(r[1]), m[0]);
  }
  return { before: xml.slice(0, openEnd), after: xml.slice(close), rows };
}

/** The `.xlsx` bytes of a plan laid out as `rows`: the sample with its plan sheet's rows replaced. */
export async function generateXlsx(sample: Sample, rows: LayoutRow[]): Promise<Uint8Array> {
  if (/<f[\s>]/.test(sample.sheetXml)) throw new Error("The sample's plan sheet has formulas; copying rows would break shared formulas.");
  const { before, after, rows: sourceRows } = splitSheet(sample.sheetXml);
  const { byRow, fixed } = rowMerges(sample.sheet, sample.headerRow);
  const refLetter = columnLetterOf(sample.refColumn);
  const parts: string[] = [];
  const merges = [...fixed];
  rows.forEach((row, i) => {
    const n = i + 1;
    for (const columns of byRow.get(row.source) ?? []) {
      const [a, b] = columns.split(":");
      merges.push(`${a}${n}:${b}${n}`);
    }
    const source = sourceRows.get(row.source);
    if (!source) return;
    let xml = source
      .replace(/^<row\b([^>]*?)\br="\d+"/, `<row$1r="${n}"`)
      .replace(/(<c\b[^>]*?\br=")([A-Z]+)\d+"/g, `$1$2${n}"`);
    if (row.ref !== undefined && row.ref !== sample.actionRefs.get(row.source)) {
      const cell = new RegExp(`<c\\b[^>]*?\\br="${refLetter}${n}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
      const found = cell.exec(xml);
      if (!found) throw new Error(`Row ${row.source} of the sample has no ${refLetter} cell.`);
      const style = /\bs="(\d+)"/.exec(found[0]);
      xml = xml.replace(found[0], `<c r="${refLetter}${n}"${style ? ` s="${style[1]}"` : ""} t="inlineStr"><is><t>${escapeXml(row.ref)}</t></is></c>`);
    }
    parts.push(xml);
  });
  const width = /:([A-Z]+)\d+$/.exec(sample.sheet.address)?.[1] ?? "A";
  const head = before.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${width}${rows.length}"/>`);
  let tail = after.replace(/<mergeCells\b[^>]*>[\s\S]*?<\/mergeCells>/, "");
  if (merges.length > 0) {
    const element = `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`;
    // mergeCells follows sheetData (and sheetCalcPr, sheetProtection ... which the sample lacks).
    tail = tail.replace("</sheetData>", `</sheetData>${element}`);
  }
  const zip = await JSZip.loadAsync(sample.bytes);
  zip.file(sample.sheetPath, head + parts.join("") + tail);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

function columnLetterOf(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * The generated .xlsx of a plan of `actions` actions, at `dir`/plan-N.xlsx, made only when missing
 * or made from another sample or generator version (kept in a `.source` file beside it).
 */
export async function xlsxFile(sample: Sample, actions: number, dir: string): Promise<string> {
  const file = path.join(dir, `plan-${actions}.xlsx`);
  const stamp = `${file}.source`;
  const key = `${GENERATOR_VERSION}:${createHash("sha1").update(sample.bytes).digest("hex")}`;
  if (fs.existsSync(file) && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === key) return file;
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(file, await generateXlsx(sample, layout(sample, actions)));
  fs.writeFileSync(stamp, key);
  return file;
}

/** Bump when generateXlsx's output changes, so cached files are made again. */
const GENERATOR_VERSION = "1";
