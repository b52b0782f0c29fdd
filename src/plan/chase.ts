import { formatUk } from "./dates";
import type { Action, GlossaryEntry, IsoDate, Plan } from "./model";
import type { PlanSettings } from "./settings";
import { isStale, lastEntryDate } from "./staleness";

/** An action to chase, with what the owner needs to find it. */
export interface ChaseItem {
  ref: string | null;
  task: string;
  endDate: string | null;
  lastEntry: IsoDate | null;
  sheet: string;
  row: number;
}

/** One owner's open actions that have gone without an update. */
export interface ChaseGroup {
  /** The owner as the plan names them (a role, a name or an email). */
  owner: string;
  /** People the glossary lists in that role. */
  people: GlossaryEntry[];
  items: ChaseItem[];
  /** A ready-to-send message. */
  message: string;
  /** `mailto:` link when the glossary holds email addresses for the owner. */
  mailto?: string;
}

export const NO_OWNER = "(no owner named)";

const key = (s: string) => s.toLowerCase().replace(/[^a-z0-9&@.]+/g, " ").trim();

function message(owner: string, people: GlossaryEntry[], items: ChaseItem[], asOf: IsoDate, staleDays: number): string {
  const greeting = people.length ? people.map((p) => p.fullName.split(/\s+/)[0]).join(", ") : owner;
  const lines = items.map(
    (i) => `- ${i.ref ?? "(no ref)"} ${i.task.slice(0, 90)}${i.task.length > 90 ? "…" : ""} (end date ${i.endDate ?? "not set"}; ${i.lastEntry ? `last update ${formatUk(i.lastEntry)}` : "no dated update yet"})`,
  );
  return [
    `Dear ${greeting},`,
    "",
    `Ahead of the next improvement board, please add a dated update to ${items.length === 1 ? "this action" : `these ${items.length} actions`} in the improvement plan. ${items.length === 1 ? "It has" : "They have"} had no update in the ${staleDays} days to ${formatUk(asOf)}:`,
    ...lines,
    "",
    "Thank you.",
  ].join("\n");
}

/**
 * The chase list: open actions with no dated update within the staleness limit (or none at
 * all), grouped by owner; an action with two owners is listed under each.
 */
export function chaseList(plan: Plan, asOf: IsoDate, settings: Pick<PlanSettings, "staleDays">): ChaseGroup[] {
  const groups = new Map<string, { owner: string; items: ChaseItem[] }>();
  const add = (owner: string, action: Action) => {
    const k = key(owner);
    const group = groups.get(k) ?? { owner, items: [] };
    group.items.push({
      ref: action.ref,
      task: action.task,
      endDate: action.endDate.kind === "blank" ? null : action.endDate.text,
      lastEntry: lastEntryDate(action.updates, asOf),
      sheet: action.sheet,
      row: action.row,
    });
    groups.set(k, group);
  };
  for (const action of plan.actions) {
    if (!isStale(action, asOf, settings.staleDays)) continue;
    if (action.ownerUnknown || action.owners.length === 0) add(NO_OWNER, action);
    else for (const o of action.owners) add(o.name, action);
  }
  return [...groups.values()]
    .sort((a, b) => b.items.length - a.items.length || a.owner.localeCompare(b.owner))
    .map(({ owner, items }) => {
      const people = plan.glossary.filter((g) => g.role && key(g.role) === key(owner));
      const emails = people.map((p) => p.email).filter((e): e is string => !!e);
      const text = message(owner, people, items, asOf, settings.staleDays);
      const group: ChaseGroup = { owner, people, items, message: text };
      if (emails.length) group.mailto = `mailto:${emails.map(encodeURIComponent).join(",")}?subject=${encodeURIComponent("Improvement plan: updates needed")}&body=${encodeURIComponent(text)}`;
      return group;
    });
}
