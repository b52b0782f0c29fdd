/**
 * Surgical edits of XML parts: find elements by their position in the text, then splice new
 * text in, so everything the edit does not touch (namespace declarations, `mc:Ignorable`,
 * `extLst`, unknown attributes, white space, quoting) stays exactly as the file had it.
 * Tags are found with the project's one tokenizer (tag-scanner.ts: comments, CDATA sections,
 * processing instructions and a DOCTYPE are skipped, and a `>` inside a value does not end a
 * tag); values are decoded with its one decoder (xml.ts).
 */
import { skipMarkup, tagEnd } from "./tag-scanner";
import { decodeXml } from "./xml";

/** One element as it sits in the text. */
export interface XmlElement {
  /** The qualified name as written, e.g. `x:sheet`. */
  name: string;
  /** The prefix with its colon (`x:`), or `""`. */
  prefix: string;
  local: string;
  /** Index of the `<` of its start tag. */
  start: number;
  /** Index just after the `>` of its start tag. */
  openEnd: number;
  /** Index of the `<` of its end tag; `openEnd` when self-closing. */
  closeStart: number;
  /** Index just after the element. */
  end: number;
  selfClosing: boolean;
}

/** A replacement of the text `start`..`end` by `text`. */
export interface Splice {
  start: number;
  end: number;
  text: string;
}

interface Tag {
  kind: "open" | "close";
  name: string;
  start: number;
  end: number;
  selfClosing: boolean;
}

/** The next start or end tag at or after `from` (before `limit`), skipping everything else. */
function nextTag(xml: string, from: number, limit: number): Tag | undefined {
  let i = from;
  while (i < limit) {
    const lt = xml.indexOf("<", i);
    if (lt < 0 || lt >= limit) return undefined;
    const skipped = skipMarkup(xml, lt);
    if (skipped < 0) throw new Error(`unterminated markup at ${lt}`);
    if (skipped !== lt) {
      i = skipped;
      continue;
    }
    const closing = xml.charCodeAt(lt + 1) === 47; /* / */
    let j = closing ? lt + 2 : lt + 1;
    const nameStart = j;
    while (j < xml.length) {
      const ch = xml.charCodeAt(j);
      if (ch <= 32 || ch === 47 || ch === 62) break;
      j++;
    }
    const name = xml.slice(nameStart, j);
    j = tagEnd(xml, j);
    if (j < 0) throw new Error(`unterminated tag <${name} at ${lt}`);
    return { kind: closing ? "close" : "open", name, start: lt, end: j + 1, selfClosing: !closing && xml.charCodeAt(j - 1) === 47 };
  }
  return undefined;
}

function elementFrom(xml: string, tag: Tag): XmlElement {
  const colon = tag.name.indexOf(":");
  const base = {
    name: tag.name,
    prefix: colon < 0 ? "" : tag.name.slice(0, colon + 1),
    local: colon < 0 ? tag.name : tag.name.slice(colon + 1),
    start: tag.start,
    openEnd: tag.end,
    selfClosing: tag.selfClosing,
  };
  if (tag.selfClosing) return { ...base, closeStart: tag.end, end: tag.end };
  let depth = 1;
  let at = tag.end;
  for (;;) {
    const next = nextTag(xml, at, xml.length);
    if (!next) throw new Error(`<${tag.name}> is not closed`);
    at = next.end;
    if (next.kind === "open") {
      if (!next.selfClosing) depth++;
    } else if (--depth === 0) {
      if (next.name !== tag.name) throw new Error(`<${tag.name}> is closed by </${next.name}>`);
      return { ...base, closeStart: next.start, end: next.end };
    }
  }
}

/**
 * The document's root element. Its end is found from the end of the text, so a large part
 * (a worksheet) is not tokenized just to find it.
 */
export function rootElement(xml: string): XmlElement {
  const tag = nextTag(xml, 0, xml.length);
  if (!tag || tag.kind !== "open") throw new Error("no root element");
  if (tag.selfClosing) return elementFrom(xml, tag);
  const closeStart = xml.lastIndexOf(`</${tag.name}`);
  const end = closeStart < tag.end ? -1 : xml.indexOf(">", closeStart);
  if (end < 0) throw new Error(`<${tag.name}> is not closed`);
  const colon = tag.name.indexOf(":");
  return {
    name: tag.name,
    prefix: colon < 0 ? "" : tag.name.slice(0, colon + 1),
    local: colon < 0 ? tag.name : tag.name.slice(colon + 1),
    start: tag.start,
    openEnd: tag.end,
    closeStart,
    end: end + 1,
    selfClosing: false,
  };
}

