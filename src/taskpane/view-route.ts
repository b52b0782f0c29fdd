/** Which view the pane opens, from the `?view=` query each ribbon button puts on its URL. */

/** The pane's views, in ribbon order. The manifest test checks every button opens one of these. */
export const VIEW_NAMES = ["plan", "update", "validate", "summary"] as const;

export type ViewName = (typeof VIEW_NAMES)[number];

/** The view named in a location's query string (`?view=validate`), or `plan` when none or unknown. */
export function viewFromSearch(search: string): ViewName {
  const asked = new URLSearchParams(search).get("view");
  return VIEW_NAMES.find((name) => name === asked) ?? "plan";
}

/** The pane's heading for each view. */
export const VIEW_TITLES: Record<ViewName, string> = {
  plan: "Action plan",
  update: "Add update",
  validate: "Validate plan",
  summary: "Board summary",
};
