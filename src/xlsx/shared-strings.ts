/**
 * The shared strings part. It can hold one entry per text cell, so it is scanned rather than
 * parsed into a tree. Rich text runs are joined into the cell's full text; phonetic runs
 * (`<rPh>`, East Asian reading aids) are not part of the text and are skipped.
 */
import { decodeOoxmlString, decodeXml } from "./xml";

const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*)>/g;

/** Every `<si>` entry's text, by index; `[]` when the package has no shared strings part. */
export function parseSharedStrings(xml: string | undefined): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  const tag = new RegExp(TAG.source, "g");
  let parts: string[] | undefined;
  let phonetic = 0;
  let m: RegExpExecArray | null;
  while ((m = tag.exec(xml))) {
    const closing = m[1] === "/";
    const name = m[2];
    const empty = m[3].endsWith("/");
    if (name === "si") {
      if (empty) strings.push("");
      else if (closing) {
        strings.push(decodeOoxmlString(decodeXml((parts ?? []).join(""))));
        parts = undefined;
      } else parts = [];
    } else if (name === "rPh" && !empty) {
      phonetic += closing ? -1 : 1;
    } else if (name === "t" && !closing && !empty && parts && phonetic === 0) {
      const end = xml.indexOf("<", tag.lastIndex);
      parts.push(xml.slice(tag.lastIndex, end < 0 ? xml.length : end));
      if (end >= 0) tag.lastIndex = end;
    }
  }
  return strings;
}
