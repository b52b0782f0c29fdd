/**
 * The task pane's entry point and its only contact with Office.js: it starts the pane once Office
 * is ready, reads the Office theme, and creates the workbook port the views use. Components
 * below it receive everything through props and context and make no Office or Excel calls.
 */
import { createRoot } from "react-dom/client";
import { boot } from "./boot";
import type { PaneHost } from "./pane-host";

// Inside Office, the Office adapter's chunk is fetched at once, while Office.js starts up
// (Office.onReady), rather than after it; boot starts the first view's chunk alongside it.
const officeAdapter = typeof Office === "undefined" ? undefined : import(/* webpackChunkName: "excel" */ "../excel");
// A failed fetch is reported where the pane awaits it (createPort), not as an unhandled rejection.
officeAdapter?.catch(() => undefined);
const excelAdapter = () => officeAdapter ?? import(/* webpackChunkName: "excel" */ "../excel");

const darkScheme = typeof window.matchMedia === "function" ? window.matchMedia("(prefers-color-scheme: dark)") : undefined;

const officeHost: PaneHost = {
  async ready() {
    // office.js failed to load (or the page was opened from disk): not in Office.
    if (typeof Office === "undefined") return { host: null };
    const info = await Office.onReady();
    return { host: info.host ? String(info.host) : null };
  },
  themeBackground() {
    try {
      return Office.context.officeTheme?.bodyBackgroundColor || undefined;
    } catch {
      return undefined;
    }
  },
  systemPrefersDark: () => darkScheme?.matches ?? false,
  onThemeChange(listener) {
    // Excel raises no theme-changed event (Office.EventType.OfficeThemeChanged is Outlook's), so
    // the theme is read again when the pane regains focus, e.g. after File > Account > Office Theme.
    darkScheme?.addEventListener("change", listener);
    window.addEventListener("focus", listener);
    return () => {
      darkScheme?.removeEventListener("change", listener);
      window.removeEventListener("focus", listener);
    };
  },
  async createPort() {
    // The Office adapter is in its own chunk, fetched only when office.js has loaded.
    const { OfficeWorkbook, excelRun, officeDocument, supports } = await excelAdapter();
    // The document gives the package outline levels and indents are read from (src/excel/outline-from-file.ts).
    return new OfficeWorkbook(excelRun, supports, { document: officeDocument() });
  },
  async createSheetActions() {
    const { OfficeSheetActions } = await excelAdapter();
    return new OfficeSheetActions();
  },
  workbookKey: () => Office.context.document?.url ?? "",
  userPreferences: {
    get: (key) => window.localStorage.getItem(`action-plan-assistant:${key}`),
    set: (key, value) => window.localStorage.setItem(`action-plan-assistant:${key}`, value),
  },
};

const container = document.getElementById("container");
if (container) void boot(createRoot(container), officeHost, window.location.search);
