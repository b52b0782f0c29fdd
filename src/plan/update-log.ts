/**
 * The update log: one cell holding a history of entries, oldest first, each normally
 * `date initials: text` (`27.05.15 KJ: Work has started. 03.06. SS: workshop held`).
 *
 * An entry starts at a date that
 * - is followed by initials and a separator (`27.05.15 KJ:`, `03.06 SS -`), anywhere in the
 *   text except straight after a word such as `on`, `by`, `from` (`held on 26.05.2015 KJ: ...`
 *   is a date inside the text); or
 * - stands at the start of the cell, of a line (an optional bullet before it), or of a
 *   sentence (after `.`, `!` or `?` and a space), and has a year (`01.06.2015 - Tasks`,
 *   `22.05.15 Final draft completed`), or, without a year, is followed by initials or a
 *   separator (`03.06 SS:`); or
 * - is preceded by initials at such a start (`... signed off. SS 03.06. Key process points`).
 *
 * Any other date (`planned 9.06.2015.`, `complete 03.06.2015. New ...`) belongs to the text.
 * Text before the first dated entry is one undated entry.
 */
import type { Action, DateOrder, IsoDate, UpdateEntry } from "./model";
import { dayNumber, expandTwoDigitYear, isoFromParts } from "./dates";

/** How to read an update cell. */
export interface UpdateLogOptions {
  /** Day-first (default) or month-first dates, as decided for the plan. */
  order?: DateOrder;
  /**
   * The glossary's initials. When given, a word after a date that is written without a colon
   * (`02.06.2015 EB confirmed ...`) is taken as initials only if it is one of these; with a
   * colon (`27.05.15 XY: ...`) initials are taken whatever they are, so unknown ones can be reported.
   */
  knownInitials?: readonly string[];
  /**
   * A date near the entries (the plan's latest entry date), used to infer the year of an entry
   * written without one (`03.06 SS:`) when no other entry in the cell has a year.
   */
  yearHint?: IsoDate;
}

/** One set of initials: `KJ`, `AMD`, `KMc`, `DHu` (two to four letters, mostly capitals). */
const INITIALS = String.raw`\p{Lu}{1,4}\p{Ll}?`;
/** Initials, or several joined by `/` or `&` (`EB/CP`). */
const INITIALS_GROUP = String.raw`${INITIALS}(?:[ \t]*[/&][ \t]*${INITIALS})*`;

const DATE_TOKEN =
  /(?<![\p{L}\p{N}./-])(?:(\d{4})-(\d{2})-(\d{2})|(\d{1,2})([./-])(\d{1,2})(?:\5(\d{4}|\d{2}))?)(?![\p{L}\p{N}]|[./-][\p{L}\p{N}])/gu;

