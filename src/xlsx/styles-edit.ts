/**
 * Cell styles a write needs, added to the styles part without renumbering anything in it:
 * - a text (`@`) variant of a cell's style, made by cloning its `cellXfs` entry with
 *   `numFmtId="49"` (built-in `@`) and `applyNumberFormat="1"`;
 * - the style of a new sheet's cells (`CellStyle` of a `SheetSpec`): the font, fill, border and
 *   number format it needs, then its `cellXfs` entry.
 * Every entry is appended to its list (`numFmts`, `fonts`, `fills`, `borders`, `cellXfs`) and an
 * identical entry already there is reused, so existing indices stay valid and repeated writes do
 * not grow the part. Only those lists (and their `count`) change; nothing else in the part does.
 */
import type { CellStyle } from "../plan/sheet-spec";
import { BUILTIN_NUMBER_FORMATS } from "./styles";
import {
  applySplices,
  attributeOf,
  childElements,
  escapeAttribute,
  firstChild,
  rootElement,
  withAttributes,
  type Splice,
  type XmlElement,
} from "./xml-edit";

const TEXT_FORMAT_ID = "49";
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
/** The font of new cells when the workbook's own default font has no name or size. */
const FALLBACK_FONT = { name: "Calibri", size: 11 };
/** Border colour of new cells (the Office adapter uses the same grey). */
const BORDER_COLOR = "FF808080";
/** First id of a custom number format (lower ids are built in). */
const FIRST_CUSTOM_FORMAT = 164;

interface Xf {
  text: string;
  numFmtId: string;
  locked: boolean;
}

/** The lists of the styles part, in the order CT_Stylesheet requires them. */
const LISTS = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs"] as const;
type ListName = (typeof LISTS)[number];
type Pool = "numFmts" | "fonts" | "fills" | "borders";

/** One list of the part: its entries' text as written, and the entries added. */
interface List {
  element?: XmlElement;
  entries: string[];
  /** Entries a list created by this edit starts with (a list Excel requires was missing). */
  seed: string[];
  added: string[];
}

/** The style lists of a styles part, and the entries added to them. */
export class StyleBook {
  private readonly xml: string;
  private readonly created: boolean;
  private readonly root: XmlElement;
  private readonly lists: Record<Pool, List>;
  private readonly xfs: Xf[];
  private readonly cellXfs: XmlElement;
  private readonly byText = new Map<string, number>();
  private readonly textVariant = new Map<number, number>();
  private readonly formatVariant = new Map<string, number>();
  private readonly addedXfs: string[] = [];
  private readonly specXfs = new Map<string, number>();
  private readonly customFormats = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM_FORMAT;
  private readonly defaultFont: { name: string; size: number };

  /**
   * `xml` is the styles part's text, or `undefined` when the package has none (a minimal part
   * is then written if anything is added); `formatOf` gives a style's number format code as the
   * reader resolves it (so a custom `@` format is reused).
   */
  constructor(
    xml: string | undefined,
    private readonly formatOf: (style: number) => string = () => "General",
  ) {
    this.created = xml === undefined;
    this.xml = xml ?? minimalStyles();
    this.root = rootElement(this.xml);
    const cellXfs = this.root.selfClosing ? undefined : firstChild(this.xml, this.root, "cellXfs");
    if (!cellXfs || cellXfs.selfClosing) throw new Error("the styles part has no cell formats (cellXfs)");
    this.cellXfs = cellXfs;
    this.xfs = childElements(this.xml, cellXfs, "xf").map((xf) => ({
      text: this.xml.slice(xf.start, xf.end),
      numFmtId: attributeOf(this.xml, xf, "numFmtId") ?? "0",
      locked: isLocked(this.xml, xf),
    }));
    this.xfs.forEach((xf, i) => {
      if (!this.byText.has(xf.text)) this.byText.set(xf.text, i);
    });
    const list = (name: Pool, child: string, seed: string[]): List => {
      const element = firstChild(this.xml, this.root, name);
      const entries = element && !element.selfClosing ? childElements(this.xml, element, child).map((e) => this.xml.slice(e.start, e.end)) : [];
      // A list Excel requires that the part lacks (or has empty) is written with its usual first entries.
      const seeded = entries.length === 0 ? seed : [];
      return { element, entries: [...entries, ...seeded], seed: seeded, added: [] };
    };
    this.lists = {
      numFmts: list("numFmts", "numFmt", []),
      fonts: list("fonts", "font", [`<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>`]),
      fills: list("fills", "fill", [`<fill><patternFill patternType="none"/></fill>`, `<fill><patternFill patternType="gray125"/></fill>`]),
      borders: list("borders", "border", [`<border><left/><right/><top/><bottom/><diagonal/></border>`]),
    };
    for (const text of this.lists.numFmts.entries) {
      const element = rootElement(text);
      const id = Number(attributeOf(text, element, "numFmtId"));
      const code = attributeOf(text, element, "formatCode");
      if (!Number.isInteger(id)) continue;
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
      if (code !== undefined && !this.customFormats.has(code)) this.customFormats.set(code, id);
    }
    this.defaultFont = fontFacts(this.lists.fonts.entries[0]);
  }

