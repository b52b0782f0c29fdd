/**
 * A forward-only scanner over the tags of a large, flat XML part (sheet data, shared strings).
 * It allocates nothing per tag: names and attributes are compared in place, and only the text
 * and attribute values a caller asks for become strings. Element prefixes (`x:c`) are ignored.
 * Comments, CDATA and processing instructions are not expected in these parts.
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
    const lt = xml.indexOf("<", this.pos);
    if (lt < 0 || lt >= this.end) return false;
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
    const gt = xml.indexOf(">", i);
    if (gt < 0) return false;
    this.selfClosing = xml.charCodeAt(gt - 1) === 47;
    this.attrEnd = this.selfClosing ? gt - 1 : gt;
    this.pos = gt + 1;
    this.tagEnd = gt + 1;
    return true;
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
    const xml = this.xml;
    let i = this.nameEnd;
    while (i < this.attrEnd) {
      const eq = xml.indexOf("=", i);
      if (eq < 0 || eq >= this.attrEnd) return;
      let nameStart = i;
      while (nameStart < eq && xml.charCodeAt(nameStart) <= 32) nameStart++;
      let nameEnd = eq;
      while (nameEnd > nameStart && xml.charCodeAt(nameEnd - 1) <= 32) nameEnd--;
      for (let k = nameStart; k < nameEnd; k++) if (xml.charCodeAt(k) === 58) nameStart = k + 1;
      let q = eq + 1;
      while (q < this.attrEnd && xml.charCodeAt(q) <= 32) q++;
      const quote = xml[q];
      if (quote !== '"' && quote !== "'") return;
      const close = xml.indexOf(quote, q + 1);
      if (close < 0) return;
      visit(nameStart, nameEnd - nameStart, q + 1, close);
      i = close + 1;
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
