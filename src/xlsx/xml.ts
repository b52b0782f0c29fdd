/**
 * Small XML helpers for package parts. fast-xml-parser parses the small parts (relationships,
 * workbook, styles, tables); entity decoding is done here because the parser leaves numeric
 * character references (`&#8212;`) undecoded unless HTML entities are switched on.
 */
import { XMLParser } from "fast-xml-parser";

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
 * Parses a part. Element names lose their namespace prefix (some writers use `x:` for
 * SpreadsheetML); elements named in `arrays` always come back as arrays.
 */
export function parseXml(text: string, arrays: ReadonlySet<string>): XmlNode {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (name) => arrays.has(name),
  });
  return parser.parse(text) as XmlNode;
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

// An element with neither attributes nor children parses as a string ("" or its text).
function asNode(value: unknown): XmlNode | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "object") return value as XmlNode;
  return { "#text": String(value) };
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
