/**
 * Cell styles a write needs: a text (`@`) variant of a cell's style, made by cloning its
 * `cellXfs` entry with `numFmtId="49"` (built-in `@`) and `applyNumberFormat="1"`. One clone per
 * source style, and an identical entry already in the part is reused, so repeated writes do not
 * grow the styles part. The clones are spliced in before `</cellXfs>`; nothing else changes.
 */
import { attributeOf, applySplices, childElements, firstChild, rootElement, withAttributes, type XmlElement } from "./xml-edit";

const TEXT_FORMAT_ID = "49";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

interface Xf {
  text: string;
  numFmtId: string;
  locked: boolean;
}

/** The `cellXfs` of a styles part, and the text variants added to it. */
export class StyleBook {
  private readonly xfs: Xf[];
  private readonly byText = new Map<string, number>();
  private readonly textVariant = new Map<number, number>();
  private readonly added: string[] = [];
  private readonly cellXfs?: XmlElement;

  /**
   * `xml` is the styles part's text, or `undefined` when the package has none; `formatOf` gives
   * a style's number format code as the reader resolves it (so a custom `@` format is reused).
   */
  constructor(
    private readonly xml: string | undefined,
    private readonly formatOf: (style: number) => string = () => "General",
  ) {
    if (xml === undefined) {
      // A package without styles: everything is the default style, which is written on demand.
      this.xfs = [{ text: `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`, numFmtId: "0", locked: true }];
    } else {
      const root = rootElement(xml);
      this.cellXfs = root.selfClosing ? undefined : firstChild(xml, root, "cellXfs");
      if (!this.cellXfs || this.cellXfs.selfClosing) throw new Error("the styles part has no cell formats (cellXfs)");
      this.xfs = childElements(xml, this.cellXfs, "xf").map((xf) => ({
        text: xml.slice(xf.start, xf.end),
        numFmtId: attributeOf(xml, xf, "numFmtId") ?? "0",
        locked: isLocked(xml, xf),
      }));
    }
    this.xfs.forEach((xf, i) => {
      if (!this.byText.has(xf.text)) this.byText.set(xf.text, i);
    });
  }

  /** Whether clones were added. */
  get changed(): boolean {
    return this.added.length > 0;
  }

  /** Number of cell formats, including those added. */
  get count(): number {
    return this.xfs.length;
  }

  /** A style index like `style` whose number format is `@`. */
  textStyle(style: number): number {
    const source = style >= 0 && style < this.xfs.length ? style : 0;
    if (this.xfs[source].numFmtId.trim() === TEXT_FORMAT_ID || this.formatOf(source) === "@") return source;
    const known = this.textVariant.get(source);
    if (known !== undefined) return known;
    const text = cloneAsText(this.xfs[source].text);
    let index = this.byText.get(text);
    if (index === undefined) {
      index = this.xfs.length;
      this.xfs.push({ text, numFmtId: TEXT_FORMAT_ID, locked: this.xfs[source].locked });
      this.byText.set(text, index);
      this.added.push(text);
    }
    this.textVariant.set(source, index);
    return index;
  }

  /** Whether a cell of this style is locked (the default: only `<protection locked="0">` unlocks). */
  isLocked(style: number): boolean {
    return (this.xfs[style] ?? this.xfs[0])?.locked ?? true;
  }

  /** The styles part with the clones added (a whole new part when the package had none). */
  toXml(): string {
    if (this.xml === undefined) return minimalStyles(this.xfs.map((xf) => xf.text));
    if (!this.cellXfs || this.added.length === 0) return this.xml;
    const xml = this.xml;
    const cellXfs = this.cellXfs;
    const splices = [{ start: cellXfs.closeStart, end: cellXfs.closeStart, text: this.added.join("") }];
    if (attributeOf(xml, cellXfs, "count") !== undefined) {
      splices.push({ start: cellXfs.start, end: cellXfs.openEnd, text: withAttributes(xml, cellXfs, { count: String(this.xfs.length) }) });
    }
    return applySplices(xml, splices);
  }
}

function cloneAsText(xfText: string): string {
  const xf = rootElement(xfText);
  return withAttributes(xfText, xf, { numFmtId: TEXT_FORMAT_ID, applyNumberFormat: "1" }) + xfText.slice(xf.openEnd);
}

function isLocked(xml: string, xf: XmlElement): boolean {
  const protection = xf.selfClosing ? undefined : firstChild(xml, xf, "protection");
  const locked = protection ? attributeOf(xml, protection, "locked") : undefined;
  return !(locked === "0" || locked === "false");
}

/** The smallest styles part Excel accepts, with the given cell formats. */
function minimalStyles(xfs: string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<styleSheet xmlns="${MAIN_NS}">` +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `</styleSheet>`
  );
}
