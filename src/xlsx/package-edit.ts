/**
 * Edits of the package's small structural parts, each a function from a part's text to its new
 * text: content types, relationships, the workbook's sheet list and calculation settings, the
 * extended properties' sheet titles, the calculation chain, and table parts. Every edit splices
 * into the part's own text, so whatever else the part holds is kept as written.
 */
import { InvalidChangeError } from "../plan/change-set";
import { parseRange, rangeAddress } from "../plan/cells";
import {
  applySplices,
  attributeOf,
  attributesOf,
  childElements,
  encodeOoxmlString,
  escapeAttribute,
  escapeText,
  firstChild,
  prefixFor,
  rootElement,
  withAttributes,
  type Splice,
  type XmlElement,
} from "./xml-edit";
import { decodeXml } from "./xml";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const REL_TYPE = {
  worksheet: `${REL_NS}/worksheet`,
  table: `${REL_NS}/table`,
  styles: `${REL_NS}/styles`,
  drawing: `${REL_NS}/drawing`,
  chart: `${REL_NS}/chart`,
};
export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

const XML_DECLARATION = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;

// ---------------------------------------------------------------- content types

/** `[Content_Types].xml` with an `<Override>` per new part (and a `rels` default if it lacked one). */
export function addContentTypes(xml: string, overrides: { partName: string; contentType: string }[]): string {
  const root = rootElement(xml);
  const p = root.prefix;
  const children = root.selfClosing ? [] : childElements(xml, root);
  const known = new Set(
    children.filter((c) => c.local === "Override").map((c) => (attributeOf(xml, c, "PartName") ?? "").toLowerCase()),
  );
  const hasRelsDefault = children.some(
    (c) => c.local === "Default" && (attributeOf(xml, c, "Extension") ?? "").toLowerCase() === "rels",
  );
  let added = "";
  if (!hasRelsDefault && overrides.some((o) => o.partName.toLowerCase().endsWith(".rels"))) {
    added += `<${p}Default Extension="rels" ContentType="${CONTENT_TYPE.relationships}"/>`;
  }
  for (const o of overrides) {
    if (o.partName.toLowerCase().endsWith(".rels")) continue;
    if (known.has(o.partName.toLowerCase())) continue;
    added += `<${p}Override PartName="${escapeAttribute(o.partName)}" ContentType="${escapeAttribute(o.contentType)}"/>`;
  }
  return appendChildren(xml, root, added);
}

/** `xml` without the root's `<name>` children whose `attribute` passes `matches`; nothing else moves. */
function removeChildren(xml: string, name: string, attribute: string, matches: (value: string | undefined) => boolean): string {
  const root = rootElement(xml);
  if (root.selfClosing) return xml;
  const splices = childElements(xml, root, name)
    .filter((c) => matches(attributeOf(xml, c, attribute)))
    .map((c) => ({ start: c.start, end: c.end, text: "" }));
  return applySplices(xml, splices);
}

/** `[Content_Types].xml` without the `<Override>` of `partName` (OPC part names compare case-insensitively). */
export function removeContentType(xml: string, partName: string): string {
  return removeChildren(xml, "Override", "PartName", (name) => (name ?? "").toLowerCase() === partName.toLowerCase());
}

// ---------------------------------------------------------------- relationships

export interface NewRelationship {
  id: string;
  type: string;
  target: string;
}

/** Ids not in `taken`, `rId<n>` above the highest `rId<n>` there. */
export function freshRelationshipIds(taken: Iterable<string>, count: number): string[] {
  const used = new Set([...taken].map((id) => id.toLowerCase()));
  let n = 0;
  for (const id of used) {
    const m = /^rid(\d+)$/.exec(id);
    if (m) n = Math.max(n, Number(m[1]));
  }
  const out: string[] = [];
  while (out.length < count) {
    n++;
    if (!used.has(`rid${n}`)) out.push(`rId${n}`);
  }
  return out;
}

/** A relationships part with `rels` added; a new part when `xml` is undefined. */
export function addRelationships(xml: string | undefined, rels: NewRelationship[]): string {
  const elements = (p: string) =>
    rels.map((r) => `<${p}Relationship Id="${escapeAttribute(r.id)}" Type="${escapeAttribute(r.type)}" Target="${escapeAttribute(r.target)}"/>`).join("");
  if (xml === undefined) return `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_REL_NS}">${elements("")}</Relationships>`;
  const root = rootElement(xml);
  return appendChildren(xml, root, elements(root.prefix));
}

