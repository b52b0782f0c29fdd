/**
 * The `PaneHost` the preview boots the real pane with: Excel is "ready" at once, the workbook
 * port and sheet actions are the add-in's own Office adapter (`src/excel`) running over the
 * double, the theme comes from the page's Light/Dark switch, preferences live in localStorage.
 */
import { OfficeSheetActions, OfficeWorkbook } from "../src/excel";
import { EXCEL_HOST, type PaneHost, type UserPreferences } from "../src/taskpane/pane-host";
import { THEME_BACKGROUND, type ThemeMode } from "./api";
import type { PreviewWorkbook } from "./preview-workbook";

/** The page's theme switch as the pane host sees it. */
export interface ThemeSource {
  mode(): ThemeMode;
  subscribe(listener: () => void): () => void;
}

/** Kept apart from the add-in's own keys, in case both are ever served from one origin. */
const PREFERENCE_PREFIX = "action-plan-assistant-preview:";

/** localStorage, or memory when storage is blocked (a sandboxed frame, strict privacy settings). */
export function previewPreferences(storage: Storage | undefined = safeLocalStorage()): UserPreferences {
  const memory = new Map<string, string>();
  return {
    get(key) {
      try {
        return storage ? storage.getItem(PREFERENCE_PREFIX + key) : (memory.get(key) ?? null);
      } catch {
        return memory.get(key) ?? null;
      }
    },
    set(key, value) {
      memory.set(key, value);
      try {
        storage?.setItem(PREFERENCE_PREFIX + key, value);
      } catch {
        // memory only
      }
    },
  };
}

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * A host whose workbook is `workbook` once it has loaded. `createPort` waits for it, so the pane
 * shows its own "Starting…" spinner meanwhile and its own error if the sample cannot be read.
 */
export function previewHost(workbook: Promise<PreviewWorkbook>, theme: ThemeSource): PaneHost {
  return {
    ready: async () => ({ host: EXCEL_HOST }),
    themeBackground: () => THEME_BACKGROUND[theme.mode()],
    systemPrefersDark: () => theme.mode() === "dark",
    onThemeChange: (listener) => theme.subscribe(listener),
    async createPort() {
      const { run, supports } = await workbook;
      return new OfficeWorkbook(run, supports);
    },
    async createSheetActions() {
      // OfficeSheetActions calls the global Excel.run, which installOfficeGlobals points at the double.
      await workbook;
      return new OfficeSheetActions();
    },
    // One sample workbook: its as-of date is remembered like any workbook's.
    workbookKey: () => "preview:samples/reading-improvement-plan.xlsx",
    userPreferences: previewPreferences(),
  };
}
