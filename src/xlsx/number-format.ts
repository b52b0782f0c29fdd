/**
 * Renders a cell as Excel displays it under a number format code, so the file adapter's `text`
 * matches what Office.js returns. Covers General, digit placeholders (`0 # ?`), grouping and
 * scaling commas, percentages, scientific notation, quoted and escaped literals, `_x` spacing,
 * colours and conditions, `@` text sections and dates/times (d m y h s, AM/PM, elapsed [h]).
 * Fractions (`# ?/?`) fall back to General.
 */
import type { CellValue } from "../plan/snapshot";
import { decimalExponent, formatGeneral, toFixedDigits } from "./decimal";
import { numberFormatShows } from "../plan/dates";
import { DATE1904_OFFSET, MAX_SERIAL_DAY, serialDayToDate } from "./dates";

export interface FormatOptions {
  /** The workbook uses the 1904 date system (serial 0 is 1 January 1904). */
  date1904?: boolean;
}

type Token =
  | { t: "lit"; s: string }
  | { t: "general" }
  | { t: "digit"; c: string }
  | { t: "point" }
  | { t: "comma" }
  | { t: "percent" }
  | { t: "exp"; plus: boolean }
  | { t: "slash" }
  | { t: "at" }
  | { t: "date"; k: DatePart; n: number; s?: string };

type DatePart = "y" | "m" | "min" | "d" | "h" | "s" | "ampm" | "sub" | "eh" | "em" | "es";

interface Section {
  tokens: Token[];
  kind: "number" | "date" | "text" | "general";
  condition?: (n: number) => boolean;
}

const cache = new Map<string, Section[]>();

/** The text Excel shows for `value` under `code` (booleans as TRUE/FALSE). */
export function formatCellText(value: CellValue, code: string, options: FormatOptions = {}): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return formatString(value, code);
  return formatNumber(value, code, options);
}

/** A number under a format code. */
export function formatNumber(value: number, code: string, options: FormatOptions = {}): string {
  if (code === "General" || code === "" || code === "@") return formatGeneral(value);
  const sections = compile(code);
  const { section, signed } = pickSection(sections, value);
  if (!section) return formatGeneral(value);
  // A negative or zero section shows the magnitude; its own literals carry any sign.
  const shown = signed ? value : Math.abs(value);
  switch (section.kind) {
    case "date":
      return renderDate(section.tokens, value, options.date1904 === true);
    case "text":
      return formatGeneral(value);
    default:
      return renderNumber(section.tokens, shown);
  }
}

/** A string under a format code: only an `@` section changes it. */
export function formatString(value: string, code: string): string {
  if (code === "General" || code === "@" || code.indexOf("@") < 0) return value;
  const sections = compile(code);
  const section = sections.length >= 4 ? sections[3] : sections.find((s) => s.kind === "text");
  if (!section) return value;
  return section.tokens.map((tok) => (tok.t === "at" ? value : tok.t === "lit" ? tok.s : "")).join("");
}

/** Whether a format code shows numbers as dates or times: the core's one test (numberFormatShows). */
export function isDateFormat(code: string): boolean {
  const shows = numberFormatShows(code);
  return shows.date || shows.time;
}

// Excel's section rules: positive;negative;zero;text, or explicit [conditions].
function pickSection(sections: Section[], value: number): { section?: Section; signed: boolean } {
  const numeric = sections.filter((s, i) => i < 3 || s.kind !== "text");
  if (numeric.some((s) => s.condition)) {
    const hit = numeric.find((s) => s.condition?.(value)) ?? numeric.find((s) => !s.condition);
    // A conditional section shows the magnitude unless it is the catch-all first section.
    return { section: hit, signed: hit === numeric[0] && !hit?.condition };
  }
  if (value < 0 && numeric.length >= 2) return { section: numeric[1], signed: false };
  if (value === 0 && numeric.length >= 3) return { section: numeric[2], signed: false };
  return { section: numeric[0], signed: true };
}