/** A relationships part without relationship `id`. */
export function removeRelationship(xml: string, id: string): string {
  return removeChildren(xml, "Relationship", "Id", (value) => value === id);
}

// ---------------------------------------------------------------- workbook

export interface NewSheetEntry {
  name: string;
  sheetId: number;
  relId: string;
  state: "visible" | "hidden" | "veryHidden";
}

/** `workbook.xml` with `<sheet>` elements appended to `<sheets>` (the end of the tab order). */
export function addSheetEntries(xml: string, sheets: NewSheetEntry[]): string {
  const root = rootElement(xml);
  const list = firstChild(xml, root, "sheets");
  if (!list) throw new Error("the workbook has no <sheets> list");
  const p = list.prefix;
  // The relationships namespace is usually declared on the root as `r`; otherwise declare it here.
  const bound = prefixFor(xml, root, REL_NS);
  const idAttr = bound ? `${bound}:id` : "r:id";
  const declare = bound ? "" : ` xmlns:r="${REL_NS}"`;
  const elements = sheets
    .map((s) => {
      const state = s.state === "visible" ? "" : ` state="${s.state}"`;
      return `<${p}sheet${declare} name="${escapeAttribute(s.name)}" sheetId="${s.sheetId}"${state} ${idAttr}="${escapeAttribute(s.relId)}"/>`;
    })
    .join("");
  return appendChildren(xml, list, elements);
}

/** Whether the workbook's structure is protected (sheets cannot be added). */
export function locksStructure(xml: string): boolean {
  const root = rootElement(xml);
  const protection = root.selfClosing ? undefined : firstChild(xml, root, "workbookProtection");
  const value = protection ? attributeOf(xml, protection, "lockStructure") : undefined;
  return value === "1" || value === "true";
}

/** Names defined in the workbook (`<definedName name>`), which a new table's name must not repeat. */
export function definedNames(xml: string): string[] {
  const root = rootElement(xml);
  const names = root.selfClosing ? undefined : firstChild(xml, root, "definedNames");
  if (!names || names.selfClosing) return [];
  return childElements(xml, names, "definedName").map((n) => attributeOf(xml, n, "name") ?? "");
}

/** A name defined in the workbook, as `addDefinedNames` writes it. */
export interface NewDefinedName {
  name: string;
  /** The 0-based position among all sheets of the sheet the name belongs to. */
  localSheetId?: number;
  formula: string;
}

/** `workbook.xml` with names added to `<definedNames>` (which is created where the schema puts it). */
export function addDefinedNames(xml: string, names: NewDefinedName[]): string {
  if (names.length === 0) return xml;
  const root = rootElement(xml);
  const existing = root.selfClosing ? undefined : firstChild(xml, root, "definedNames");
  const p = existing?.prefix ?? firstChild(xml, root, "sheets")?.prefix ?? root.prefix;
  const elements = names
    .map((n) => {
      const local = n.localSheetId === undefined ? "" : ` localSheetId="${n.localSheetId}"`;
      return `<${p}definedName name="${escapeAttribute(n.name)}"${local}>${escapeText(n.formula)}</${p}definedName>`;
    })
    .join("");
  if (existing) return appendChildren(xml, existing, elements);
  // <definedNames> follows these elements of CT_Workbook.
  const before = new Set(["fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups", "externalReferences"]);
  const children = root.selfClosing ? [] : childElements(xml, root);
  const next = children.find((c) => !before.has(c.local));
  const at = next ? next.start : root.closeStart;
  return applySplices(xml, [{ start: at, end: at, text: `<${p}definedNames>${elements}</${p}definedNames>` }]);
}

/** A sheet name as a formula writes it: `'RAG 2015-06-08'` (quoted, inner quotes doubled). */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * `workbook.xml` asking Excel to recalculate every formula when the file is next opened, so
 * results that depend on written cells are not left stale; `undefined` when already asked.
 */
export function withFullCalcOnLoad(xml: string): string | undefined {
  const root = rootElement(xml);
  const calcPr = root.selfClosing ? undefined : firstChild(xml, root, "calcPr");
  if (calcPr) {
    const now = attributeOf(xml, calcPr, "fullCalcOnLoad");
    if (now === "1" || now === "true") return undefined;
    return applySplices(xml, [{ start: calcPr.start, end: calcPr.openEnd, text: withAttributes(xml, calcPr, { fullCalcOnLoad: "1" }) }]);
  }
  // <calcPr> follows these elements of CT_Workbook; anything after them comes after it.
  const before = new Set([
    "fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets",
    "functionGroups", "externalReferences", "definedNames", "AlternateContent", "absPath", "revisionPtr",
  ]);
  const children = root.selfClosing ? [] : childElements(xml, root);
  const next = children.find((c) => !before.has(c.local));
  const at = next ? next.start : root.closeStart;
  return applySplices(xml, [{ start: at, end: at, text: `<${root.prefix}calcPr fullCalcOnLoad="1"/>` }]);
}