/** After the date: initials then `:` or a dash (`KJ:`, `SS -`). */
const STRONG_AFTER = new RegExp(String.raw`^(\.)?[ \t]+(${INITIALS_GROUP})[ \t]*(:|[-–—](?=\s|$))`, "u");
/** After the date: `:` or a dash, then possibly initials (`30.04.15: JA in the process`). */
const SEPARATOR_AFTER = new RegExp(String.raw`^(\.)?[ \t]*(:|[-–—](?=\s|$))(?:[ \t]*(${INITIALS_GROUP})(?=[ \t]|$))?`, "u");
/** After the date: initials without a separator (`02.06.2015 EB confirmed`). */
const INITIALS_AFTER = new RegExp(String.raw`^(\.)?[ \t]+(${INITIALS_GROUP})(?=\s|$)`, "u");
/** After the date: just a full stop (`03.06.2015. Complete.`). */
const DOT_AFTER = /^\.(?=\s|$)/;
/** Before the date: initials (`SS 03.06.`). */
const INITIALS_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])(${INITIALS_GROUP})[ \t]+$`, "u");
/** The separator after a date written after its initials (`SS 03.06. Key`, `SS 03.06: Key`). */
const AFTER_LATE_DATE = /^(\.)?(?:[ \t]*(:|[-–—](?=\s|$)))?/;
/** An undated first entry that starts with initials and a colon (`KJ: text`). */
const LEADING_INITIALS = new RegExp(String.raw`^(${INITIALS_GROUP})[ \t]*:`, "u");

/** Words after which a date is part of the sentence, not the start of an entry. */
const BLOCKING_WORDS = new Set([
  "on", "by", "from", "since", "until", "till", "til", "of", "dated", "before", "after", "at", "for",
  "to", "and", "or", "between", "the", "in", "c", "wc", "commencing", "beginning", "starting",
  "ending", "due", "than", "week", "w",
]);

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(["e.g", "i.e", "eg", "ie", "re", "approx", "c", "ca", "cf", "no", "nos", "vs", "w/c"]);
/** How far back from a full stop its word is looked for; see entryStartAt. */
const ABBREVIATION_WINDOW = 40;
const WORD_BEFORE_STOP = /[\p{L}/]+(?:\.[\p{L}/]+)*$/u;

interface DateParts {
  text: string;
  /** Day and month as read in the plan's order. */
  day: number;
  month: number;
  year?: number;
}

interface Header {
  /** Where the entry starts (the date, or initials written before it, or a bullet). */
  start: number;
  /** Where the entry's own words start. */
  textStart: number;
  date: DateParts;
  initials?: string;
  separator: string;
}

/** The people an entry's initials name: `EB/CP` → `["EB", "CP"]`, `KJ` → `["KJ"]`. */
export function initialsList(initials: string): string[] {
  return initials
    .split(/[/&]/)
    .map((one) => one.trim())
    .filter((one) => one !== "");
}

function isInitials(token: string, strong: boolean, known: Set<string> | undefined): boolean {
  return token.split(/[ \t]*[/&][ \t]*/).every((one) => {
    const capitals = one.replace(/\P{Lu}/gu, "").length;
    // Two to four letters, at least two capitals (`KJ`, `KMc`); one capital alone only before a colon.
    const shaped = one.length <= 4 && (capitals >= 2 || (strong && one.length === 1));
    if (!shaped) return false;
    return strong || known === undefined || known.has(one.toLowerCase());
  });
}

/**
 * Where an entry would start if one starts at `pos`: `pos` itself at the start of the cell, a
 * line or a sentence (or the bullet before it), otherwise -1.
 */
function entryStartAt(text: string, pos: number): number {
  let i = pos;
  while (i > 0 && /[ \t\u00a0]/.test(text[i - 1])) i--;
  if (i === 0 || text[i - 1] === "\n" || text[i - 1] === "\r") return pos;
  if ("-•*–·".includes(text[i - 1])) {
    let j = i - 1;
    while (j > 0 && /[ \t\u00a0]/.test(text[j - 1])) j--;
    if (j === 0 || text[j - 1] === "\n" || text[j - 1] === "\r") return i - 1;
  }
  if (i === pos) return -1;
  let j = i;
  while (j > 0 && "\"'”’)]".includes(text[j - 1])) j--;
  if (j === 0 || !".!?".includes(text[j - 1])) return -1;
  if (text[j - 1] === ".") {
    // The word before the full stop, looked for in the last few characters only (a regex ending
    // in `$` over all the text before the date made long cells quadratic). A match starting at
    // the window's edge may be a cut word, so only then is the whole text searched.
    const from = Math.max(0, j - 1 - ABBREVIATION_WINDOW);
    let word = WORD_BEFORE_STOP.exec(text.slice(from, j - 1));
    if (word && from > 0 && word.index <= 1) word = WORD_BEFORE_STOP.exec(text.slice(0, j - 1));
    if (word && ABBREVIATIONS.has(word[0].toLowerCase())) return -1;
  }
  return pos;
}

function precededByBlockingWord(text: string, pos: number): boolean {
  const word = /(\p{L}+)[ \t]*$/u.exec(text.slice(Math.max(0, pos - 40), pos));
  return word !== null && BLOCKING_WORDS.has(word[1].toLowerCase());
}

function readToken(m: RegExpExecArray, order: DateOrder): DateParts | null {
  if (m[1] !== undefined) {
    return { text: m[0], year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  }
  const a = Number(m[4]);
  const b = Number(m[6]);
  const [day, month] = order === "mdy" ? [b, a] : [a, b];
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  if (m[7] === undefined) {
    // A year-less `14-15` is a range of numbers far more often than a date.
    if (m[5] === "-") return null;
    return { text: m[0], day, month };
  }
  const year = m[7].length === 2 ? expandTwoDigitYear(Number(m[7])) : Number(m[7]);
  return { text: m[0], day, month, year };
}

/** Decides whether the date token `m` starts an entry, and reads its header if so. */
function headerAt(text: string, m: RegExpExecArray, date: DateParts, known: Set<string> | undefined): Header | null {
  const tokenStart = m.index;
  const tokenEnd = tokenStart + m[0].length;
  const rest = text.slice(tokenEnd, tokenEnd + 80);

  // Initials written before the date, at the start of an entry: `SS 03.06. Key ...`.
  const before = INITIALS_BEFORE.exec(text.slice(Math.max(0, tokenStart - 40), tokenStart));
  if (before && isInitials(before[1], false, known)) {
    const initialsStart = tokenStart - before[0].length;
    const start = entryStartAt(text, initialsStart);
    if (start >= 0 && entryStartAt(text, tokenStart) < 0) {
      const after = AFTER_LATE_DATE.exec(rest);
      const consumed = after ? after[0].length : 0;
      const separator = after?.[2] ?? (after?.[1] ? "." : "");
      return { start, textStart: tokenEnd + consumed, date, initials: before[1], separator };
    }
  }

  const sentenceStart = entryStartAt(text, tokenStart);
  const atStart = sentenceStart >= 0;
  if (!atStart && precededByBlockingWord(text, tokenStart)) return null;
  const start = atStart ? sentenceStart : tokenStart;

  const strong = STRONG_AFTER.exec(rest);
  if (strong && isInitials(strong[2], true, known)) {
    return { start, textStart: tokenEnd + strong[0].length, date, initials: strong[2], separator: strong[3] };
  }
  if (!atStart) return null;

  const separated = SEPARATOR_AFTER.exec(rest);
  if (separated) {
    const initials = separated[3] !== undefined && isInitials(separated[3], false, known) ? separated[3] : undefined;
    const length = initials ? separated[0].length : separated[0].length - (separated[3]?.length ?? 0);
    return { start, textStart: tokenEnd + length, date, initials, separator: separated[2] };
  }
  const initialsAfter = INITIALS_AFTER.exec(rest);
  if (initialsAfter && isInitials(initialsAfter[2], false, known)) {
    return { start, textStart: tokenEnd + initialsAfter[0].length, date, initials: initialsAfter[2], separator: "" };
  }
  // A date without a year needs initials or a separator to count as an entry date.
  if (date.year === undefined) return null;
  const dot = DOT_AFTER.exec(rest);
  return { start, textStart: tokenEnd + (dot ? 1 : 0), date, separator: dot ? "." : "" };
}

function findHeaders(text: string, order: DateOrder, known: Set<string> | undefined): Header[] {
  const headers: Header[] = [];
  let headerEnd = 0;
  // exec on the one DATE_TOKEN, not matchAll: matchAll clones the RegExp per cell, and a clone
  // may be compiled again, which for this Unicode-aware pattern costs more than the match.
  DATE_TOKEN.lastIndex = 0;
  for (let m = DATE_TOKEN.exec(text); m; m = DATE_TOKEN.exec(text)) {
    if (m.index < headerEnd) continue;
    const date = readToken(m, order);
    if (!date) continue;
    const header = headerAt(text, m, date, known);
    if (!header || header.start < headerEnd) continue;
    headers.push(header);
    headerEnd = header.textStart;
  }
  return headers;
}

function trimEndIndex(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(text[end - 1])) end--;
  return end;
}

/**
 * The year for a year-less `day.month`: the one (of the neighbour's year and the years either
 * side) that puts it nearest a neighbouring entry's date. `{ year }` alone when the day does not
 * exist in that year (`29.02` near 2015).
 */
function nearestYear(day: number, month: number, neighbour: IsoDate): { year: number; date: IsoDate | null } {
  const around = Number(neighbour.slice(0, 4));
  const target = dayNumber(neighbour);
  let year = around;
  let best = Number.POSITIVE_INFINITY;
  for (const y of [around - 1, around, around + 1]) {
    // Counted from the 1st of the month so that an impossible day still has a distance.
    const distance = Math.abs(dayNumber(isoFromParts(y, month, 1) as IsoDate) + day - 1 - target);
    if (distance < best) {
      best = distance;
      year = y;
    }
  }
  return { year, date: isoFromParts(year, month, day) };
}

/** The glossary's initials lowercased, made once per list: a plan passes the same list for every row. */
const knownSets = new WeakMap<readonly string[], Set<string>>();
function knownInitialsSet(initials: readonly string[]): Set<string> {
  let set = knownSets.get(initials);
  if (!set) {
    set = new Set(initials.map((i) => i.toLowerCase()));
    knownSets.set(initials, set);
  }
  return set;
}

/**
 * Splits an update cell into its entries, in the order written (plans write oldest first).
 *
 * Every entry's `raw` is the exact text from `start` up to the next entry, without trailing
 * whitespace, so the cell is the entries' raws with only whitespace between them. An entry's
 * `date` is absent when it has none, when the date written is impossible (`dateIssue` says so)
 * or when its year was omitted and no other dated entry in the cell gives one. A year-less date
 * (`03.06`) takes the year that puts it nearest the closest earlier entry with a written year,
 * or failing that the closest later one (`yearInferred`). `separator` is the mark between the
 * entry's date and initials and its words: `:`, a dash, `.` (`03.06.2015. Complete`) or `""`.
 */
export function parseUpdateLog(text: string, options: UpdateLogOptions = {}): UpdateEntry[] {
  const order = options.order ?? "dmy";
  const known = options.knownInitials ? knownInitialsSet(options.knownInitials) : undefined;
  const headers = findHeaders(text, order, known);
  const entries: UpdateEntry[] = [];

  const firstContent = text.search(/\S/);
  if (firstContent < 0) return entries;
  const firstHeaderStart = headers.length > 0 ? headers[0].start : text.length;
  if (firstContent < firstHeaderStart) {
    const end = trimEndIndex(text, firstContent, firstHeaderStart);
    const raw = text.slice(firstContent, end);
    const lead = LEADING_INITIALS.exec(raw);
    if (lead && isInitials(lead[1], true, known)) {
      entries.push({ initials: lead[1], separator: ":", text: raw.slice(lead[0].length).trim(), raw, start: firstContent });
    } else {
      entries.push({ text: raw.trim(), raw, start: firstContent });
    }
  }

  const written: (IsoDate | undefined)[] = headers.map((h) =>
    h.date.year !== undefined ? (isoFromParts(h.date.year, h.date.month, h.date.day) ?? undefined) : undefined,
  );

  headers.forEach((h, i) => {
    const next = i + 1 < headers.length ? headers[i + 1].start : text.length;
    const end = trimEndIndex(text, h.start, next);
    const entry: UpdateEntry = {
      dateText: h.date.text,
      text: text.slice(h.textStart, end).trim(),
      raw: text.slice(h.start, end),
      start: h.start,
      separator: h.separator,
    };
    if (h.initials !== undefined) entry.initials = h.initials;
    if (h.date.year !== undefined) {
      if (written[i]) entry.date = written[i];
      else entry.dateIssue = `${h.date.text} is not a real date`;
    } else {
      let neighbour: IsoDate | undefined;
      for (let j = i - 1; j >= 0 && !neighbour; j--) neighbour = written[j];
      for (let j = i + 1; j < headers.length && !neighbour; j++) neighbour = written[j];
      neighbour ??= options.yearHint;
      const inferred = neighbour ? nearestYear(h.date.day, h.date.month, neighbour) : undefined;
      if (inferred?.date) {
        entry.date = inferred.date;
        entry.yearInferred = true;
      } else {
        entry.dateIssue = inferred
          ? `${h.date.text} is not a real date in ${inferred.year}`
          : `${h.date.text} has no year and no other entry in the cell gives one`;
      }
    }
    entries.push(entry);
  });
  return entries;
}

/**
 * `parseUpdateLog` for one sheet: the options are fixed, and each distinct cell text is parsed
 * once (a plan copied forward, or a generated one, repeats cells). Actions with the same text
 * share its entries, frozen so that nothing changes one action's log through another's (a
 * period column's history copies each entry before it dates it): a copy per row was a large
 * part of what reading a plan allocated.
 */
export function updateLogReader(options: UpdateLogOptions = {}): (text: string) => UpdateEntry[] {
  const parsed = new Map<string, UpdateEntry[]>();
  return (text) => {
    let found = parsed.get(text);
    if (!found) {
      found = parseUpdateLog(text, options);
      for (const entry of found) Object.freeze(entry);
      Object.freeze(found);
      parsed.set(text, found);
    }
    return found;
  };
}

/**
 * The latest entry of a log. Logs are written oldest-first (appended) or newest-first (a new
 * entry typed at the top); a cell whose first dated entry is later than its last dated entry is
 * newest-first, so its first entry is the latest. Otherwise the last entry is.
 */
export function latestUpdate(action: Pick<Action, "updates">): UpdateEntry | undefined {
  const { updates } = action;
  // The first and last dated entries, found without building the list of dated ones.
  let first: IsoDate | undefined;
  let last: IsoDate | undefined;
  for (const u of updates) {
    if (!u.date) continue;
    first ??= u.date;
    last = u.date;
  }
  if (first !== undefined && last !== undefined && first > last) return updates[0];
  return updates[updates.length - 1];
}