function compile(code: string): Section[] {
  let sections = cache.get(code);
  if (!sections) {
    sections = splitSections(code).map(compileSection);
    cache.set(code, sections);
  }
  return sections;
}

function splitSections(code: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < code.length; i++) {
    const ch = code[i];
    if (ch === '"') i = closing(code, i + 1, '"');
    else if (ch === "[") i = closing(code, i + 1, "]");
    else if (ch === "\\" || ch === "_" || ch === "*") i++;
    else if (ch === ";") {
      out.push(code.slice(start, i));
      start = i + 1;
    }
  }
  out.push(code.slice(start));
  return out;
}

function closing(code: string, from: number, ch: string): number {
  const end = code.indexOf(ch, from);
  return end < 0 ? code.length : end;
}

const CONDITION = /^(<=|>=|<>|<|>|=)\s*(-?[\d.]+)$/;

function compileSection(text: string): Section {
  const tokens: Token[] = [];
  let condition: Section["condition"];
  const lit = (s: string) => tokens.push({ t: "lit", s });
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    const lower = ch.toLowerCase();
    const run = (c: string) => {
      let j = i;
      while (j < text.length && text[j].toLowerCase() === c) j++;
      const n = j - i;
      i = j;
      return n;
    };
    if (ch === '"') {
      const end = closing(text, i + 1, '"');
      lit(text.slice(i + 1, end));
      i = end + 1;
    } else if (ch === "\\") {
      lit(text[i + 1] ?? "");
      i += 2;
    } else if (ch === "_") {
      lit(" ");
      i += 2;
    } else if (ch === "*") {
      i += 2; // fill character: repeats to the column width, nothing to show here
    } else if (ch === "[") {
      const end = closing(text, i + 1, "]");
      const body = text.slice(i + 1, end);
      i = end + 1;
      const elapsed = /^(h+|m+|s+)$/i.exec(body);
      const cond = CONDITION.exec(body);
      if (elapsed) {
        const k = body[0].toLowerCase();
        tokens.push({ t: "date", k: k === "h" ? "eh" : k === "m" ? "em" : "es", n: body.length });
      } else if (cond) condition = makeCondition(cond[1], Number(cond[2]));
      else if (body.startsWith("$")) lit(body.slice(1).split("-")[0]);
      // anything else is a colour or a locale tag: no text
    } else if (text.slice(i, i + 7).toLowerCase() === "general") {
      tokens.push({ t: "general" });
      i += 7;
    } else if (text.slice(i, i + 5).toUpperCase() === "AM/PM") {
      tokens.push({ t: "date", k: "ampm", n: 2, s: text.slice(i, i + 5) === "am/pm" ? "lower" : "upper" });
      i += 5;
    } else if (text.slice(i, i + 3).toUpperCase() === "A/P") {
      tokens.push({ t: "date", k: "ampm", n: 1, s: ch === "a" ? "lower" : "upper" });
      i += 3;
    } else if ((ch === "E" || ch === "e") && (text[i + 1] === "+" || text[i + 1] === "-")) {
      tokens.push({ t: "exp", plus: text[i + 1] === "+" });
      i += 2;
    } else if (lower === "y" || lower === "e") {
      const n = run(lower);
      tokens.push({ t: "date", k: "y", n: lower === "e" || n > 2 ? 4 : 2 });
    } else if (lower === "m" || lower === "d" || lower === "h" || lower === "s") {
      tokens.push({ t: "date", k: lower as DatePart, n: run(lower) });
    } else if (ch === "." && text[i + 1] === "0" && lastDatePart(tokens)?.match(/^e?s$/)) {
      i++;
      tokens.push({ t: "date", k: "sub", n: Math.min(3, run("0")) });
    } else if (ch === "0" || ch === "#" || ch === "?") {
      tokens.push({ t: "digit", c: ch });
      i++;
    } else {
      i++;
      if (ch === ".") tokens.push({ t: "point" });
      else if (ch === ",") tokens.push({ t: "comma" });
      else if (ch === "%") tokens.push({ t: "percent" });
      else if (ch === "/") tokens.push({ t: "slash" });
      else if (ch === "@") tokens.push({ t: "at" });
      else lit(ch);
    }
  }
  return { tokens: finish(tokens), kind: kindOf(tokens), condition };
}

