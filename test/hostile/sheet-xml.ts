import { cellAddress } from "../../src/plan/cells";
import { escapeXml } from "../xlsx/build-package";

/** A cell for a hostile sheet: text, a number, or raw cell XML pieces. */
export type HostileCell = string | number | null | { xml: string };

/** `<sheetData>` rows from a grid starting at A1: strings inline, numbers as numbers. */
export function sheetData(rows: HostileCell[][]): string {
  return rows
    .map((row, r) => {
      const cells = row
        .map((cell, c) => {
          const ref = cellAddress(r + 1, c + 1);
          if (cell === null || cell === "") return "";
          if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
          if (typeof cell === "object") return `<c r="${ref}"${cell.xml}</c>`;
          return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell)}</t></is></c>`;
        })
        .join("");
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
}

/** A small plan: header on row 1 and `n` actions. */
export function planRows(n: number, tweak: (row: HostileCell[], i: number) => HostileCell[] = (r) => r): HostileCell[][] {
  const header: HostileCell[] = ["Ref", "Action", "Owner", "End Date", "Update", "Status"];
  const rows = Array.from({ length: n }, (_, i) => tweak([`A${i + 1}`, `Action ${i + 1}`, "Service Manager", "30/06/2015", `01.06.15 KJ: note ${i + 1}`, "In progress"], i));
  return [header, ...rows];
}
