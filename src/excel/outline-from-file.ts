/**
 * Row outline levels and cell indents for a snapshot read through the Excel JavaScript API, from
 * the open document's own package.
 *
 * Why the package. Excel's JavaScript API can group rows (`Range.group`) and show levels
 * (`Worksheet.showOutlineLevels`) but has no property that reads a row's outline level: neither
 * `RowProperties` nor `CellPropertiesFormat` carries one
 * (https://learn.microsoft.com/javascript/api/excel/excel.rowproperties,
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-group). The package
 * holds them as `<row outlineLevel>`, and its styles hold each cell's indent; both are read with
 * the file adapter's own code (src/xlsx/sheet-outline.ts), so the two adapters read levels and
 * indents the same way literally. The indent is also readable as `format.indentLevel` through
 * `getCellProperties` (ExcelApi 1.9), but for every cell of the used range that would add about a
 * fifth to the cell sync's payload (which is sized against the web's 5 MB); the package costs no
 * sync at all.
 *
 * When. Once per read, after the cell syncs. There is no cheap test that says a workbook has
 * groups: an expanded group changes nothing the API reports (a collapsed one only hides rows), and
 * a summary row looks like any row with blank owner and status until its level is known. So the
 * package is read whenever some sheet has cells and the host can give it, within `MAX_FILE_BYTES`;
 * the parse itself is a tag scan of the sheets, as the command line does.
 *
 * Fallback. Where the host cannot give the file (Excel on iPad: no requirement set File), refuses
 * (Permission Denied, code 7000), fails (network), or the file is over the cap, levels and indents
 * stay unknown, as before, and a note says why; the core then tells summary rows by what they hold
 * (no owner or status, a numbered `Workstream 2 -` task) or by an `Outline Level` column. A sheet
 * whose cells no longer match the package (edited since the host's copy was made) keeps unknown
 * levels too, with a note: levels from moved rows would mark the wrong rows as headings.
 */
import type { SheetSnapshot, WorkbookSnapshot } from "../plan/snapshot";
import { readDocumentFile, type DocumentHost } from "./document-file";
import type { Supports } from "./office-host";

/** Larger files are not fetched: 50 MB is far beyond any action plan, and the copy is held in memory twice (bytes, then parts). */
export const MAX_FILE_BYTES = 50 * 1_048_576;

const WHY_UNKNOWN = "so grouped (outline) rows and indented task names are not used to find headings; headings are told by what their rows hold.";

function reasonNote(reason: string, detail?: string): string {
  switch (reason) {
    case "unsupported":
      return `This version of Excel cannot give add-ins a copy of the workbook, ${WHY_UNKNOWN}`;
    case "too-large":
      return `The workbook is too large (${detail}) to read its outline, ${WHY_UNKNOWN}`;
    case "denied":
      return `Excel did not allow the add-in to read a copy of the workbook (permission denied), ${WHY_UNKNOWN}`;
    default:
      return `Excel could not give a copy of the workbook${detail ? ` (${detail})` : ""}, ${WHY_UNKNOWN}`;
  }
}

/**
 * The snapshot with `outlineLevels` and `indentLevels` from the document's package where they
 * can be read, and notes where they cannot. `document` undefined means no Office host at all
 * (tests, a plain browser): the snapshot is returned as it was, with no note.
 */
export async function withOutlineLevels(snapshot: WorkbookSnapshot, document: DocumentHost | undefined, supports: Supports, maxBytes = MAX_FILE_BYTES): Promise<WorkbookSnapshot> {
  if (!document) return snapshot;
  const withCells = snapshot.sheets.filter((s) => s.address !== "");
  if (withCells.length === 0) return snapshot;
  const note = (text: string): WorkbookSnapshot => ({ ...snapshot, notes: [...(snapshot.notes ?? []), text] });
  if (!supports("File", "1.1")) return note(reasonNote("unsupported"));
  const file = await readDocumentFile(document, maxBytes);
  if (!file.ok) return note(reasonNote(file.reason, file.detail));
  let outlines;
  try {
    // The package reader (JSZip and the sheet scanner) is a chunk of its own, fetched at the first
    // read, so the pane's first view does not wait for it.
    const { readSheetOutlines } = await import(/* webpackChunkName: "sheet-outline" */ "../xlsx/sheet-outline");
    outlines = await readSheetOutlines(file.bytes, withCells);
  } catch {
    return note(reasonNote("failed", "its copy could not be read as a workbook"));
  }
  const notes: string[] = [];
  const sheets = snapshot.sheets.map((sheet): SheetSnapshot => {
    const found = outlines.get(sheet.name);
    if (!found || found.kind === "missing") return sheet;
    if (found.kind === "stale") {
      notes.push(
        `Sheet "${sheet.name}" has changed since Excel last saved the workbook, so its grouped (outline) rows and indented task names are not used to find headings; save the workbook and read it again to use them.`,
      );
      return sheet;
    }
    return {
      ...sheet,
      ...(found.outlineLevels ? { outlineLevels: found.outlineLevels } : {}),
      ...(found.indentLevels ? { indentLevels: found.indentLevels } : {}),
    };
  });
  const allNotes = [...(snapshot.notes ?? []), ...notes];
  return { ...snapshot, sheets, ...(allNotes.length > 0 ? { notes: allNotes } : {}) };
}