function makeCondition(op: string, limit: number): (n: number) => boolean {
  switch (op) {
    case "<":
      return (n) => n < limit;
    case "<=":
      return (n) => n <= limit;
    case ">":
      return (n) => n > limit;
    case ">=":
      return (n) => n >= limit;
    case "<>":
      return (n) => n !== limit;
    default:
      return (n) => n === limit;
  }
}

function lastDatePart(tokens: Token[]): string | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const tok = tokens[i];
    if (tok.t === "date") return tok.k;
  }
  return undefined;
}

function kindOf(tokens: Token[]): Section["kind"] {
  if (tokens.some((tok) => tok.t === "date")) return "date";
  if (tokens.some((tok) => tok.t === "at")) return "text";
  if (tokens.some((tok) => tok.t === "general")) return "general";
  return "number";
}

// In a date section, `m`/`mm` right after hours or right before seconds means minutes, and
// number-only tokens are plain characters. Elsewhere date letters cannot occur.
function finish(tokens: Token[]): Token[] {
  if (kindOf(tokens) !== "date") return tokens;
  const dates = tokens.filter((tok): tok is Extract<Token, { t: "date" }> => tok.t === "date");
  dates.forEach((tok, i) => {
    if (tok.k !== "m" || tok.n > 2) return;
    const prev = dates[i - 1]?.k;
    const next = dates[i + 1]?.k;
    if (prev === "h" || prev === "eh" || next === "s" || next === "es") tok.k = "min";
  });
  const plain: Record<string, string> = { point: ".", comma: ",", percent: "%", slash: "/" };
  return tokens.map((tok) =>
    tok.t === "digit" ? { t: "lit", s: tok.c } : tok.t in plain ? { t: "lit", s: plain[tok.t] } : tok,
  );
}

/** Where a number section's parts are, worked out once per format code. */
interface NumberLayout {
  intTokens: Token[];
  fracTokens: Token[];
  /** Tokens after `E+`/`E-`, when the section is scientific. */
  expTokens?: Token[];
  expPlus: boolean;
  hasPoint: boolean;
  grouping: boolean;
  /** 1000^(scaling commas) / 100^(percent signs). */
  divisor: number;
  fracPlaces: number;
  /** Integer placeholders, and whether any is `#` (engineering notation steps by their count). */
  intPlaces: number;
  intHash: boolean;
}

const layouts = new WeakMap<Token[], NumberLayout>();

function layoutOf(tokens: Token[]): NumberLayout {
  let layout = layouts.get(tokens);
  if (layout) return layout;
  const expAt = tokens.findIndex((tok) => tok.t === "exp");
  const end = expAt < 0 ? tokens.length : expAt;
  const pointAt = tokens.findIndex((tok, i) => tok.t === "point" && i < end);
  const intEnd = pointAt < 0 ? end : pointAt;
  const intTokens = tokens.slice(0, intEnd);
  const intDigits = intTokens.filter((tok) => tok.t === "digit") as { c: string }[];
  const firstIntDigit = intTokens.findIndex((tok) => tok.t === "digit");
  const lastIntDigit = lastIndexOf(intTokens, (tok) => tok.t === "digit");
  // Commas straight after the last digit placeholder (`#,##0,` or `0.0,,`) divide by 1000 each.
  let scale = 0;
  for (let i = lastIndexOf(tokens.slice(0, end), (tok) => tok.t === "digit") + 1; i < end && tokens[i].t === "comma"; i++) {
    scale++;
  }
  const percents = tokens.filter((tok) => tok.t === "percent").length;
  const fracTokens = pointAt < 0 ? [] : tokens.slice(pointAt + 1, end);
  layout = {
    intTokens,
    fracTokens,
    expTokens: expAt < 0 ? undefined : tokens.slice(expAt + 1),
    expPlus: expAt >= 0 && (tokens[expAt] as { plus: boolean }).plus,
    hasPoint: pointAt >= 0,
    grouping: intTokens.some((tok, i) => tok.t === "comma" && i > firstIntDigit && i < lastIntDigit),
    divisor: 1000 ** scale / 100 ** percents,
    fracPlaces: fracTokens.filter((tok) => tok.t === "digit").length,
    intPlaces: intDigits.length,
    intHash: intDigits.some((tok) => tok.c === "#"),
  };
  layouts.set(tokens, layout);
  return layout;
}

