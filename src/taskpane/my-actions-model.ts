/**
 * What the My actions tab of Add update shows, worked out from the plan core without React: the
 * roles the plan names and one role's actions, most urgent first. Loaded with the tab
 * (components/MyActionsPanel.tsx), not with the view's first screen.
 */
import { NO_OWNER } from "../plan/chase";
import type { Action, IsoDate, Plan } from "../plan/model";
import { daysOverdue, deriveRag, isClosed, type RagResult } from "../plan/rag";
import type { PlanSettings } from "../plan/settings";
import { personForInitials } from "./update-model";

/**
 * The key owners are grouped by: case, spacing and punctuation ignored, so `Service Manager -
 * Access` and `Service Manager-Access` are one role (the same key the chase list groups by).
 */
export function ownerKey(owner: string): string {
  return owner.toLowerCase().replace(/[^a-z0-9&@.]+/g, " ").trim();
}

/** One role to pick in My actions. */
export interface OwnerOption {
  key: string;
  /** The plan's most used spelling. */
  label: string;
  /** Actions naming this owner (open and closed). */
  count: number;
}

function ownerKeysOf(action: Action): string[] {
  if (action.ownerUnknown || action.owners.length === 0) return [ownerKey(NO_OWNER)];
  return [...new Set(action.owners.map((o) => ownerKey(o.name)))];
}

/** Every owner the plan names, alphabetically, with "(no owner named)" last when any action lacks one. */
export function ownerOptions(plan: Plan): OwnerOption[] {
  const byKey = new Map<string, { spellings: Map<string, number>; count: number }>();
  for (const action of plan.actions) {
    const names = action.ownerUnknown || action.owners.length === 0 ? [NO_OWNER] : action.owners.map((o) => o.name);
    const seen = new Set<string>();
    for (const name of names) {
      const key = ownerKey(name);
      const entry = byKey.get(key) ?? { spellings: new Map(), count: 0 };
      entry.spellings.set(name, (entry.spellings.get(name) ?? 0) + 1);
      if (!seen.has(key)) entry.count++;
      seen.add(key);
      byKey.set(key, entry);
    }
  }
  const noOwner = ownerKey(NO_OWNER);
  return [...byKey.entries()]
    .map(([key, { spellings, count }]) => {
      let label = "";
      let best = 0;
      for (const [name, n] of spellings) if (n > best) [label, best] = [name, n];
      return { key, label, count };
    })
    .sort((a, b) => Number(a.key === noOwner) - Number(b.key === noOwner) || a.label.localeCompare(b.label));
}

/** The owner whose role the glossary gives for these initials, if the plan names it. */
export function ownerForInitials(plan: Plan, initials: string): OwnerOption | undefined {
  const person = personForInitials(plan, initials);
  if (!person?.role) return undefined;
  const key = ownerKey(person.role);
  return ownerOptions(plan).find((o) => o.key === key);
}

/** One row of My actions. */
export interface OwnedAction {
  action: Action;
  rag: RagResult;
  /** Days past the end date (positive), or null when not overdue or closed. */
  overdueDays: number | null;
  closed: boolean;
}

/**
 * An owner's actions: overdue first (most overdue first), then by end date, then those without
 * a real end date, then closed ones (only with `includeClosed`); plan order breaks ties.
 */
export function actionsForOwner(plan: Plan, key: string, asOf: IsoDate, settings: PlanSettings, includeClosed: boolean): OwnedAction[] {
  const rows = plan.actions
    .map((action, index) => ({ action, index }))
    .filter(({ action }) => ownerKeysOf(action).includes(key))
    .map(({ action, index }) => {
      const closed = isClosed(action);
      const late = daysOverdue(action, asOf);
      return { index, item: { action, rag: deriveRag(action, asOf, settings), overdueDays: !closed && late !== null && late > 0 ? late : null, closed } };
    })
    .filter(({ item }) => includeClosed || !item.closed);
  const band = (i: OwnedAction) => (i.closed ? 3 : i.overdueDays !== null ? 0 : i.action.endDate.kind === "date" ? 1 : 2);
  const end = (i: OwnedAction) => (i.action.endDate.kind === "date" ? i.action.endDate.date : "");
  return rows
    .sort((a, b) => band(a.item) - band(b.item) || end(a.item).localeCompare(end(b.item)) || a.index - b.index)
    .map((r) => r.item);
}