// ---------------------------------------------------------------- extended properties

/**
 * `docProps/app.xml` with `added` sheet names listed after the workbook's worksheets in
 * `TitlesOfParts` and the worksheet count raised in `HeadingPairs`. The worksheet group is the
 * one whose titles are exactly `worksheets` (heading names are localised), or one headed
 * `Worksheets` with their count. `undefined` when the part is not laid out as expected: it is
 * then left alone rather than risk corrupting it (Excel rewrites it on its next save).
 */
export function addWorksheetTitles(xml: string, worksheets: readonly string[], added: readonly string[]): string | undefined {
  try {
    const root = rootElement(xml);
    const pairs = firstChild(xml, root, "HeadingPairs");
    const titles = firstChild(xml, root, "TitlesOfParts");
    const pairVector = pairs && firstChild(xml, pairs, "vector");
    const titleVector = titles && firstChild(xml, titles, "vector");
    if (!pairVector || !titleVector || pairVector.selfClosing || titleVector.selfClosing) return undefined;
    const variants = childElements(xml, pairVector, "variant");
    const lpstrs = childElements(xml, titleVector, "lpstr");
    if (variants.length % 2 !== 0) return undefined;
    if (Number(attributeOf(xml, pairVector, "size")) !== variants.length) return undefined;
    if (Number(attributeOf(xml, titleVector, "size")) !== lpstrs.length) return undefined;
    const textOf = (el: XmlElement | undefined) => (el && !el.selfClosing ? xml.slice(el.openEnd, el.closeStart) : undefined);
    const groups: { name: string; count: number; countElement: XmlElement; offset: number }[] = [];
    let offset = 0;
    for (let k = 0; k < variants.length; k += 2) {
      const name = textOf(firstChild(xml, variants[k], "lpstr"));
      const countElement = firstChild(xml, variants[k + 1], "i4");
      const count = Number(textOf(countElement));
      if (name === undefined || !countElement || !Number.isInteger(count) || count < 0) return undefined;
      groups.push({ name, count, countElement, offset });
      offset += count;
    }
    if (offset !== lpstrs.length) return undefined;
    const titleText = (i: number) => textOf(lpstrs[i]);
    const matches = (g: (typeof groups)[number]) =>
      g.count === worksheets.length && worksheets.every((name, i) => decodeXml(titleText(g.offset + i) ?? "") === name);
    const group = groups.find(matches) ?? groups.find((g) => g.name === "Worksheets" && g.count === worksheets.length);
    if (!group) return undefined;

    const vt = lpstrs[0]?.prefix ?? titleVector.prefix;
    const insert = added.map((name) => `<${vt}lpstr>${escapeText(name)}</${vt}lpstr>`).join("");
    const last = group.offset + group.count - 1;
    const at = group.count > 0 ? lpstrs[last].end : group.offset < lpstrs.length ? lpstrs[group.offset].start : titleVector.closeStart;
    const splices: Splice[] = [
      { start: at, end: at, text: insert },
      { start: titleVector.start, end: titleVector.openEnd, text: withAttributes(xml, titleVector, { size: String(lpstrs.length + added.length) }) },
      { start: group.countElement.openEnd, end: group.countElement.closeStart, text: String(group.count + added.length) },
    ];
    return applySplices(xml, splices);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- calculation chain

/**
 * The calculation chain without the entries of cells that no longer hold formulas
 * (`removals`: sheetId → cell addresses). An entry without `i` belongs to the previous entry's
 * sheet, so an entry that loses its predecessor gets its sheet id written out.
 */
export function removeCalcChainCells(xml: string, removals: ReadonlyMap<string, ReadonlySet<string>>): { xml: string; remaining: number } {
  const root = rootElement(xml);
  if (root.selfClosing) return { xml, remaining: 0 };
  const splices: Splice[] = [];
  let current: string | undefined;
  let kept: string | undefined;
  let remaining = 0;
  for (const c of childElements(xml, root, "c")) {
    const own = attributeOf(xml, c, "i");
    const sheet = own ?? current;
    current = sheet;
    const address = (attributeOf(xml, c, "r") ?? "").replace(/\$/g, "").toUpperCase();
    if (sheet !== undefined && removals.get(sheet)?.has(address)) {
      splices.push({ start: c.start, end: c.end, text: "" });
      continue;
    }
    if (own === undefined && sheet !== kept && sheet !== undefined) {
      splices.push({ start: c.start, end: c.openEnd, text: withAttributes(xml, c, { i: sheet }) });
    }
    kept = sheet;
    remaining++;
  }
  return { xml: applySplices(xml, splices), remaining };
}

// ---------------------------------------------------------------- tables

/** A table part's name (`displayName`, as formulas and Office.js use it), id and ref. */
export function tableFacts(xml: string): { name: string; id: number; ref?: string; totals: boolean } {
  const root = rootElement(xml);
  return {
    name: attributeOf(xml, root, "displayName") ?? attributeOf(xml, root, "name") ?? "",
    id: Number(attributeOf(xml, root, "id")) || 0,
    ref: attributeOf(xml, root, "ref"),
    totals: Number(attributeOf(xml, root, "totalsRowCount") ?? "0") > 0,
  };
}

/**
 * The table part grown down to `lastRow` (its `ref` and its filter's), or `undefined` when it
 * already reaches that row. Refuses a table with a totals row, which rows cannot go below.
 */
export function growTable(xml: string, lastRow: number): string | undefined {
  const root = rootElement(xml);
  const facts = tableFacts(xml);
  if (!facts.ref) throw new InvalidChangeError(`The table "${facts.name}" has no range and cannot grow.`);
  const bounds = parseRange(facts.ref);
  if (lastRow <= bounds.lastRow) return undefined;
  if (facts.totals) {
    throw new InvalidChangeError(`The table "${facts.name}" has a totals row, so rows cannot be added below it. Turn the totals row off first.`);
  }
  const splices: Splice[] = [{ start: root.start, end: root.openEnd, text: withAttributes(xml, root, { ref: rangeAddress({ ...bounds, lastRow }) }) }];
  const filter = root.selfClosing ? undefined : firstChild(xml, root, "autoFilter");
  const filterRef = filter && attributeOf(xml, filter, "ref");
  if (filter && filterRef) {
    const f = parseRange(filterRef);
    if (f.lastRow < lastRow) {
      splices.push({ start: filter.start, end: filter.openEnd, text: withAttributes(xml, filter, { ref: rangeAddress({ ...f, lastRow }) }) });
    }
  }
  return applySplices(xml, splices);
}

/** A new table part over `ref` whose first row holds `columns`. */
export function newTableXml(id: number, name: string, ref: string, columns: readonly string[]): string {
  const cols = columns.map((title, i) => `<tableColumn id="${i + 1}" name="${escapeAttribute(encodeOoxmlString(title))}"/>`).join("");
  return (
    XML_DECLARATION +
    `<table xmlns="${MAIN_NS}" id="${id}" name="${escapeAttribute(name)}" displayName="${escapeAttribute(name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${cols}</tableColumns>` +
    `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

/** A new, empty worksheet part (with a table part link when `tableRelId` is given). */
export function newWorksheetXml(tableRelId?: string): string {
  const tables = tableRelId ? `<tableParts count="1"><tablePart r:id="${tableRelId}"/></tableParts>` : "";
  return (
    XML_DECLARATION +
    `<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><dimension ref="A1"/><sheetData/>` +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${tables}</worksheet>`
  );
}

// ---------------------------------------------------------------- helpers

/** Inserts `text` as the last children of `element` (opening it up if it is self-closing). */
function appendChildren(xml: string, element: XmlElement, text: string): string {
  if (text === "") return xml;
  if (!element.selfClosing) return applySplices(xml, [{ start: element.closeStart, end: element.closeStart, text }]);
  const open = xml.slice(element.start, element.openEnd).replace(/\s*\/>$/, ">");
  return applySplices(xml, [{ start: element.start, end: element.end, text: `${open}${text}</${element.name}>` }]);
}

/** Relationship ids already used in a relationships part. */
export function relationshipIds(xml: string | undefined): string[] {
  if (xml === undefined) return [];
  const root = rootElement(xml);
  if (root.selfClosing) return [];
  return childElements(xml, root, "Relationship").map((r) => attributesOf(xml, r).find((a) => a.name === "Id")?.value ?? "");
}
