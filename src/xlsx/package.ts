/**
 * Opens an .xlsx package from bytes: refuses what cannot be read with a message fit for the user,
 * follows relationships from `_rels/.rels` to the workbook, its sheets, shared strings, styles and
 * each sheet's tables, and keeps the zip and every part it read so a writer can edit in place.
 * No file system access here, so this also runs in the browser.
 */
import { WorkbookReadError } from "../plan/port";
import { PartIndex, isRelType, parseRelationships, relationshipsPathOf, type Relationship } from "./parts";
import { parseSharedStrings } from "./shared-strings";
import { parseStyles, type StyleTable } from "./styles";
import { attr, child, children, isTrue, parseXml, rootStartTag } from "./xml";
import { unzipWithJsZip, type Unzip, type ZipArchive } from "./zip";

export type SheetState = "visible" | "hidden" | "veryHidden";
export type SheetKind = "worksheet" | "chartsheet" | "other";

/** A `<sheet>` of the workbook, in tab order, with the part it points to. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  /** The `r:id` linking the sheet to its part in the workbook's relationships. */
  relId: string;
  /** The sheet part's path in the zip, e.g. `xl/worksheets/sheet2.xml`. */
  path: string;
  state: SheetState;
  /** Dialog and macro sheets are `other`: they hold no cells the jobs use. */
  kind: SheetKind;
}

/** An opened package and everything read from it. */
export interface XlsxPackage {
  /** The name used in messages (a path or a file name), when known. */
  fileName?: string;
  /** The zip archive, for parts not read while opening. */
  archive: ZipArchive;
  /** How the archive was opened (the writer re-opens what it wrote the same way). */
  unzip: Unzip;
  /** Every part (zip entry that is not a folder), as named in the zip. */
  parts: readonly string[];
  workbookPath: string;
  /**
   * The workbook uses the 1904 date system. Cell values keep the file's own serials, as Office.js
   * returns them; the formatter uses this flag, and the core should be told when it is set.
   */
  date1904: boolean;
  /**
   * Saved as Strict Open XML (ISO/IEC 29500 Strict: other namespace and relationship URIs, the
   * same structure). Read as any workbook; the writer refuses to change it (see writer.ts).
   */
  strict: boolean;
  /** All sheets in tab order. */
  sheets: readonly SheetEntry[];
  sharedStringsPath?: string;
  sharedStrings: readonly string[];
  stylesPath?: string;
  styles: StyleTable;
  /** Relationships read while opening, by source part path (`""` is the package itself). */
  relationships: ReadonlyMap<string, readonly Relationship[]>;
  /** Text of the parts read while opening (workbook, worksheets, tables…), by part path. */
  texts: ReadonlyMap<string, string>;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const STRICT_NAMESPACE = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const STRICT_RELATIONSHIPS = "http://purl.oclc.org/ooxml/officeDocument/relationships/";
const SAVE_AS = "Open it in Excel and save it as an Excel Workbook (.xlsx).";

/**
 * Opens an .xlsx (or .xlsm) package; throws `WorkbookReadError` when it cannot be read. `unzip`
 * defaults to JSZip's reader, which also runs in the browser (Node callers pass `unzipWithZlib`).
 */
export async function openXlsxPackage(bytes: Uint8Array | ArrayBuffer, fileName?: string, unzip: Unzip = unzipWithJsZip): Promise<XlsxPackage> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  const subject = fileName ? `"${fileName}"` : "The file";
  const refuse = (problem: string): never => {
    throw new WorkbookReadError(`${subject} ${problem}`);
  };
  if (OLE_MAGIC.every((byte, i) => data[i] === byte)) {
    refuse(
      "is password-protected or an old-format .xls workbook. Open it in Excel and save it as an Excel Workbook (.xlsx) without a password.",
    );
  }
  let archive: ZipArchive;
  try {
    archive = await unzip(data);
  } catch {
    return refuse(`is not an Excel workbook: it is not a zip package as .xlsx files are. ${SAVE_AS}`);
  }
  try {
    return await readPackage(archive, unzip, refuse, fileName);
  } catch (error) {
    if (error instanceof WorkbookReadError) throw error;
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return refuse(`is damaged and cannot be read (${reason}).`);
  }
}

