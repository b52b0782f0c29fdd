/**
 * Small XML helpers for package parts: the small parts (relationships, workbook, styles, tables,
 * a worksheet's parts outside its cells) are read as trees built on the project's one tokenizer
 * (tag-scanner.ts), and this is the one entity decoder.
 */
import { TagScanner } from "./tag-scanner";

/** A parsed element: attributes under `@name`, child elements by local name (prefixes removed). */
export type XmlNode = { [key: string]: unknown };

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;

/** Decodes the five XML entities and numeric character references. */
export function decodeXml(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    if (body[0] !== "#") return NAMED[body];
    const code = body[1] === "x" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Decodes the `_xHHHH_` escapes OOXML uses in cell strings (`_x000D_` is a carriage return). */
export function decodeOoxmlString(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/**
 * Parses a part into a tree of elements. Element and attribute names lose their namespace
 * prefix (some writers use `x:` for SpreadsheetML); each child name holds the list of those
 * children in document order; attribute values stay raw (`attr` decodes them). Text content
 * is not kept: the small parts carry their data in attributes.
 */
export function parseXml(text: string): XmlNode {
  const root: XmlNode = {};
  const open: XmlNode[] = [root];
  const tags = new TagScanner(text);
  while (tags.next()) {
    if (tags.closing) {
      if (open.length > 1) open.pop();
      continue;
    }
    const node: XmlNode = {};
    tags.attributes((name, length, start, end) => {
      node[`@${tags.slice(name, name + length)}`] = tags.slice(start, end);
    });
    const parent = open[open.length - 1];
    const name = tags.name();
    const siblings = parent[name];
    if (Array.isArray(siblings)) siblings.push(node);
    else parent[name] = [node];
    if (!tags.selfClosing) open.push(node);
  }
  return root;
}

/** An attribute's decoded value. */
export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const raw = node?.[`@${name}`];
  return typeof raw === "string" ? decodeXml(raw) : undefined;
}

/** The child element `name`, when it is an element. */
export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  const value = node?.[name];
  if (Array.isArray(value)) return asNode(value[0]);
  return asNode(value);
}

/** Every child element `name`, in document order. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  const value = node?.[name];
  if (value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((item) => asNode(item) ?? {});
}

function asNode(value: unknown): XmlNode | undefined {
  return value !== null && typeof value === "object" ? (value as XmlNode) : undefined;
}

/** A boolean attribute as OOXML writes it (`1`/`true`). */
export function isTrue(value: string | undefined): boolean {
  return value === "1" || value === "true";
}

/** The start tag of the document's root element, for namespace checks. */
export function rootStartTag(text: string): string {
  const match = /<(?![?!])[^>]*>/.exec(text);
  return match ? match[0] : "";
}
