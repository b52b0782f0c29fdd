/**
 * The outer page of the preview (`preview.html`): the mock sheet beside the task pane frame, the
 * ribbon-button (view) switcher, the pane width and the Office theme. The workbook lives in the
 * pane frame (see `pane.tsx`); this page draws it again after every `context.sync()` the pane
 * makes and turns clicks on cells and sheet tabs into the double's user selection.
 *
 * Query: `?view=plan|update|validate|summary&theme=light|dark&width=320..500`.
 */
import { VIEW_NAMES, viewFromSearch, type ViewName } from "../src/taskpane/view-route";
import {
  PANE_WIDTH,
  themeFromSearch,
  widthFromSearch,
  type PreviewPageApi,
  type PreviewPaneApi,
  type ThemeMode,
  type WorkbookState,
} from "./api";
import { activeCellInfo, sheetTableHtml } from "./mock-sheet";

const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`preview.html has no #${id}`);
  return element as T;
};

const frame = byId<HTMLIFrameElement>("pane-frame");
const grid = byId<HTMLDivElement>("grid");
const tabs = byId<HTMLElement>("tabs");
const nameBox = byId<HTMLInputElement>("name-box");
const formula = byId<HTMLTextAreaElement>("formula");
const status = byId<HTMLSpanElement>("status");
const widthInput = byId<HTMLInputElement>("pane-width");
const widthValue = byId<HTMLOutputElement>("width-value");
const paneSize = byId<HTMLElement>("pane-size");
const viewButtons = [...byId("view-switcher").querySelectorAll<HTMLButtonElement>("button[data-view]")];
const themeButtons = [...byId("theme-switcher").querySelectorAll<HTMLButtonElement>("button[data-theme]")];

const initial = window.location.search;
let view: ViewName = viewFromSearch(initial);
let theme: ThemeMode = themeFromSearch(initial);
let width = widthFromSearch(initial);

let pane: PreviewPaneApi | undefined;
let unsubscribe: (() => void) | undefined;
/** A hidden sheet opened from its tab: shown until the pane activates another sheet. */
let hiddenShown: string | undefined;
let lastActive: string | undefined;
/** Where the selection was on each sheet, so going back to a sheet restores it, as in Excel. */
const selectionBySheet = new Map<string, string>();
let lastSelectionKey = "";
let renderQueued = false;

/** Keeps the page's address in step with the controls, so a reload or a shared link shows the same. */
function updateAddress(): void {
  const params = new URLSearchParams(window.location.search);
  params.set("view", view);
  params.set("theme", theme);
  params.set("width", String(width));
  window.history.replaceState(null, "", `?${params.toString()}`);
}

function paneUrl(): string {
  return `pane.html?${new URLSearchParams({ view, theme }).toString()}`;
}

function shownSheet(state: WorkbookState): WorkbookState["sheets"][number] | undefined {
  if (lastActive !== state.activeSheet) {
    lastActive = state.activeSheet;
    hiddenShown = undefined; // the pane (or the user) moved to another sheet
  }
  const name = hiddenShown ?? state.activeSheet;
  return state.sheets.find((s) => s.name === name) ?? state.sheets[0];
}

function renderTabs(state: WorkbookState, shown: string): void {
  tabs.replaceChildren(
    ...state.sheets.map((sheet) => {
      const button = document.createElement("button");
      button.type = "button";
      button.dataset.sheet = sheet.name;
      const hidden = sheet.visibility !== "Visible";
      button.textContent = hidden ? `${sheet.name} (${sheet.visibility === "VeryHidden" ? "very hidden" : "hidden"})` : sheet.name;
      if (hidden) button.classList.add("hidden-sheet");
      if (sheet.name === shown) button.setAttribute("aria-current", "true");
      return button;
    }),
  );
}