function renderNumber(tokens: Token[], value: number): string {
  const sign = value < 0 ? "-" : "";
  if (tokens.some((tok) => tok.t === "slash")) return sign + formatGeneral(Math.abs(value));
  const layout = layoutOf(tokens);
  let abs = Math.abs(value) / layout.divisor;
  if (layout.intPlaces === 0 && layout.fracPlaces === 0 && !layout.expTokens) {
    // No placeholders: literals only, or General with literals around it.
    return sign + tokens.map((tok) => (tok.t === "lit" ? tok.s : tok.t === "general" ? formatGeneral(abs) : tok.t === "percent" ? "%" : "")).join("");
  }
  let exponent = 0;
  if (layout.expTokens && abs > 0) {
    const step = layout.intHash ? Math.max(1, layout.intPlaces) : 1;
    exponent = Math.floor(decimalExponent(abs) / step) * step;
    abs = abs / 10 ** exponent;
    if (toFixedDigits(abs, layout.fracPlaces).int.length > step) {
      exponent += step;
      abs = abs / 10 ** step;
    }
  }
  const { int, frac } = toFixedDigits(abs, layout.fracPlaces);
  let out = renderInteger(layout.intTokens, int === "0" ? "" : int, layout.grouping);
  if (layout.hasPoint) out += "." + renderFraction(layout.fracTokens, frac);
  if (layout.expTokens) out += renderExponent(layout.expPlus, layout.expTokens, exponent);
  // Like Excel, a negative number that rounds to zero keeps its sign ("-0").
  return sign + out;
}

function lastIndexOf<T>(list: T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i])) return i;
  return -1;
}

// Fills integer placeholders right to left; the leftmost takes every remaining digit.
function renderInteger(tokens: Token[], digits: string, grouping: boolean): string {
  const out: string[] = [];
  const leftmost = tokens.findIndex((tok) => tok.t === "digit");
  if (leftmost < 0) return tokens.map((tok) => (tok.t === "lit" ? tok.s : "")).join("") + digits;
  let d = digits.length - 1;
  let emitted = 0;
  const emit = (ch: string) => {
    if (grouping && emitted > 0 && emitted % 3 === 0) out.push(",");
    out.push(ch);
    emitted++;
  };
  for (let i = tokens.length - 1; i >= 0; i--) {
    const tok = tokens[i];
    if (tok.t === "lit") out.push(tok.s);
    else if (tok.t === "percent") out.push("%");
    else if (tok.t === "general") out.push(digits || "0");
    else if (tok.t === "digit") {
      if (d >= 0) {
        emit(digits[d--]);
        if (i === leftmost) while (d >= 0) emit(digits[d--]);
      } else if (tok.c === "0") emit("0");
      else if (tok.c === "?") out.push(" ");
    }
  }
  return out.reverse().join("");
}

