/** Builds small synthetic .xlsx packages for tests, part by part. */
import JSZip from "jszip";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface SyntheticSheet {
  name: string;
  /** `<sheetData>` content, or a whole worksheet part when it starts with `<?xml` or `<worksheet`. */
  body: string;
  state?: "visible" | "hidden" | "veryHidden";
  kind?: "worksheet" | "chartsheet";
  /** Extra relationships of the sheet part (`<Relationship …/>` elements). */
  rels?: string;
  /** Extra parts, by path. */
  parts?: Record<string, string>;
}

export interface SyntheticWorkbook {
  sheets: SyntheticSheet[];
  sharedStrings?: string[];
  /** A whole styles part. */
  styles?: string;
  date1904?: boolean;
  /** Write relationship targets as absolute paths (`/xl/...`). */
  absoluteTargets?: boolean;
  /** Put worksheet parts under this folder instead of `xl/worksheets`. */
  sheetFolder?: string;
}

/** A worksheet part around `sheetData` content and optional trailing elements. */
export function worksheet(sheetData: string, after = "", before = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${before}<sheetData>${sheetData}</sheetData>${after}</worksheet>`;
}

/** A styles part whose `cellXfs` use the given number format codes (index 0 is General). */
export function stylesWith(codes: string[]): string {
  const custom = codes.map((code, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(code)}"/>`).join("");
  const xfs = ['<xf numFmtId="0"/>', ...codes.map((_, i) => `<xf numFmtId="${164 + i}" applyNumberFormat="1"/>`)].join("");
  return `<styleSheet xmlns="${MAIN_NS}"><numFmts count="${codes.length}">${custom}</numFmts><cellXfs count="${codes.length + 1}">${xfs}</cellXfs></styleSheet>`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export async function buildXlsx(spec: SyntheticWorkbook): Promise<Uint8Array> {
  const zip = new JSZip();
  const t = (path: string) => (spec.absoluteTargets ? `/xl/${path}` : path);
  const folder = spec.sheetFolder ?? "worksheets";
  const wbRels: string[] = [];
  const sheetEls: string[] = [];
  spec.sheets.forEach((sheet, i) => {
    const kind = sheet.kind ?? "worksheet";
    const dir = kind === "chartsheet" ? "chartsheets" : folder;
    const file = `${dir}/sheet${i + 1}.xml`;
    wbRels.push(`<Relationship Id="rIdS${i + 1}" Type="${REL_NS}/${kind}" Target="${t(file)}"/>`);
    const state = sheet.state ? ` state="${sheet.state}"` : "";
    sheetEls.push(`<sheet name="${escapeXml(sheet.name)}" sheetId="${i + 1}"${state} r:id="rIdS${i + 1}"/>`);
    const body = /^(<\?xml|<worksheet|<chartsheet|<x:)/.test(sheet.body) ? sheet.body : worksheet(sheet.body);
    zip.file(`xl/${file}`, body);
    if (sheet.rels) {
      zip.file(`xl/${dir}/_rels/sheet${i + 1}.xml.rels`, `<Relationships xmlns="${PKG_REL_NS}">${sheet.rels}</Relationships>`);
    }
    for (const [path, text] of Object.entries(sheet.parts ?? {})) zip.file(path, text);
  });
  if (spec.sharedStrings) {
    const items = spec.sharedStrings.map((s) => (s.startsWith("<") ? `<si>${s}</si>` : `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`));
    zip.file("xl/sharedStrings.xml", `<sst xmlns="${MAIN_NS}" count="${items.length}" uniqueCount="${items.length}">${items.join("")}</sst>`);
    wbRels.push(`<Relationship Id="rIdSst" Type="${REL_NS}/sharedStrings" Target="${t("sharedStrings.xml")}"/>`);
  }
  if (spec.styles) {
    zip.file("xl/styles.xml", spec.styles);
    wbRels.push(`<Relationship Id="rIdSty" Type="${REL_NS}/styles" Target="${t("styles.xml")}"/>`);
  }
  const pr = spec.date1904 ? `<workbookPr date1904="1"/>` : "<workbookPr/>";
  zip.file("xl/workbook.xml", `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${pr}<sheets>${sheetEls.join("")}</sheets></workbook>`);
  zip.file("xl/_rels/workbook.xml.rels", `<Relationships xmlns="${PKG_REL_NS}">${wbRels.join("")}</Relationships>`);
  zip.file(
    "_rels/.rels",
    `<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="${spec.absoluteTargets ? "/xl/workbook.xml" : "xl/workbook.xml"}"/></Relationships>`,
  );
  zip.file("[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`);
  return zip.generateAsync({ type: "uint8array" });
}
