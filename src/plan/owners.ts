/**
 * Owner cells: one or more roles or names, usually separated by `/` (`Head of Children's
 * Services/ Director of Joint Commissioning, Berkshire West CCGs`).
 */
import type { Owner } from "./model";
import { isTbc } from "./text";

/** What an owner cell names. */
export interface ParsedOwners {
  owners: Owner[];
  /** True when the cell names nobody: blank, or only `TBC` / `To be confirmed`. */
  unknown: boolean;
}

interface Span {
  start: number;
  end: number;
}

/** Separators that always split owners outside a known role. */
const SPLIT = /[/;\n\r]+/;
/** Words that make a phrase a job title (`Service Manager`, `Head of ...`). */
const ROLE_WORD =
  /\b(?:manager|managers|director|directors|head|heads|officer|officers|lead|leads|chair|commissioner|co-?ordinator|consultant|psychologist|auditor|councillor|member|trainee|team|teams|facilitators?|advis[eo]rs?|analyst|administrator|workers?|practitioners?|chief|executive|deputy|assistant|supervisor|secretary|board)\b/i;
const LEFT_DELIMITED = /(?:^|[/;,&+\n\r]|\band)\s*(?:the\s+)?$/i;
const RIGHT_DELIMITED = /^\s*(?:$|[/;,&+\n\r]|and\b)/i;
const CONNECTOR_LEAD = /^(?:and|&|\+|the)(?:\s+|$)/i;
const CONNECTOR_TRAIL = /(?:^|\s+)(?:and|&|\+|the)$/i;
const STRAY = /^[\s/;,&+\-–—]+|[\s/;,&+\-–—]+$/g;

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * A pattern for a known role that tolerates the spacing variants plans write
 * (`Service Manager-Access`, `Joint Commissioning , Berkshire`), curly apostrophes, and
 * `and` for `&`. A role is a whole phrase: no letter or digit may touch it on either side.
 */
function buildRolePattern(role: string): PreparedRole["pattern"] {
  const tidy = role.replace(/\s+/g, " ").trim().replace(/\s*([-–—/,&])\s*/g, "$1");
  let source = "";
  for (const ch of tidy) {
    if ("-–—".includes(ch)) source += String.raw`\s*[-–—]\s*`;
    else if (ch === "/") source += String.raw`\s*/\s*`;
    else if (ch === ",") source += String.raw`\s*,\s*`;
    else if (ch === "&") source += String.raw`(?:\s*&\s*|\s+and\s+)`;
    else if (ch === "'" || ch === "’") source += "['’]";
    else if (ch === " ") source += String.raw`\s+`;
    else source += escapeChar(ch);
  }
  // Letters and digits of every script (\p{L}, \p{N}) as lookarounds in each role's pattern made
  // compiling the glossary's patterns most of a command-line run's owner reading, so the
  // boundary is checked after a match by one shared pattern (wholePhraseAt). A role ending in a
  // separator (`Manager -`) keeps the lookarounds: its trailing spaces may give back one to let
  // the boundary hold, which only the pattern itself can do.
  if (/[-–—/,&]$/.test(tidy)) return { regex: new RegExp(String.raw`(?<![\p{L}\p{N}])${source}(?![\p{L}\p{N}])`, "giu"), bounded: true };
  return { regex: new RegExp(source, "giu"), bounded: false };
}

const LETTER_OR_DIGIT_BEFORE = /[\p{L}\p{N}]$/u;
const LETTER_OR_DIGIT_AFTER = /^[\p{L}\p{N}]/u;

/** True when no letter or digit touches `text[start, end)` on either side (whole code points, as the `u` flag reads them). */
function wholePhraseAt(text: string, start: number, end: number): boolean {
  return !LETTER_OR_DIGIT_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && !LETTER_OR_DIGIT_AFTER.test(text.slice(end, end + 2));
}

/** Where the search goes on after a match at `at` that is not a whole phrase: the next code point, as the pattern's own search would. */
function nextCodePoint(text: string, at: number): number {
  const c = text.charCodeAt(at);
  const isPair = c >= 0xd800 && c <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
  return at + (isPair ? 2 : 1);
}

/** A known role made ready once per plan: its pattern and the first word that pre-checks it. */
interface PreparedRole {
  /** `bounded`: the pattern checks the whole-phrase boundary itself. */
  pattern: { regex: RegExp; bounded: boolean };
  firstWord: string | undefined;
}

/**
 * Kept across plans: V8 compiles a pattern on its first use, and compiling these Unicode-aware
 * patterns costs far more than running them, so a new RegExp per plan would dominate reading.
 */
const preparedRoles = new Map<string, PreparedRole>();

/** The glossary's roles, deduplicated, each with its pattern built once. */
function prepareRoles(knownRoles: readonly string[]): PreparedRole[] {
  const roles = [...new Set(knownRoles.map((r) => r.trim()).filter((r) => r.length >= 3))];
  return roles.map((role) => {
    let prepared = preparedRoles.get(role);
    if (!prepared) {
      prepared = { pattern: buildRolePattern(role), firstWord: role.toLowerCase().split(/[^\p{L}\p{N}]+/u).find(Boolean) };
      preparedRoles.set(role, prepared);
    }
    return prepared;
  });
}