  /** Whether anything was added. */
  get changed(): boolean {
    return this.addedXfs.length > 0;
  }

  /** The name of the workbook's default font, which new cells and charts are written in. */
  get fontName(): string {
    return this.defaultFont.name;
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
    const index = this.addXf(cloneAsText(this.xfs[source].text), TEXT_FORMAT_ID, this.xfs[source].locked);
    this.textVariant.set(source, index);
    return index;
  }

  /**
   * A style index like `style` whose number format is `code`: `style` itself when it has that
   * format already, else the part's entry that differs from it only in that format (the style a
   * cell had before a text write cloned it: undo restores the very style), else a clone of its
   * `cellXfs` entry with the format's id (a built-in id when
   * `code` is a built-in code such as `General` (0) or `@` (49), else a custom `numFmt`, reused
   * when the part has that code). One clone per style and code, however many cells use it.
   */
  formatStyle(style: number, code: string): number {
    const source = style >= 0 && style < this.xfs.length ? style : 0;
    if (this.formatOf(source) === code) return source;
    if (code === "@") return this.textStyle(source);
    const key = `${source}\u0000${code}`;
    const known = this.formatVariant.get(key);
    if (known !== undefined) return known;
    const id = String(this.formatId(code));
    const { text, locked } = this.xfs[source];
    // The entry the cell had before a text write made its `@` clone, when the part still has it.
    const original = this.byText.get(cloneWithFormat(text, id, null));
    const index = this.xfs[source].numFmtId.trim() === id ? source : (original ?? this.addXf(cloneWithFormat(text, id), id, locked));
    this.formatVariant.set(key, index);
    return index;
  }

  /**
   * The cell format of a new sheet's style (`undefined`: the default look): its own font (named,
   * sized and coloured, so every reader shows the same), fill, thin grey border, alignment and
   * number format, or `@` when `asText` and the style has no number format of its own.
   * One entry per distinct style, reused by every cell that has it.
   */
  specStyle(style: CellStyle | undefined, asText: boolean): number {
    const s = style ?? {};
    const format = s.numberFormat ?? (asText ? "@" : "General");
    const key = JSON.stringify([s.bold, s.italic, s.fontSize, s.fontColor, s.fill, s.wrap, s.horizontal, s.vertical, s.border, format]);
    const known = this.specXfs.get(key);
    if (known !== undefined) return known;

    const numFmtId = this.formatId(format);
    const fontId = this.pooled("fonts", this.fontXml(s));
    const fillId = s.fill ? this.pooled("fills", `<fill><patternFill patternType="solid"><fgColor rgb="${argb(s.fill)}"/><bgColor indexed="64"/></patternFill></fill>`) : this.plain("fills");
    const edge = (side: string) => `<${side} style="thin"><color rgb="${BORDER_COLOR}"/></${side}>`;
    const borderId = s.border ? this.pooled("borders", `<border>${["left", "right", "top", "bottom"].map(edge).join("")}<diagonal/></border>`) : this.plain("borders");
    const align = [
      s.horizontal ? ` horizontal="${s.horizontal}"` : "",
      s.vertical ? ` vertical="${s.vertical}"` : "",
      s.wrap ? ` wrapText="1"` : "",
    ].join("");
    const attrs = [
      `numFmtId="${numFmtId}"`,
      `fontId="${fontId}"`,
      `fillId="${fillId}"`,
      `borderId="${borderId}"`,
      `xfId="0"`,
      numFmtId !== 0 ? `applyNumberFormat="1"` : "",
      `applyFont="1"`,
      fillId !== 0 ? `applyFill="1"` : "",
      borderId !== 0 ? `applyBorder="1"` : "",
      align ? `applyAlignment="1"` : "",
    ].filter(Boolean);
    const text = align ? `<xf ${attrs.join(" ")}><alignment${align}/></xf>` : `<xf ${attrs.join(" ")}/>`;
    const index = this.addXf(text, String(numFmtId), true);
    this.specXfs.set(key, index);
    return index;
  }

  /** Whether a cell of this style is locked (the default: only `<protection locked="0">` unlocks). */
  isLocked(style: number): boolean {
    return (this.xfs[style] ?? this.xfs[0])?.locked ?? true;
  }

