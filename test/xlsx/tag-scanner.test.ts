/**
 * The one XML tokenizer (src/xlsx/tag-scanner.ts): a `>` inside an attribute value does not end
 * its tag (XML 1.0 §3.1 allows `>` in AttValue; only `<` and a bare `&` are excluded), and
 * comments, CDATA, processing instructions and a DOCTYPE are skipped. The tree reader (xml.ts)
 * and the writer's element finder (xml-edit.ts) use the same tokenizer, so each is checked here.
 */
import { TagScanner, tagEnd } from "../../src/xlsx/tag-scanner";
import { attr, child, children, parseXml } from "../../src/xlsx/xml";
import { attributeOf, childElements, rootElement } from "../../src/xlsx/xml-edit";
import { readWorksheet } from "../../src/xlsx/worksheet";
import { MAIN_NS } from "./build-package";

function tagNames(xml: string): string[] {
  const tags = new TagScanner(xml);
  const out: string[] = [];
  while (tags.next()) out.push(`${tags.closing ? "/" : ""}${tags.name()}${tags.selfClosing ? "/" : ""}`);
  return out;
}

describe("the XML tokenizer", () => {
  it("reads a > inside a quoted attribute value as part of the value", () => {
    const xml = `<a title="x > y" other='1>2'><b/></a>`;
    expect(tagEnd(xml, 2)).toBe(xml.indexOf("><b/>"));
    expect(tagNames(xml)).toEqual(["a", "b/", "/a"]);
  });

  it("skips comments, CDATA, processing instructions and a DOCTYPE with an internal subset", () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e "<x>">]><r><!-- <c/> --><![CDATA[<d/>]]><?pi <e/>?><f/></r>`;
    expect(tagNames(xml)).toEqual(["r", "f/", "/r"]);
  });

  it("gives the tree reader every attribute after a > in a value, names without prefixes", () => {
    const tree = parseXml(`<x:Relationships><x:Relationship Target="a>b.xml" r:Id="rId1"/><x:Relationship Id="rId2"/></x:Relationships>`);
    const rels = children(child(tree, "Relationships"), "Relationship");
    expect(rels.map((r) => [attr(r, "Target"), attr(r, "Id")])).toEqual([
      ["a>b.xml", "rId1"],
      [undefined, "rId2"],
    ]);
  });

  it("gives the writer's element finder the same elements", () => {
    const xml = `<root><item note="1 > 0" id="a"/><item id="b"></item></root>`;
    const root = rootElement(xml);
    expect(childElements(xml, root, "item").map((e) => attributeOf(xml, e, "id"))).toEqual(["a", "b"]);
  });

  it("reads a worksheet cell whose attributes hold a >", () => {
    // A producer's own attribute on a cell (kept by Excel as unknown markup) holding a >.
    const xml = `<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1" x:note="a>b" t="inlineStr"><is><t>kept</t></is></c><c r="B1"><v>2</v></c></row></sheetData></worksheet>`;
    const data = readWorksheet(xml, { sharedStrings: [], date1904: false });
    expect(Array.from(data.cells.values)).toEqual(["kept", 2]);
  });
});