/** Where known roles occur in the text as whole owners (between separators or other roles). */
function knownRoleSpans(text: string, roles: readonly PreparedRole[]): Span[] {
  const candidates: Span[] = [];
  const lower = text.toLowerCase();
  for (const { pattern, firstWord } of roles) {
    // Cheap pre-check on the role's first word before running its pattern.
    if (firstWord && !lower.includes(firstWord)) continue;
    // exec on the prepared pattern, not matchAll: matchAll clones the RegExp, and a clone may be
    // compiled again, which for these Unicode-aware patterns costs more than the match.
    const { regex, bounded } = pattern;
    regex.lastIndex = 0;
    for (let m = regex.exec(text); m; m = regex.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!bounded && !wholePhraseAt(text, start, end)) {
        regex.lastIndex = nextCodePoint(text, start);
        continue;
      }
      candidates.push({ start, end });
      if (m[0].length === 0) regex.lastIndex++;
    }
  }
  const touchesCandidate = (gap: string, edge: number, side: "left" | "right"): boolean =>
    /^\s+$/.test(gap) && candidates.some((c) => (side === "left" ? c.end === edge : c.start === edge));
  const delimited = (span: Span): boolean => {
    const before = text.slice(0, span.start);
    const after = text.slice(span.end);
    const leftGap = /\s*$/.exec(before)?.[0] ?? "";
    const rightGap = /^\s*/.exec(after)?.[0] ?? "";
    const left = LEFT_DELIMITED.test(before) || touchesCandidate(leftGap, span.start - leftGap.length, "left");
    const right = RIGHT_DELIMITED.test(after) || touchesCandidate(rightGap, span.end + rightGap.length, "right");
    return left && right;
  };
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const accepted: Span[] = [];
  for (const c of candidates) {
    if (accepted.some((a) => c.start < a.end && a.start < c.end)) continue;
    if (delimited(c)) accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/**
 * Splits on commas, except that a part with no job-title word continues the title before it
 * (`Director of Joint Commissioning, Berkshire West CCGs`); names and titles still split
 * (`Jane Smith, John Brown`, `Service Manager - Access, Service Manager - Placements`).
 */
function splitCommas(piece: string): string[] {
  const parts: string[] = [];
  for (const part of piece.split(",")) {
    const previous = parts.length > 0 ? parts[parts.length - 1] : undefined;
    if (previous !== undefined && part.trim() !== "" && ROLE_WORD.test(previous) && !ROLE_WORD.test(part) && !part.includes("@")) {
      parts[parts.length - 1] = `${previous},${part}`;
    } else {
      parts.push(part);
    }
  }
  return parts;
}

/** Owners named in text that holds no known role: split on `/`, `;`, line breaks and commas. */
function splitGap(gap: string, afterRole: boolean, beforeRole: boolean): string[] {
  const pieces = gap.split(SPLIT).flatMap(splitCommas);
  return pieces
    .map((piece, i) => {
      let p = piece.trim();
      if (afterRole && i === 0) while (CONNECTOR_LEAD.test(p)) p = p.replace(CONNECTOR_LEAD, "");
      if (beforeRole && i === pieces.length - 1) while (CONNECTOR_TRAIL.test(p)) p = p.replace(CONNECTOR_TRAIL, "");
      return p.replace(STRAY, "");
    })
    .filter((p) => p !== "");
}

/**
 * The owners an owner cell names, each as written and trimmed.
 *
 * Owners are split on `/`, `;`, `,` and line breaks, never on `&` or `and` (`Service Manager -
 * Safeguarding & Quality Assurance` is one role). Known roles (the glossary's) are kept whole
 * wherever they stand between separators, even with a comma, `/` or `and` inside
 * (`Director of Education, Children's and Early Help Services`, `Head of Children in
 * Care/Education`) and with spacing variants (`Service Manager-Access`); beside a known role,
 * `and` / `&` also separate (`... Services and the Head of Children's Services` is two owners),
 * and two known roles with only a space between them are two owners. A comma followed by words
 * with no job-title word continues the title before it (`Director of Joint Commissioning,
 * Berkshire West CCGs`). Without known roles, a role containing `/` is split (`Head of Children
 * in Care/Education`). `TBC` parts are dropped; `unknown` is true when nobody is left.
 */
export function parseOwners(text: string, knownRoles: readonly string[] = []): ParsedOwners {
  return ownerReader(knownRoles)(text);
}

/**
 * `parseOwners` for one plan: its roles are prepared once, and each distinct owner text is parsed
 * once (a plan names the same few owners on most of its rows). Actions with the same owner text
 * share one frozen result, so nothing changes one action's owners through another's.
 */
export function ownerReader(knownRoles: readonly string[]): (text: string) => ParsedOwners {
  const roles = prepareRoles(knownRoles);
  const parsed = new Map<string, ParsedOwners>();
  return (text) => {
    let found = parsed.get(text);
    if (!found) {
      found = parseWith(text, roles);
      for (const owner of found.owners) Object.freeze(owner);
      Object.freeze(found.owners);
      parsed.set(text, Object.freeze(found));
    }
    return found;
  };
}

function parseWith(text: string, roles: readonly PreparedRole[]): ParsedOwners {
  const spans = roles.length > 0 ? knownRoleSpans(text, roles) : [];
  const names: string[] = [];
  let cursor = 0;
  spans.forEach((span, i) => {
    names.push(...splitGap(text.slice(cursor, span.start), i > 0, true));
    names.push(text.slice(span.start, span.end).trim());
    cursor = span.end;
  });
  names.push(...splitGap(text.slice(cursor), spans.length > 0, false));
  const owners = names.filter((name) => !isTbc(name)).map((name) => ({ name }));
  return { owners, unknown: owners.length === 0 };
}
