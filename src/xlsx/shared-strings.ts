/**
 * The shared strings part. It can hold one entry per text cell, so it is scanned rather than
 * parsed into a tree. Rich text runs are joined into the cell's full text; phonetic runs
 * (`<rPh>`, East Asian reading aids) are not part of the text and are skipped.
 */
import { TagScanner } from "./tag-scanner";
import { decodeOoxmlString, decodeXml } from "./xml";

/** Every `<si>` entry's text, by index; `[]` when the package has no shared strings part. */
export function parseSharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  const tags = new TagScanner(xml);
  let text: string | undefined;
  let phonetic = 0;
  while (tags.next()) {
    if (tags.is("t")) {
      if (!tags.closing && !tags.selfClosing && text !== undefined && phonetic === 0) text += tags.text();
    } else if (tags.is("si")) {
      if (tags.selfClosing) strings.push("");
      else if (!tags.closing) text = "";
      else {
        strings.push(decodeOoxmlString(decodeXml(text ?? "")));
        text = undefined;
      }
    } else if (tags.is("rPh") && !tags.selfClosing) {
      phonetic += tags.closing ? -1 : 1;
    }
  }
  return strings;
}