  /** The styles part with the additions (a whole new part when the package had none). */
  toXml(): string {
    if (!this.created && !this.changed) return this.xml;
    const xml = this.xml;
    const splices: Splice[] = [];
    const missing = new Map<ListName, string>();
    const grow = (name: ListName, element: XmlElement | undefined, added: string[], total: number, seed: string[] = []) => {
      if (added.length === 0 && seed.length === 0) return;
      const body = [...seed, ...added].join("");
      if (!element) {
        missing.set(name, `<${this.root.prefix}${name} count="${total}">${body}</${this.root.prefix}${name}>`);
        return;
      }
      if (element.selfClosing) {
        const open = withAttributes(xml, element, { count: String(total) }).replace(/\s*\/>$/, ">");
        splices.push({ start: element.start, end: element.end, text: `${open}${body}</${element.name}>` });
        return;
      }
      splices.push({ start: element.closeStart, end: element.closeStart, text: body });
      if (attributeOf(xml, element, "count") !== undefined) {
        splices.push({ start: element.start, end: element.openEnd, text: withAttributes(xml, element, { count: String(total) }) });
      }
    };
    for (const name of ["numFmts", "fonts", "fills", "borders"] as const) {
      const list = this.lists[name];
      grow(name, list.element, list.added, list.entries.length, list.seed);
    }
    grow("cellXfs", this.cellXfs, this.addedXfs, this.xfs.length);
    // A list the part lacked goes before the first list that follows it in the schema's order.
    for (const [name, text] of missing) {
      const later = LISTS.slice(LISTS.indexOf(name) + 1)
        .map((next) => firstChild(xml, this.root, next))
        .find((el): el is XmlElement => el !== undefined);
      const at = later ? later.start : this.cellXfs.start;
      splices.push({ start: at, end: at, text });
    }
    return applySplices(xml, splices);
  }

  private addXf(text: string, numFmtId: string, locked: boolean): number {
    let index = this.byText.get(text);
    if (index === undefined) {
      index = this.xfs.length;
      this.xfs.push({ text, numFmtId, locked });
      this.byText.set(text, index);
      this.addedXfs.push(text);
    }
    return index;
  }

  /** The index of `text` in a list, appending it when no entry is written the same. */
  private pooled(name: Pool, text: string): number {
    const list = this.lists[name];
    const found = list.entries.indexOf(text);
    if (found >= 0) return found;
    list.entries.push(text);
    list.added.push(text);
    return list.entries.length - 1;
  }

  /** Entry 0 when it is plain (no fill, no border line), as it is in every part Excel writes. */
  private plain(name: "fills" | "borders"): number {
    const first = this.lists[name].entries[0] ?? "";
    const plain = name === "fills" ? !/patternType\s*=\s*["'](?!none)|gradientFill/.test(first) : !/\sstyle\s*=/.test(first);
    if (plain) return 0;
    return this.pooled(name, name === "fills" ? `<fill><patternFill patternType="none"/></fill>` : `<border><left/><right/><top/><bottom/><diagonal/></border>`);
  }

  private formatId(code: string): number {
    for (const [id, builtin] of Object.entries(BUILTIN_NUMBER_FORMATS)) if (builtin === code && !this.isRedefined(Number(id))) return Number(id);
    const known = this.customFormats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.customFormats.set(code, id);
    this.pooled("numFmts", `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`);
    return id;
  }

  /** A workbook may redefine a built-in id with its own code; such an id is not reused. */
  private isRedefined(id: number): boolean {
    return [...this.customFormats.values()].includes(id);
  }

  private fontXml(s: CellStyle): string {
    const size = s.fontSize ?? this.defaultFont.size;
    return (
      `<font>${s.bold ? "<b/>" : ""}${s.italic ? "<i/>" : ""}<sz val="${size}"/>` +
      `<color rgb="${argb(s.fontColor ?? "#000000")}"/><name val="${escapeAttribute(this.defaultFont.name)}"/><family val="2"/></font>`
    );
  }
}

/** `#1F3864` → `FF1F3864`. */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

/** The name and size of a font entry, with the fallback where it has none. */
function fontFacts(text: string | undefined): { name: string; size: number } {
  if (!text) return FALLBACK_FONT;
  const font = rootElement(text);
  if (font.selfClosing) return FALLBACK_FONT;
  const name = firstChild(text, font, "name");
  const sz = firstChild(text, font, "sz");
  const size = sz ? Number(attributeOf(text, sz, "val")) : NaN;
  const fontName = name ? attributeOf(text, name, "val") : undefined;
  return { name: fontName || FALLBACK_FONT.name, size: size > 0 ? size : FALLBACK_FONT.size };
}

function cloneAsText(xfText: string): string {
  return cloneWithFormat(xfText, TEXT_FORMAT_ID);
}

/** `xfText` with another `numFmtId`, and `applyNumberFormat="1"` (or without it, for `null`). */
function cloneWithFormat(xfText: string, numFmtId: string, apply: "1" | null = "1"): string {
  const xf = rootElement(xfText);
  return withAttributes(xfText, xf, { numFmtId, applyNumberFormat: apply }) + xfText.slice(xf.openEnd);
}

function isLocked(xml: string, xf: XmlElement): boolean {
  const protection = xf.selfClosing ? undefined : firstChild(xml, xf, "protection");
  const locked = protection ? attributeOf(xml, protection, "locked") : undefined;
  return !(locked === "0" || locked === "false");
}

/** The smallest styles part Excel accepts, with the default cell format. */
function minimalStyles(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<styleSheet xmlns="${MAIN_NS}">` +
    `<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>` +
    `<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>` +
    `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
    `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>` +
    `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
    `</styleSheet>`
  );
}