/** A lone start tag (`<row r="5" spans="1:3">`), as an element whose content is not known. */
export function tagElement(tag: string): XmlElement {
  const name = /^<([^\s/>]+)/.exec(tag)?.[1];
  if (!name) throw new Error(`not a start tag: ${tag.slice(0, 40)}`);
  const colon = name.indexOf(":");
  return {
    name,
    prefix: colon < 0 ? "" : name.slice(0, colon + 1),
    local: colon < 0 ? name : name.slice(colon + 1),
    start: 0,
    openEnd: tag.length,
    closeStart: tag.length,
    end: tag.length,
    selfClosing: /\/>$/.test(tag),
  };
}

/**
 * The child elements of `parent` (optionally only those named `local`), in order. `from` and
 * `to` narrow the search to a stretch of the parent's content that holds whole elements.
 */
export function childElements(xml: string, parent: XmlElement, local?: string, from = parent.openEnd, to = parent.closeStart): XmlElement[] {
  const out: XmlElement[] = [];
  let at = from;
  for (;;) {
    const tag = nextTag(xml, at, to);
    if (!tag) return out;
    if (tag.kind === "close") throw new Error(`unexpected </${tag.name}>`);
    const element = elementFrom(xml, tag);
    if (local === undefined || element.local === local) out.push(element);
    at = element.end;
  }
}

/** The first child element named `local`. */
export function firstChild(xml: string, parent: XmlElement, local: string): XmlElement | undefined {
  return childElements(xml, parent, local)[0];
}

/** One attribute of a start tag: its qualified name, decoded value and where its raw value sits. */
export interface XmlAttribute {
  name: string;
  value: string;
  /** Index of the white space before the name. */
  leadStart: number;
  valueStart: number;
  valueEnd: number;
}

/** The attributes of `element`'s start tag, in order. */
export function attributesOf(xml: string, element: XmlElement): XmlAttribute[] {
  return parseAttributes(xml, element.start + 1 + element.name.length, element.openEnd);
}

/** The decoded value of attribute `name` (qualified as written) of `element`. */
export function attributeOf(xml: string, element: XmlElement, name: string): string | undefined {
  return attributesOf(xml, element).find((a) => a.name === name)?.value;
}

function parseAttributes(xml: string, from: number, to: number): XmlAttribute[] {
  const out: XmlAttribute[] = [];
  let i = from;
  for (;;) {
    const eq = xml.indexOf("=", i);
    if (eq < 0 || eq >= to) return out;
    const name = xml.slice(i, eq).trim();
    const leadStart = i;
    let q = eq + 1;
    while (q < to && xml.charCodeAt(q) <= 32) q++;
    const quote = xml[q];
    if (quote !== '"' && quote !== "'") return out;
    const close = xml.indexOf(quote, q + 1);
    if (close < 0 || close >= to) return out;
    out.push({ name, value: decodeXml(xml.slice(q + 1, close)), leadStart, valueStart: q + 1, valueEnd: close });
    i = close + 1;
  }
}

/**
 * `element`'s start tag with attributes set (a string value) or removed (`null`); other
 * attributes keep their text and order, a new one is added at the end.
 */
export function withAttributes(xml: string, element: XmlElement, changes: Record<string, string | null>): string {
  const tag = xml.slice(element.start, element.openEnd);
  const attrs = attributesOf(xml, element);
  const splices: Splice[] = [];
  const offset = element.start;
  const additions: string[] = [];
  for (const [name, value] of Object.entries(changes)) {
    const found = attrs.find((a) => a.name === name);
    if (found && value !== null) {
      splices.push({ start: found.valueStart - offset, end: found.valueEnd - offset, text: escapeAttribute(value) });
    } else if (found && value === null) {
      // From the white space before the name to the closing quote.
      splices.push({ start: found.leadStart - offset, end: found.valueEnd - offset + 1, text: "" });
    } else if (value !== null) {
      additions.push(` ${name}="${escapeAttribute(value)}"`);
    }
  }
  if (additions.length > 0) {
    const close = element.selfClosing ? tag.length - 2 : tag.length - 1;
    let at = close;
    while (at > 0 && tag.charCodeAt(at - 1) <= 32) at--;
    splices.push({ start: at, end: at, text: additions.join("") });
  }
  return applySplices(tag, splices);
}

