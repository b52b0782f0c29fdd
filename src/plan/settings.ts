/**
 * Thresholds a council sets for itself. Defaults follow common UK public-sector practice; any
 * value changed is saved in the workbook's state (key `settings`) so every copy rates alike.
 *
 * A saved value is checked before use: one that is wrong (a share rule with no numbers, a
 * negative number of days, a word where a number belongs) is reported and its default used, so
 * nothing downstream ever rates "under NaN%". To add a setting, add its default to
 * DEFAULT_SETTINGS and its check and wording to SETTINGS. The checks are plain functions rather
 * than a schema library: four settings do not justify the library's weight in the task pane's
 * first download.
 */
import { STATE_SHEET } from "./own-sheets";
import type { RagScale } from "./rag";

export interface PlanSettings {
  /** An open action with no update entry within this many days is stale. */
  staleDays: number;
  /** A not-started action due within this many days is Amber. */
  dueSoonDays: number;
  /** How a workstream's overall rating is derived from its actions' ratings. */
  overallRule: OverallRule;
  /** The scale the board report rates on: BRAG (default) or the IPA five-point delivery confidence scale. */
  ragScale: RagScale;
}

/**
 * `worst`: the worst rating of any open action. `share`: Red when at least `redShare` of rated
 * actions are Red, Amber when Red and Amber together reach `amberShare`, else Green (Blue when
 * everything is complete).
 */
export type OverallRule = { kind: "worst" } | { kind: "share"; redShare: number; amberShare: number };

export const DEFAULT_SETTINGS: PlanSettings = {
  staleDays: 30,
  dueSoonDays: 28,
  overallRule: { kind: "share", redShare: 0.25, amberShare: 0.25 },
  ragScale: "brag",
};

/** The value to use, or undefined when `value` is not a valid one. */
type Parse<T> = (value: unknown) => T | undefined;

/** A whole number (a safe integer, never NaN or infinite) of at least `min`. */
const wholeNumber =
  (min: number): Parse<number> =>
  (value) =>
    typeof value === "number" && Number.isSafeInteger(value) && value >= min ? value : undefined;

/** A share of actions: more than none, at most all (a share of 0 would rate every workstream Red). */
const isShare = (value: unknown): value is number => typeof value === "number" && value > 0 && value <= 1;

/** Either rule, as a fresh object holding only the rule's own keys (others are dropped). */
const overallRule: Parse<OverallRule> = (value) => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const rule = value as Record<string, unknown>;
  if (rule.kind === "worst") return { kind: "worst" };
  if (rule.kind === "share" && isShare(rule.redShare) && isShare(rule.amberShare)) return { kind: "share", redShare: rule.redShare, amberShare: rule.amberShare };
  return undefined;
};

const ragScale: Parse<RagScale> = (value) => (value === "brag" || value === "ipa" ? value : undefined);

/** Each setting's check, and what a valid value is, in words for the message. */
const SETTINGS: { [K in keyof PlanSettings]: { parse: Parse<PlanSettings[K]>; valid: string } } = {
  staleDays: { parse: wholeNumber(1), valid: "a whole number of days, 1 or more" },
  dueSoonDays: { parse: wholeNumber(0), valid: "a whole number of days, 0 or more" },
  overallRule: {
    parse: overallRule,
    valid: `{"kind":"worst"} or {"kind":"share","redShare":r,"amberShare":a} with r and a above 0 and at most 1`,
  },
  ragScale: { parse: ragScale, valid: `"brag" or "ipa"` },
};

/** Settings to use, and what was wrong with the values given. */
export interface SettingsRead {
  settings: PlanSettings;
  /** One sentence per rejected value, naming it and saying which value was used instead. */
  problems: string[];
}

function shown(value: unknown): string {
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 80 ? `${json.slice(0, 79)}…` : json;
}

/**
 * Merges saved or given values onto the defaults, later sources winning. Every value is checked;
 * a bad one is reported and left out, so the earlier (or default) value stands. Keys this
 * version does not know are ignored (a newer copy of the add-in may have saved them), and so are
 * keys set to `undefined` (an option the user did not give).
 */
export function readSettings(...sources: unknown[]): SettingsRead {
  const settings: PlanSettings = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  for (const source of sources) {
    if (source === undefined || source === null) continue;
    if (typeof source !== "object" || Array.isArray(source)) {
      problems.push(`${STATE_SHEET}: the saved settings ${shown(source)} are not a set of named values; the defaults are used.`);
      continue;
    }
    for (const key of Object.keys(SETTINGS) as (keyof PlanSettings)[]) {
      const value = (source as Record<string, unknown>)[key];
      if (value === undefined) continue;
      const parsed = SETTINGS[key].parse(value);
      if (parsed !== undefined) (settings as unknown as Record<string, unknown>)[key] = parsed;
      else problems.push(`${STATE_SHEET}: the setting "${key}" is ${shown(value)}, which is not ${SETTINGS[key].valid}; ${shown(settings[key])} is used.`);
    }
  }
  return { settings, problems };
}

/** `readSettings` without the problems, for callers that report them elsewhere (readPlan does). */
export function resolveSettings(...sources: unknown[]): PlanSettings {
  return readSettings(...sources).settings;
}
