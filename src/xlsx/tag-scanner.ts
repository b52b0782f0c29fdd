/**
 * The project's one XML tokenizer. `tagEnd` and `skipMarkup` find where a tag and a comment,
 * CDATA section, processing instruction or declaration end (quote-aware: a `>` inside an
 * attribute value does not end its tag); `TagScanner` walks the tags of a part with them, and
 * xml.ts (small parts as trees) and xml-edit.ts (the writer's splices) build on the same two.
 */

/** The index of the `>` that ends the tag whose attributes start at `from`; -1 when unterminated. */
export function tagEnd(xml: string, from: number, limit = xml.length): number {
  for (let i = from; i < limit; i++) {
    const ch = xml.charCodeAt(i);
    if (ch === 62 /* > */) return i;
    if (ch === 34 /* " */ || ch === 39 /* ' */) {
      const close = xml.indexOf(ch === 34 ? '"' : "'", i + 1);
      if (close < 0 || close >= limit) return -1;
      i = close;
    }
  }
  return -1;
}

/**
 * For a `<` that starts a comment, CDATA section, processing instruction or declaration
 * (`<!DOCTYPE …[…]>`), the index just after it; -1 when it is unterminated. A `<` that starts
 * a tag gives `lt` itself.
 */
export function skipMarkup(xml: string, lt: number): number {
  const c = xml.charCodeAt(lt + 1);
  if (c === 63 /* ? */) return after(xml, "?>", lt + 2);
  if (c !== 33 /* ! */) return lt;
  if (xml.startsWith("<!--", lt)) return after(xml, "-->", lt + 4);
  if (xml.startsWith("<![CDATA[", lt)) return after(xml, "]]>", lt + 9);
  let depth = 0;
  for (let j = lt + 2; j < xml.length; j++) {
    const ch = xml.charCodeAt(j);
    if (ch === 91 /* [ */) depth++;
    else if (ch === 93 /* ] */) depth--;
    else if (ch === 62 && depth <= 0) return j + 1;
  }
  return -1;
}

function after(xml: string, marker: string, from: number): number {
  const at = xml.indexOf(marker, from);
  return at < 0 ? -1 : at + marker.length;
}

/**
 * A forward-only scanner over the tags of a part. It allocates nothing per tag: names and
 * attributes are compared in place, and only the text and attribute values a caller asks for
 * become strings. Element prefixes (`x:c`) are ignored; comments, CDATA sections, processing
 * instructions and declarations are skipped.
 */
export class TagScanner {
  /** The tag just read is an end tag (`</c>`). */
  closing = false;
  /** The tag just read ends with `/>`. */
  selfClosing = false;
  /** Where the tag just read starts (its `<`) and ends (just after its `>`), for a writer's splices. */
  tagStart = 0;
  tagEnd = 0;
  private nameStart = 0;
  private nameEnd = 0;
  private attrEnd = 0;
  /** Where nextAttribute puts the attribute it found (see there). */
  private readonly found = new Int32Array(4);
  private pos: number;

  constructor(
    private readonly xml: string,
    start = 0,
    private readonly end = xml.length,
  ) {
    this.pos = start;
  }

  /** Moves to the next tag; false at the end. */
  next(): boolean {
    const xml = this.xml;
    let lt = xml.indexOf("<", this.pos);
    for (;;) {
      if (lt < 0 || lt >= this.end) return false;
      const skipped = skipMarkup(xml, lt);
      if (skipped === lt) break;
      if (skipped < 0) return false;
      lt = xml.indexOf("<", skipped);
    }
    this.tagStart = lt;
    let i = lt + 1;
    this.closing = xml.charCodeAt(i) === 47;
    if (this.closing) i++;
    let nameStart = i;
    for (; i < this.end; i++) {
      const ch = xml.charCodeAt(i);
      if (ch === 58) nameStart = i + 1;
      else if (ch === 62 || ch === 47 || ch <= 32) break;
    }
    this.nameStart = nameStart;
    this.nameEnd = i;
    const gt = tagEnd(xml, i, this.end);
    if (gt < 0) return false;
    this.selfClosing = xml.charCodeAt(gt - 1) === 47;
    this.attrEnd = this.selfClosing ? gt - 1 : gt;
    this.pos = gt + 1;
    this.tagEnd = gt + 1;
    return true;
  }

  /** Reads on from `index` of the source: for a caller that read the text up to there itself. */
  seek(index: number): void {
    this.pos = index;
  }

  /** The current tag's local name. */
  name(): string {
    return this.xml.slice(this.nameStart, this.nameEnd);
  }

  /** Whether the current tag's local name is `name`. */
  is(name: string): boolean {
    return this.nameEnd - this.nameStart === name.length && this.xml.startsWith(name, this.nameStart);
  }

  /** The raw (undecoded) text after the current start tag, up to the next tag; skips past it. */
  text(): string {
    const end = this.xml.indexOf("<", this.pos);
    const stop = end < 0 || end > this.end ? this.end : end;
    const text = this.xml.slice(this.pos, stop);
    this.pos = stop;
    return text;
  }

  /**
   * Calls `visit` for each attribute of the current tag with the bounds of its local name and of
   * its raw value in the source text (see `code` and `matches`).
   */
  attributes(visit: (name: number, nameLength: number, valueStart: number, valueEnd: number) => void): void {
    const found = this.found;
    for (let at = nextAttribute(this.xml, this.nameEnd, this.attrEnd, found); at >= 0; at = nextAttribute(this.xml, at, this.attrEnd, found)) {
      visit(found[0], found[1], found[2], found[3]);
    }
  }

  /** The characters `start` to `end` of the source. */
  slice(start: number, end: number): string {
    return this.xml.slice(start, end);
  }

  /** Whether the source has `text` at `index`. */
  matches(index: number, text: string): boolean {
    return this.xml.startsWith(text, index);
  }

  /** The character code at `index` of the source. */
  code(index: number): number {
    return this.xml.charCodeAt(index);
  }
}

/**
 * The attribute of a tag at or after `from` (the tag's attributes end at `attrEnd`), for
 * TagScanner.attributes and the sheet-data reader alike: `found` gets its local name's start and
 * length and its raw value's start and end. Returns where the next attribute may start, or -1
 * when there is none.
 */
export function nextAttribute(xml: string, from: number, attrEnd: number, found: Int32Array): number {
  if (from >= attrEnd) return -1;
  const eq = xml.indexOf("=", from);
  if (eq < 0 || eq >= attrEnd) return -1;
  let nameStart = from;
  while (nameStart < eq && xml.charCodeAt(nameStart) <= 32) nameStart++;
  let nameEnd = eq;
  while (nameEnd > nameStart && xml.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
  for (let k = nameStart; k < nameEnd; k++) if (xml.charCodeAt(k) === 58) nameStart = k + 1;
  let q = eq + 1;
  while (q < attrEnd && xml.charCodeAt(q) <= 32) q++;
  const quote = xml.charCodeAt(q);
  if (quote !== 34 && quote !== 39) return -1;
  const close = xml.indexOf(quote === 34 ? '"' : "'", q + 1);
  if (close < 0) return -1;
  found[0] = nameStart;
  found[1] = nameEnd - nameStart;
  found[2] = q + 1;
  found[3] = close;
  return close + 1;
}