/** Applies non-overlapping splices (in any order) to `text`. */
export function applySplices(text: string, splices: readonly Splice[]): string {
  if (splices.length === 0) return text;
  const sorted = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  const pieces: string[] = [];
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) throw new Error("overlapping edits");
    pieces.push(text.slice(at, s.start), s.text);
    at = s.end;
  }
  pieces.push(text.slice(at));
  return pieces.join("");
}

/** The prefix (without colon) that `element`'s own start tag binds to namespace `uri` (pass the root for a part-wide prefix). */
export function prefixFor(xml: string, element: XmlElement, uri: string): string | undefined {
  for (const a of attributesOf(xml, element)) {
    if (a.name.startsWith("xmlns:") && a.value === uri) return a.name.slice(6);
  }
  return undefined;
}

/** Escapes text for element content. */
export function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Escapes text for a double-quoted attribute value (white space kept as character references). */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}

/**
 * Encodes a cell or shared string for a `<t>` element: XML-escaped, with what XML 1.0 cannot
 * hold (control characters, a carriage return, which parsers turn into a line feed, and lone
 * surrogates) and any literal `_xHHHH_` written as OOXML `_xHHHH_` escapes, which the reader
 * (and Excel) decode back.
 */
export function encodeCellText(text: string): string {
  return escapeText(encodeOoxmlString(text));
}

/**
 * `text` with what XML cannot hold and any literal `_xHHHH_` written as OOXML `_xHHHH_` escapes
 * (not yet XML-escaped): the form of cell text and of names such as table column titles.
 */
export function encodeOoxmlString(text: string): string {
  return text
    .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
    .replace(/[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, (ch) =>
      `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`,
    );
}

const START_TAG = /<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
const END_TAG = /<\/([A-Za-z_][\w.:-]*)\s*>/y;
const BAD_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);)/;

/**
 * Why `xml` is not well-formed, or `undefined` when it is: one root element, tags nested and
 * matched, attribute values quoted without `<`, and every `&` starting a known entity or a
 * character reference. (Names are checked loosely and namespaces not at all: this catches a
 * broken edit fast, it does not replace a validating parser.)
 */
export function wellFormedProblem(xml: string): string | undefined {
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const where = (at: number) => `at character ${at}`;
  for (;;) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (text.includes("&") && BAD_AMPERSAND.test(text)) return `a bare "&" ${where(i)}`;
    if (stack.length === 0 && text.trim() !== "" && text.trim() !== "\uFEFF") return `text outside the root element ${where(i)}`;
    if (lt < 0) break;
    if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt + 4);
      if (end < 0) return `an unterminated comment ${where(lt)}`;
      i = end + 3;
    } else if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt + 9);
      if (end < 0 || stack.length === 0) return `a misplaced CDATA section ${where(lt)}`;
      i = end + 3;
    } else if (xml.startsWith("<?", lt)) {
      const end = xml.indexOf("?>", lt + 2);
      if (end < 0) return `an unterminated processing instruction ${where(lt)}`;
      i = end + 2;
    } else if (xml.startsWith("<!", lt)) {
      if (roots > 0) return `a declaration inside the document ${where(lt)}`;
      i = skipMarkup(xml, lt);
      if (i < 0) return `an unterminated declaration ${where(lt)}`;
    } else if (xml.charCodeAt(lt + 1) === 47) {
      END_TAG.lastIndex = lt;
      const m = END_TAG.exec(xml);
      if (!m) return `a malformed end tag ${where(lt)}`;
      const open = stack.pop();
      if (open !== m[1]) return `</${m[1]}> closes ${open ? `<${open}>` : "nothing"} ${where(lt)}`;
      i = END_TAG.lastIndex;
    } else {
      START_TAG.lastIndex = lt;
      const m = START_TAG.exec(xml);
      if (!m) return `a malformed start tag ${where(lt)}`;
      if (m[2].includes("&") && BAD_AMPERSAND.test(m[2])) return `a bare "&" in an attribute ${where(lt)}`;
      if (stack.length === 0 && ++roots > 1) return `a second root element ${where(lt)}`;
      if (m[3] !== "/") stack.push(m[1]);
      i = START_TAG.lastIndex;
    }
  }
  if (stack.length > 0) return `<${stack[stack.length - 1]}> is not closed`;
  return roots === 1 ? undefined : "no root element";
}
