/**
 * The contract between the preview's two documents: the task pane frame (`pane.html`, which owns
 * the Excel double and runs the real pane) publishes a `PreviewPaneApi` as `window.previewPane`;
 * the outer page (`preview.html`) draws the mock sheet from it and drives it. End-to-end tests
 * read the same object to assert on the double's state.
 *
 * Types and a few constants; nothing here imports the double's code.
 */
import type { WorkbookState } from "../test/excel-double";
import type { ThemeMode } from "../src/taskpane/theme";
import type { ViewName } from "../src/taskpane/view-route";

export type { ThemeMode, ViewName, WorkbookState };

/** The pane frame's handle, as `window.previewPane` on the frame's window. */
export interface PreviewPaneApi {
  /** Resolves once the sample plan is in the double; rejects with the reason it could not be read. */
  readonly loaded: Promise<void>;
  /** The double's live workbook (sheets, cells, fills, selection), or undefined before `loaded`. */
  workbook(): WorkbookState | undefined;
  /** `context.sync()` calls made on the double so far (round trips to "Excel"). */
  syncCount(): number;
  /** Calls `listener` after every `context.sync()`, user selection, view or theme change. */
  subscribe(listener: () => void): () => void;
  /** The user clicks a cell: the double's selection moves and the pane's selection handlers run. */
  userSelects(sheet: string, address: string): Promise<void>;
  /** The view the pane shows now. */
  view(): ViewName;
  /** Opens the pane afresh at a view, as a `?view=` link would (the pane starts again; the workbook is kept). */
  showView(view: ViewName): void;
  /** The Office theme the pane sees. */
  theme(): ThemeMode;
  setTheme(mode: ThemeMode): void;
}

/** The outer page's handle, as `window.preview` (for tests and the browser console). */
export interface PreviewPageApi {
  /** The pane frame's handle, once the frame has loaded. */
  pane(): PreviewPaneApi | undefined;
  /** The sheet the mock grid shows (the double's active sheet, or a hidden sheet opened from its tab). */
  shownSheet(): string | undefined;
}

/** Office's body background colours for the two themes the preview offers (Colorful/White, Dark Gray). */
export const THEME_BACKGROUND: Record<ThemeMode, string> = { light: "#ffffff", dark: "#262626" };

/** Pane widths Excel allows for a task pane on the desktop: the preview keeps inside them. */
export const PANE_WIDTH = { min: 320, max: 500, initial: 350 } as const;

/** `?theme=dark` or light, read the same way by both documents. */
export function themeFromSearch(search: string): ThemeMode {
  return new URLSearchParams(search).get("theme") === "dark" ? "dark" : "light";
}

/** `?width=` clamped to the task pane's range. */
export function widthFromSearch(search: string): number {
  const asked = Number(new URLSearchParams(search).get("width"));
  if (!Number.isFinite(asked) || asked === 0) return PANE_WIDTH.initial;
  return Math.min(PANE_WIDTH.max, Math.max(PANE_WIDTH.min, Math.round(asked)));
}