function render(): void {
  renderQueued = false;
  viewButtons.forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.view === (pane?.view() ?? view))));
  themeButtons.forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.theme === theme)));
  const state = pane?.workbook();
  if (!state) return;
  if (pane && pane.view() !== view) {
    view = pane.view(); // the pane followed one of its own links
    updateAddress();
  }
  if (state.selection) selectionBySheet.set(state.selection.sheet, state.selection.address);
  const sheet = shownSheet(state);
  if (!sheet) {
    grid.textContent = "The workbook has no sheets.";
    return;
  }
  grid.innerHTML = sheetTableHtml(state, sheet);
  renderTabs(state, sheet.name);
  const info = activeCellInfo(state, sheet);
  nameBox.value = info.address;
  formula.value = info.text;
  status.textContent = `${pane?.syncCount() ?? 0} round trips (context.sync) to the double`;

  const selectionKey = `${sheet.name}!${state.selection?.sheet === sheet.name ? state.selection.address : ""}`;
  if (selectionKey !== lastSelectionKey) {
    lastSelectionKey = selectionKey;
    grid.querySelector(".active-cell")?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }
}

/** Draws again once the current burst of changes is over (a batch may sync more than once). */
function scheduleRender(): void {
  if (renderQueued) return;
  renderQueued = true;
  queueMicrotask(render);
}

function showLoadError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const box = document.createElement("p");
  box.className = "load-error";
  box.textContent = `The sample plan could not be loaded into the preview: ${message}`;
  grid.replaceChildren(box);
}

function attach(): void {
  unsubscribe?.();
  pane = (frame.contentWindow as (Window & { previewPane?: PreviewPaneApi }) | null)?.previewPane;
  if (!pane) return;
  hiddenShown = undefined;
  lastActive = undefined;
  lastSelectionKey = "";
  selectionBySheet.clear();
  unsubscribe = pane.subscribe(scheduleRender);
  pane.loaded.then(scheduleRender, showLoadError);
  scheduleRender();
}

function applyWidth(next: number): void {
  width = Math.min(PANE_WIDTH.max, Math.max(PANE_WIDTH.min, next));
  frame.style.width = `${width}px`;
  widthInput.value = String(width);
  widthValue.textContent = `${width} px`;
  paneSize.textContent = `${width} px wide`;
}

function applyTheme(next: ThemeMode): void {
  theme = next;
  document.documentElement.dataset.theme = next;
  pane?.setTheme(next);
  scheduleRender();
}

grid.addEventListener("click", (event) => {
  const cell = (event.target as Element).closest<HTMLTableCellElement>("td[data-address]");
  const state = pane?.workbook();
  if (!cell || !pane || !state) return;
  const sheet = shownSheet(state);
  if (!sheet || sheet.visibility !== "Visible") return; // Excel cannot select on a hidden sheet
  void pane.userSelects(sheet.name, cell.dataset.address ?? "A1");
});

tabs.addEventListener("click", (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>("button[data-sheet]");
  const state = pane?.workbook();
  if (!button || !pane || !state) return;
  const sheet = state.sheets.find((s) => s.name === button.dataset.sheet);
  if (!sheet) return;
  if (sheet.visibility !== "Visible") {
    hiddenShown = sheet.name; // the preview lets you look; Excel would need Unhide
    scheduleRender();
    return;
  }
  hiddenShown = undefined;
  // Going to a sheet selects what was selected there before, as Excel does, and raises the event.
  void pane.userSelects(sheet.name, selectionBySheet.get(sheet.name) ?? "A1");
});

viewButtons.forEach((button) =>
  button.addEventListener("click", () => {
    const next = VIEW_NAMES.find((name) => name === button.dataset.view);
    if (!next) return;
    view = next;
    updateAddress();
    if (pane) pane.showView(next);
    else frame.src = paneUrl();
    scheduleRender();
  }),
);

themeButtons.forEach((button) =>
  button.addEventListener("click", () => {
    applyTheme(button.dataset.theme === "dark" ? "dark" : "light");
    updateAddress();
  }),
);

widthInput.addEventListener("input", () => {
  applyWidth(Number(widthInput.value));
  updateAddress();
});

byId<HTMLButtonElement>("reset").addEventListener("click", () => {
  pane = undefined;
  unsubscribe?.();
  grid.replaceChildren();
  frame.src = paneUrl();
});

frame.addEventListener("load", attach);

const page: PreviewPageApi = {
  pane: () => pane,
  shownSheet: () => {
    const state = pane?.workbook();
    return state ? shownSheet(state)?.name : undefined;
  },
};
(window as unknown as { preview: PreviewPageApi }).preview = page;

widthInput.min = String(PANE_WIDTH.min);
widthInput.max = String(PANE_WIDTH.max);
applyWidth(width);
applyTheme(theme);
updateAddress();
frame.src = paneUrl();
