/**
 * Thresholds a council sets for itself. Defaults follow common UK public-sector practice; any
 * value changed is saved in the workbook's state (key `settings`) so every copy rates alike.
 */
export interface PlanSettings {
  /** An open action with no update entry within this many days is stale. */
  staleDays: number;
  /** A not-started action due within this many days is Amber. */
  dueSoonDays: number;
  /** How a workstream's overall rating is derived from its actions' ratings. */
  overallRule: OverallRule;
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
};

/** Merges saved or given overrides onto the defaults, ignoring values of the wrong type. */
export function resolveSettings(...overrides: (Partial<PlanSettings> | undefined)[]): PlanSettings {
  const settings: PlanSettings = { ...DEFAULT_SETTINGS };
  for (const o of overrides) {
    if (!o) continue;
    if (typeof o.staleDays === "number" && o.staleDays > 0) settings.staleDays = o.staleDays;
    if (typeof o.dueSoonDays === "number" && o.dueSoonDays >= 0) settings.dueSoonDays = o.dueSoonDays;
    if (o.overallRule && (o.overallRule.kind === "worst" || o.overallRule.kind === "share")) settings.overallRule = o.overallRule;
  }
  return settings;
}
