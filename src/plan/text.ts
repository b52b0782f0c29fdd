/** Small text helpers shared by the plan's field parsers. */

/** Trims and turns every run of whitespace (line breaks and non-breaking spaces too) into one space. */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** True when the text is empty or only whitespace. */
export function isBlank(text: string): boolean {
  return text.trim() === "";
}

/**
 * A loose comparison key: lowercase, dots inside abbreviations dropped (`T.B.C.` → `tbc`),
 * every other run of non-letters-or-digits one space, trimmed. `"In Progress (on track)"` →
 * `"in progress on track"`.
 */
export function looseKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/(?<=\p{L})\.(?=\p{L})/gu, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * A column header reduced for matching: lowercase, punctuation dropped, line breaks and
 * repeated spaces collapsed. `"Ref No."` → `"ref no"`, `"Task/Action"` → `"task action"`,
 * `"% Complete"` → `"% complete"` (the `%` is kept: it changes the meaning).
 */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}%]+/gu, " ")
    .trim();
}

const TBC_KEY = /^(?:tbc|tba|tbd|tbconfirmed|to be (?:confirmed|agreed|arranged|advised|decided|determined|set|scheduled))(?: |$)/;

/**
 * True when the text says a value is yet to be decided: `TBC`, `tbc`, `T.B.C.`, `TBA`, `TBD`,
 * `To be confirmed`, `To be agreed`, ... including a trailing remark (`TBC - after review`).
 */
export function isTbc(text: string): boolean {
  return TBC_KEY.test(looseKey(text));
}