// Trailing zeros vanish under `#` and become spaces under `?`.
function renderFraction(tokens: Token[], frac: string): string {
  const places = tokens.filter((tok) => tok.t === "digit") as { c: string }[];
  let keep = places.length;
  while (keep > 0 && frac[keep - 1] === "0" && places[keep - 1].c !== "0") keep--;
  let p = 0;
  return tokens
    .map((tok) => {
      if (tok.t === "lit") return tok.s;
      if (tok.t === "percent") return "%";
      if (tok.t !== "digit") return "";
      const i = p++;
      if (i < keep) return frac[i];
      return tok.c === "?" ? " " : "";
    })
    .join("");
}

function renderExponent(plus: boolean, tokens: Token[], exponent: number): string {
  const width = tokens.filter((tok) => tok.t === "digit").length;
  const sign = exponent < 0 ? "-" : plus ? "+" : "";
  const rest = tokens.map((tok) => (tok.t === "lit" ? tok.s : tok.t === "percent" ? "%" : "")).join("");
  return "E" + sign + String(Math.abs(exponent)).padStart(width, "0") + rest;
}

const DAY_MS = 86_400_000;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function renderDate(tokens: Token[], serial: number, date1904: boolean): string {
  const sub = tokens.reduce((n, tok) => (tok.t === "date" && tok.k === "sub" ? Math.max(n, tok.n) : n), 0);
  const showsSeconds = tokens.some((tok) => tok.t === "date" && (tok.k === "s" || tok.k === "es"));
  // Shown seconds (or their shown fraction) are rounded; without seconds, minutes are cut, not rounded.
  const unit = showsSeconds ? 1000 / 10 ** sub : 1;
  const totalMs = Math.round((serial * DAY_MS) / unit) * unit;
  const dayNumber = Math.floor(totalMs / DAY_MS);
  const serialDay = date1904 ? dayNumber + DATE1904_OFFSET : dayNumber;
  if (serial < 0 || serialDay > MAX_SERIAL_DAY) return "########";
  const date = serialDayToDate(serialDay);
  const msOfDay = totalMs - dayNumber * DAY_MS;
  const hours = Math.floor(msOfDay / 3_600_000);
  const twelveHour = tokens.some((tok) => tok.t === "date" && tok.k === "ampm");
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return tokens
    .map((tok) => {
      if (tok.t === "lit") return tok.s;
      if (tok.t !== "date") return "";
      switch (tok.k) {
        case "y":
          return tok.n === 2 ? pad(date.year % 100, 2) : pad(date.year, 4);
        case "m":
          if (tok.n <= 2) return pad(date.month, tok.n);
          if (tok.n === 3) return MONTHS[date.month - 1].slice(0, 3);
          return tok.n === 4 ? MONTHS[date.month - 1] : MONTHS[date.month - 1][0];
        case "d":
          if (tok.n <= 2) return pad(date.day, tok.n);
          return tok.n === 3 ? DAYS[date.weekday].slice(0, 3) : DAYS[date.weekday];
        case "h":
          return pad(twelveHour ? hours % 12 || 12 : hours, Math.min(tok.n, 2));
        case "min":
          return pad(Math.floor(msOfDay / 60_000) % 60, Math.min(tok.n, 2));
        case "s":
          return pad(Math.floor(msOfDay / 1000) % 60, Math.min(tok.n, 2));
        case "sub":
          return "." + pad(Math.floor(msOfDay % 1000), 3).slice(0, tok.n);
        case "eh":
          return pad(Math.floor(totalMs / 3_600_000), tok.n);
        case "em":
          return pad(Math.floor(totalMs / 60_000), tok.n);
        case "es":
          return pad(Math.floor(totalMs / 1000), tok.n);
        case "ampm": {
          const text = hours < 12 ? (tok.n === 2 ? "AM" : "A") : tok.n === 2 ? "PM" : "P";
          return tok.s === "lower" ? text.toLowerCase() : text;
        }
      }
    })
    .join("");
}
