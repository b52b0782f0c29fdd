/**
 * The task pane frame of the preview (`pane.html`): loads the sample into the Excel double,
 * installs the `Excel`/`Office` globals over it and starts the add-in's own pane with `boot`,
 * exactly as `src/taskpane/index.tsx` does inside Excel. Publishes `window.previewPane` for the
 * outer page (mock sheet, view switcher, theme) and for the end-to-end tests.
 *
 * Opened on its own (`pane.html?view=validate&theme=dark`) it is the pane alone, at the window's width.
 */
import { createRoot, type Root } from "react-dom/client";
import { boot } from "../src/taskpane/boot";
import { askedView, viewFromSearch, type ViewName } from "../src/taskpane/view-route";
import { themeFromSearch, type PreviewPaneApi, type ThemeMode } from "./api";
import { previewHost } from "./preview-host";
import { createPreviewWorkbook, installOfficeGlobals, type PreviewWorkbook } from "./preview-workbook";

const listeners = new Set<() => void>();
const changed = () => listeners.forEach((listener) => listener());

const themeListeners = new Set<() => void>();
let themeMode: ThemeMode = themeFromSearch(window.location.search);
let view: ViewName = viewFromSearch(window.location.search);
let current: PreviewWorkbook | undefined;

const workbook: Promise<PreviewWorkbook> = createPreviewWorkbook(changed).then((loaded) => {
  current = loaded;
  installOfficeGlobals(window, loaded);
  changed();
  return loaded;
});
// The pane shows a failure itself (boot's "could not reach the workbook"); keep it off the console.
workbook.catch(() => undefined);

const host = previewHost(workbook, {
  mode: () => themeMode,
  subscribe(listener) {
    themeListeners.add(listener);
    return () => themeListeners.delete(listener);
  },
});

const container = document.getElementById("container");
let root: Root | undefined;

/**
 * Starts the pane afresh on `next`, as reopening it at a `?view=` link would; with no view
 * (pane.html opened without `?view=`, as from the add-ins list) the pane chooses, as in Excel.
 */
function start(next: ViewName | undefined): void {
  if (!container) return;
  if (next) view = next;
  root?.unmount();
  root = createRoot(container);
  void boot(root, host, next ? `?view=${next}` : "");
}

function queryFor(next: ViewName): string {
  const params = new URLSearchParams(window.location.search);
  params.set("view", next);
  return `?${params.toString()}`;
}

const api: PreviewPaneApi = {
  loaded: workbook.then(() => undefined),
  workbook: () => current?.double.state,
  syncCount: () => current?.double.syncCount ?? 0,
  subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  async userSelects(sheet, address) {
    const loaded = await workbook;
    try {
      await loaded.double.userSelects(sheet, address);
    } finally {
      changed();
    }
  },
  view: () => view,
  showView(next) {
    window.history.replaceState(null, "", queryFor(next));
    start(next);
    changed();
  },
  theme: () => themeMode,
  setTheme(mode) {
    if (mode === themeMode) return;
    themeMode = mode;
    themeListeners.forEach((listener) => listener());
    changed();
  },
};
(window as unknown as { previewPane: PreviewPaneApi }).previewPane = api;

// The placeholder views link to `taskpane.html?view=...`, a page the preview does not serve:
// follow such links inside the preview instead.
document.addEventListener("click", (event) => {
  const link = (event.target as Element | null)?.closest?.("a[href]");
  if (!(link instanceof HTMLAnchorElement)) return;
  const url = new URL(link.href, window.location.href);
  if (url.origin === window.location.origin && url.pathname.endsWith("/taskpane.html")) {
    event.preventDefault();
    api.showView(viewFromSearch(url.search));
  }
});

start(askedView(window.location.search));
