/**
 * The pane's views. The pane opens at the view named by `?view=` (links, the preview, tests), or
 * else at the view the user was last on; inside the pane a tab list moves between them, so every
 * view is reachable with no ribbon at all (iPad, the add-ins list).
 */

/** The pane's views, in the order of the pane's tabs. */
export const VIEW_NAMES = ["plan", "update", "validate", "chase", "summary"] as const;

export type ViewName = (typeof VIEW_NAMES)[number];

/** The view a location's query string asks for (`?view=validate`), or undefined when none or unknown. */
export function askedView(search: string): ViewName | undefined {
  const asked = new URLSearchParams(search).get("view");
  return VIEW_NAMES.find((name) => name === asked);
}

/** The view named in a location's query string, or `plan` when none or unknown. */
export function viewFromSearch(search: string): ViewName {
  return askedView(search) ?? "plan";
}

/** The view a saved preference names, or undefined. */
export function viewFromName(name: string | null | undefined): ViewName | undefined {
  return VIEW_NAMES.find((v) => v === name);
}

/** The pane's heading for each view. */
export const VIEW_TITLES: Record<ViewName, string> = {
  plan: "Action plan",
  update: "Update an action",
  validate: "Validate plan",
  chase: "Chase list",
  summary: "Board summary",
};

/** The short tab label of each view (five fit in a 320 px pane). */
export const VIEW_TABS: Record<ViewName, string> = {
  plan: "Plan",
  update: "Update",
  validate: "Validate",
  chase: "Chase",
  summary: "Summary",
};
