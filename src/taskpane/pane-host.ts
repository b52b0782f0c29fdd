import type { SheetActions, WorkbookPort } from "../plan/port";

export type { SheetActions, SheetCell } from "../plan/port";

/**
 * What the pane needs from its host, so nothing under src/taskpane but index.tsx touches Office:
 * index.tsx implements it over Office.js; tests implement it with plain objects.
 */
export interface PaneHost {
  /** Resolves once Office has started the pane; `host` is null outside Office (e.g. a browser tab). */
  ready(): Promise<{ host: string | null }>;
  /** The Office theme's body background colour (`#rrggbb`), when the host gives one. */
  themeBackground(): string | undefined;
  /** Whether the system asks for a dark theme (used when Office gives no colour). */
  systemPrefersDark(): boolean;
  /** Calls `listener` when the Office or system theme changes; returns a function that stops it. */
  onThemeChange(listener: () => void): () => void;
  /**
   * The port onto the open workbook; called once, after `ready` says the host is Excel. Async so
   * the Office adapter's code loads only inside Excel.
   */
  createPort(): Promise<WorkbookPort>;
  /** Selection, highlighting and sheet navigation in the open workbook (Excel only). */
  createSheetActions(): Promise<SheetActions>;
  /**
   * Names the open workbook for preferences kept per workbook (the as-of date): its URL or
   * file name where Office gives one, `""` otherwise.
   */
  workbookKey?(): string;
  /** Per-user preferences (the user's initials), kept on this computer, never in the workbook. */
  userPreferences: UserPreferences;
}

/** Small per-user settings. */
export interface UserPreferences {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

/** The host name Office.js reports for Excel (`Office.HostType.Excel`). */
export const EXCEL_HOST = "Excel";
