/**
 * Where each view's code comes from: its own chunk group, loaded on demand, so the pane's first
 * bundle holds only React, the Fluent provider, the tabs and a spinner. boot.tsx starts the first
 * view's group while Office is still starting; React.lazy in App.tsx then gets the same modules.
 *
 * The group names ("<view>-view") are what scripts/measure-bundle.js measures each view by. The
 * views judged as at the pane's date also need the "As at" field above them: importing it under
 * the view's own chunk name puts it in the view's group, so it arrives with the view (and is
 * counted with it) rather than after it.
 */
import type { ComponentType } from "react";
import type { ViewName } from "./view-route";

export type ViewProps = { onNavigate: (view: ViewName) => void };
type ViewModule = { default: ComponentType<ViewProps> };
type FieldModule = { default: ComponentType };

/** Views judged as at the pane's one date: App shows the "As at" field above them. */
export const DATED: ReadonlySet<ViewName> = new Set(["validate", "chase", "summary"]);

/** The view, once its "As at" field (when it has one) has loaded too. */
const withField = (view: Promise<ViewModule>, field: Promise<FieldModule>) => Promise.all([view, field]).then(([module]) => module);

export const VIEW_CHUNKS: Record<ViewName, () => Promise<ViewModule>> = {
  plan: () => import(/* webpackChunkName: "plan-view" */ "./views/PlanView"),
  update: () => import(/* webpackChunkName: "update-view" */ "./views/UpdateView"),
  validate: () =>
    withField(import(/* webpackChunkName: "validate-view" */ "./views/ValidateView"), import(/* webpackChunkName: "validate-view" */ "./components/AsOfField")),
  chase: () => withField(import(/* webpackChunkName: "chase-view" */ "./views/ChaseView"), import(/* webpackChunkName: "chase-view" */ "./components/AsOfField")),
  summary: () =>
    withField(import(/* webpackChunkName: "summary-view" */ "./views/SummaryView"), import(/* webpackChunkName: "summary-view" */ "./components/AsOfField")),
};

/** The "As at" field on its own, for App (already loaded by then, with the dated view). */
export const AS_OF_FIELD = () => import(/* webpackChunkName: "as-of-field" */ "./components/AsOfField");

/**
 * Starts fetching a view's chunks now. A failure is left for React.lazy to meet again when the view
 * renders (the error boundary shows it), so it is not reported twice.
 */
export function preloadView(view: ViewName): void {
  VIEW_CHUNKS[view]().catch(() => undefined);
}