async function readPackage(archive: ZipArchive, unzip: Unzip, refuse: (problem: string) => never, fileName?: string): Promise<XlsxPackage> {
  const parts = archive.names;
  const index = new PartIndex(parts);
  const texts = new Map<string, string>();
  const relationships = new Map<string, Relationship[]>();
  const read = async (path: string): Promise<string | undefined> => {
    const name = index.find(path);
    if (name === undefined) return undefined;
    let text: string;
    try {
      text = decodeText(await archive.read(name));
    } catch {
      return refuse(`is damaged: its part ${name} cannot be unpacked.`);
    }
    texts.set(path, text);
    return text;
  };
  const readRelationships = async (source: string): Promise<Relationship[]> => {
    const xml = await read(relationshipsPathOf(source));
    const rels = xml === undefined ? [] : parseRelationships(xml, source);
    relationships.set(source, rels);
    return rels;
  };
  const notAWorkbook = (why: string) => refuse(`is a zip file but not an Excel workbook (${why}).`);
  const binary = () => refuse(`is a binary workbook (.xlsb), which cannot be read. ${SAVE_AS}`);

  const root = await readRelationships("");
  const main = root.find((rel) => isRelType(rel, "officeDocument") && !rel.external);
  if (!main) {
    if (index.find("xl/workbook.bin")) binary();
    return notAWorkbook(texts.has("_rels/.rels") ? "it names no main document" : "it has no _rels/.rels part");
  }
  const workbookPath = main.target;
  if (/\.bin$/i.test(workbookPath)) binary();
  const workbookXml = await read(workbookPath);
  if (workbookXml === undefined) return notAWorkbook(`its main part ${workbookPath} is missing`);
  const rootTag = rootStartTag(workbookXml);
  // Strict names its namespaces and relationship types differently; tags and types are matched
  // by local name (xml.ts, isRelType), so it reads like any workbook.
  const strict = main.type.startsWith(STRICT_RELATIONSHIPS) || rootTag.includes(STRICT_NAMESPACE);
  if (!/^<(?:[\w.-]+:)?workbook[\s/>]/.test(rootTag)) {
    return notAWorkbook(`its main part is ${workbookPath}`);
  }

  const workbook = child(parseXml(workbookXml), "workbook");
  const date1904 = isTrue(attr(child(workbook, "workbookPr"), "date1904"));
  const workbookRels = await readRelationships(workbookPath);
  const sheetElements = children(child(workbook, "sheets"), "sheet");
  const sheetRels = sheetRelationships(sheetElements.map((sheet) => attr(sheet, "id") ?? ""), workbookRels);
  const sheets = sheetElements.map((sheet, i): SheetEntry => {
    const name = attr(sheet, "name") ?? "";
    const relId = attr(sheet, "id") ?? "";
    const rel = sheetRels[i];
    if (!rel || rel.external) return refuse(`is damaged: sheet "${name}" has no part (relationship "${relId}" is missing).`);
    if (/\.bin$/i.test(rel.target)) binary();
    const state = attr(sheet, "state");
    return {
      name,
      sheetId: Number(attr(sheet, "sheetId")),
      relId,
      path: rel.target,
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      kind: isRelType(rel, "worksheet") ? "worksheet" : isRelType(rel, "chartsheet") ? "chartsheet" : "other",
    };
  });

  const sharedStringsPath = workbookRels.find((rel) => isRelType(rel, "sharedStrings"))?.target;
  const stylesPath = workbookRels.find((rel) => isRelType(rel, "styles"))?.target;
  const sharedStrings = parseSharedStrings(sharedStringsPath ? await read(sharedStringsPath) : undefined);
  const styles = parseStyles(stylesPath ? await read(stylesPath) : undefined);

  for (const sheet of sheets) {
    if (sheet.kind !== "worksheet") continue;
    if ((await read(sheet.path)) === undefined) {
      refuse(`is damaged: the part ${sheet.path} of sheet "${sheet.name}" is missing.`);
    }
    for (const rel of await readRelationships(sheet.path)) {
      if (isRelType(rel, "table") && !rel.external) await read(rel.target);
    }
  }

  return {
    fileName,
    strict,
    archive,
    unzip,
    parts,
    workbookPath,
    date1904,
    sheets,
    sharedStringsPath,
    sharedStrings,
    stylesPath,
    styles,
    relationships,
    texts,
  };
}

const SHEET_TYPES = ["worksheet", "chartsheet", "dialogsheet", "xlMacrosheet", "xlIntlMacrosheet"];

/**
 * Each `<sheet>`'s relationship, by its `r:id`. Some producers leave `r:id` empty (or repeat an
 * empty `Id` in the relationships): the sheets whose id matches nothing then take the sheet
 * relationships no other sheet claims, in order, as Excel and LibreOffice open them.
 */
function sheetRelationships(ids: readonly string[], rels: readonly Relationship[]): (Relationship | undefined)[] {
  const byId = new Map<string, Relationship>();
  for (const rel of rels) if (rel.id !== "" && !byId.has(rel.id)) byId.set(rel.id, rel);
  const found = ids.map((id) => (id === "" ? undefined : byId.get(id)));
  const unclaimed = rels.filter((rel) => !rel.external && SHEET_TYPES.some((t) => isRelType(rel, t)) && !found.includes(rel));
  return found.map((rel) => rel ?? unclaimed.shift());
}

/**
 * A part's text. Parts are UTF-8 (a BOM is dropped) or, rarely, UTF-16: with a BOM, or without
 * one, when the part starts `<` followed by a zero byte (little-endian) or a zero byte then `<`
 * (XML 1.0 Appendix F.1, detection without a BOM).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}
