import { cellAddress } from "./cells";
import { SheetGrid } from "./grid";
import type { GlossaryEntry } from "./model";
import type { WorkbookSnapshot } from "./snapshot";
import { normaliseHeader } from "./text";

/** How far down a sheet the glossary's header may sit. */
const GLOSSARY_SEARCH_ROWS = 200;
const INITIALS = /^[A-Za-z][A-Za-z'’]{0,5}$/;

interface GlossaryColumns {
  row: number;
  initials: number;
  fullName: number;
  role?: number;
  email?: number;
}

function findGlossaryHeader(grid: SheetGrid): GlossaryColumns | null {
  const last = Math.min(grid.lastRow, grid.firstRow + GLOSSARY_SEARCH_ROWS - 1);
  for (let row = grid.firstRow; row <= last; row++) {
    const found: Partial<GlossaryColumns> = { row };
    for (let c = grid.firstColumn; c <= grid.lastColumn; c++) {
      const h = normaliseHeader(grid.text(row, c));
      if (h === "initials" || h === "initial") found.initials ??= c;
      else if (h === "full name" || h === "name" || h === "person") found.fullName ??= c;
      else if (h === "role" || h === "job title" || h === "title" || h === "position") found.role ??= c;
      else if (h === "email" || h === "email address" || h === "e mail") found.email ??= c;
    }
    if (found.initials !== undefined && found.fullName !== undefined) return found as GlossaryColumns;
  }
  return null;
}

/**
 * Finds the people glossary (Initials / Full Name / Role) in a workbook: the block under its
 * header, down to the first row without initials, so a following block (Abbreviation / Meaning)
 * is not read as people. Sheets named "Glossary" are searched first.
 */
export function readGlossary(snapshot: WorkbookSnapshot): { entries: GlossaryEntry[]; at?: string } {
  const sheets = [...snapshot.sheets].sort(
    (a, b) => Number(/glossary|people|contacts/i.test(b.name)) - Number(/glossary|people|contacts/i.test(a.name)),
  );
  for (const sheet of sheets) {
    const grid = new SheetGrid(sheet);
    if (grid.isEmpty) continue;
    const header = findGlossaryHeader(grid);
    if (!header) continue;
    const entries: GlossaryEntry[] = [];
    for (let row = header.row + 1; row <= grid.lastRow; row++) {
      const initials = grid.text(row, header.initials);
      if (!INITIALS.test(initials)) break;
      const entry: GlossaryEntry = {
        initials,
        fullName: grid.text(row, header.fullName),
        role: header.role === undefined ? "" : grid.text(row, header.role),
      };
      if (header.email !== undefined && grid.text(row, header.email)) entry.email = grid.text(row, header.email);
      entries.push(entry);
    }
    if (entries.length > 0) return { entries, at: `${sheet.name}!${cellAddress(header.row, header.initials)}` };
  }
  return { entries: [] };
}
