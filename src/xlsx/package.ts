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
  const strict = () => refuse(`is saved as Strict Open XML, which cannot be read. ${SAVE_AS}`);

  const root = await readRelationships("");
  const main = root.find((rel) => isRelType(rel, "officeDocument") && !rel.external);
  if (!main) {
    if (index.find("xl/workbook.bin")) binary();
    return notAWorkbook(texts.has("_rels/.rels") ? "it names no main document" : "it has no _rels/.rels part");
  }
  if (main.type.startsWith(STRICT_RELATIONSHIPS)) strict();
  const workbookPath = main.target;
  if (/\.bin$/i.test(workbookPath)) binary();
  const workbookXml = await read(workbookPath);
  if (workbookXml === undefined) return notAWorkbook(`its main part ${workbookPath} is missing`);
  const rootTag = rootStartTag(workbookXml);
  if (rootTag.includes(STRICT_NAMESPACE)) strict();
  if (!/^<(?:[\w.-]+:)?workbook[\s/>]/.test(rootTag)) {
    return notAWorkbook(`its main part is ${workbookPath}`);
  }

  const workbook = child(parseXml(workbookXml), "workbook");
  const date1904 = isTrue(attr(child(workbook, "workbookPr"), "date1904"));
  const workbookRels = await readRelationships(workbookPath);
  const relById = new Map(workbookRels.map((rel) => [rel.id, rel]));
  const sheets = children(child(workbook, "sheets"), "sheet").map((sheet): SheetEntry => {
    const name = attr(sheet, "name") ?? "";
    const relId = attr(sheet, "id") ?? "";
    const rel = relById.get(relId);
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

// Parts are UTF-8 (a BOM is dropped) or, rarely, UTF-16 with a BOM.
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}
