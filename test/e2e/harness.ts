/**
 * Shared pieces of the end-to-end tests: the Chromium flags, the servers' addresses (set by
 * `global-setup.ts`), browser contexts that record every request and block any that leave our
 * origin, the preview page and its pane frame, and reads of the Excel double's state.
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from "playwright-core";
import { VIEW_NAMES, VIEW_TITLES, type ViewName } from "../../src/taskpane/view-route";
import type { PreviewPageApi } from "../../preview/api";

export const REPO = path.resolve(__dirname, "../..");
export const OUTPUT_DIR = path.join(REPO, "test-output");
export const SCREENSHOT_DIR = path.join(OUTPUT_DIR, "screenshots");

/** Debian's Chromium (never `npx playwright install`); CHROMIUM_PATH to use another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Headless, and quiet: no sync, no component updates, no background requests of its own. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** What global-setup.ts started, passed to the test files through the environment. */
export interface E2EEnvironment {
  /** dist/ (the add-in as built for Excel), e.g. `http://127.0.0.1:41234`. */
  distUrl: string;
  /** build/preview/ (the preview without Excel). */
  previewUrl: string;
  /** The shared Chromium's endpoint for `chromium.connect`. */
  wsEndpoint: string;
  /** Views whose pane still says "coming soon" (their tests are skipped, with the reason). */
  placeholders: Set<ViewName>;
}

export function e2eEnvironment(): E2EEnvironment {
  const { E2E_DIST_URL, E2E_PREVIEW_URL, E2E_WS_ENDPOINT, E2E_PLACEHOLDER_VIEWS = "" } = process.env;
  if (!E2E_DIST_URL || !E2E_PREVIEW_URL || !E2E_WS_ENDPOINT) {
    throw new Error("The e2e environment is missing: run the suite with `jest -c jest.e2e.config.js` (its globalSetup starts the servers and Chromium).");
  }
  const placeholders = new Set(VIEW_NAMES.filter((v) => E2E_PLACEHOLDER_VIEWS.split(",").includes(v)));
  return { distUrl: E2E_DIST_URL, previewUrl: E2E_PREVIEW_URL, wsEndpoint: E2E_WS_ENDPOINT, placeholders };
}

/** The Chromium global-setup.ts launched. */
export function connectBrowser(): Promise<Browser> {
  return chromium.connect(e2eEnvironment().wsEndpoint);
}

/** A browser context and page, with what its pages asked for. */
export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every request the pages and frames made, in order. */
  requests: string[];
  /** Requests to any other origin than `origin` (blocked, and a failure of the test that checks). */
  foreign: string[];
  /** Responses with an HTTP error status. */
  httpErrors: string[];
  /** Uncaught exceptions in the pages and their frames. */
  pageErrors: string[];
  /** console.error messages from the pages and their frames (with the source's address). */
  consoleErrors: string[];
  /**
   * Console errors a test expects (e.g. the blocked office.js request outside Office): they are
   * not counted against it by the global check in `fail-on-errors.ts`.
   */
  expectConsoleError(pattern: RegExp): void;
  /** What the global check fails the test on: page errors, and console errors not expected. */
  unexpectedErrors(): string[];
  close(): Promise<void>;
}

/** Every session opened since the last global check (`fail-on-errors.ts` empties it after each test). */
const openedSessions: Session[] = [];

/** The sessions opened since the last call, for the check after each test. */
export function takeOpenedSessions(): Session[] {
  return openedSessions.splice(0);
}

/**
 * A fresh context (its own storage) whose requests are recorded; any request to another origin
 * than `origin` is recorded as foreign and aborted, so a test can never reach the network.
 */
export async function openSession(
  browser: Browser,
  origin: string,
  viewport: { width: number; height: number } = { width: 1400, height: 900 },
): Promise<Session> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: "en-GB", timezoneId: "Europe/London" });
  const expected: RegExp[] = [];
  const session = { context, requests: [], foreign: [], httpErrors: [], pageErrors: [], consoleErrors: [] } as unknown as Session;
  session.expectConsoleError = (pattern) => void expected.push(pattern);
  session.unexpectedErrors = () => [
    ...session.pageErrors.map((e) => `page error: ${e}`),
    ...session.consoleErrors.filter((e) => !expected.some((p) => p.test(e))).map((e) => `console error: ${e}`),
  ];
  openedSessions.push(session);
  await context.route(
    () => true,
    (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin) return route.continue();
      session.foreign.push(url);
      return route.abort("blockedbyclient");
    },
  );
  context.on("request", (request) => session.requests.push(request.url()));
  context.on("response", (response) => {
    if (response.status() >= 400) session.httpErrors.push(`${response.status()} ${response.url()}`);
  });
  // On the context, not the page: every page and frame (the preview's pane frame too) is heard.
  context.on("weberror", (error) => session.pageErrors.push(error.error().message));
  context.on("console", (message) => {
    if (message.type() !== "error") return;
    const source = message.location().url;
    session.consoleErrors.push(source ? `${message.text()} (${source})` : message.text());
  });
  const page = await context.newPage();
  session.page = page;
  session.close = () => context.close();
  return session;
}

/** Spinners the pane shows while it starts, loads a view or reads the plan. */
const BUSY_SELECTOR = ".fui-Spinner";

/**
 * Waits until the pane shows `view` ready for use: its title is there and no spinner is left
 * (starting, loading the view's code, reading the plan). Returns the milliseconds waited.
 */
export async function waitForView(frame: Frame, view: ViewName, timeout = 20_000): Promise<number> {
  const started = Date.now();
  await frame.waitForFunction(
    ({ title, busy }) => {
      const heading = document.querySelector("main h1");
      return heading?.textContent === title && !document.querySelector(busy);
    },
    { title: VIEW_TITLES[view], busy: BUSY_SELECTOR },
    { timeout, polling: 20 },
  );
  return Date.now() - started;
}

/** Whether the pane's view is still the "coming soon" placeholder. */
export async function showsComingSoon(frame: Frame): Promise<boolean> {
  return frame.evaluate(() => /is coming soon/i.test(document.querySelector("main")?.textContent ?? ""));
}

/** The preview's address for a view, theme and pane width. */
export function previewAddress(options: { view?: ViewName; theme?: "light" | "dark"; width?: number } = {}): string {
  const params = new URLSearchParams({ view: options.view ?? "plan", theme: options.theme ?? "light", width: String(options.width ?? 500) });
  return `${e2eEnvironment().previewUrl}/preview.html?${params.toString()}`;
}

/** The preview page and its pane frame, ready on `view`. */
export interface Preview {
  page: Page;
  pane: Frame;
  /** Milliseconds from navigation to the view being ready. */
  readyMs: number;
}

/** Opens the preview on `view` and waits until the sample is loaded and the view is ready. */
export async function openPreview(
  session: Session,
  options: { view?: ViewName; theme?: "light" | "dark"; width?: number } = {},
): Promise<Preview> {
  const view = options.view ?? "plan";
  const started = Date.now();
  await session.page.goto(previewAddress(options));
  const pane = await paneFrame(session.page);
  await session.page.waitForFunction(() => {
    const api = (window as unknown as { preview?: PreviewPageApi }).preview;
    return !!api?.pane()?.workbook();
  });
  await waitForView(pane, view);
  return { page: session.page, pane, readyMs: Date.now() - started };
}

/** The task pane's frame on the preview page. */
export async function paneFrame(page: Page): Promise<Frame> {
  const element = await page.waitForSelector("#pane-frame");
  const frame = await element.contentFrame();
  if (!frame) throw new Error("The preview has no task pane frame.");
  await frame.waitForLoadState("domcontentloaded");
  return frame;
}

/** Switches the preview to another ribbon button's view and waits for it. */
export async function switchView(preview: Preview, view: ViewName): Promise<void> {
  await preview.page.locator(`#view-switcher button[data-view="${view}"]`).click();
  await waitForView(preview.pane, view);
}

/** What the tests read of the double's workbook. */
export interface DoubleSummary {
  activeSheet: string;
  selection: { sheet: string; address: string } | null;
  sheets: { name: string; visibility: string; cells: number }[];
  syncCount: number;
}

export async function doubleSummary(page: Page): Promise<DoubleSummary> {
  return page.evaluate(() => {
    const pane = (window as unknown as { preview: PreviewPageApi }).preview.pane();
    const state = pane?.workbook();
    if (!pane || !state) throw new Error("The preview's workbook is not loaded.");
    return {
      activeSheet: state.activeSheet,
      selection: state.selection ? { ...state.selection } : null,
      sheets: state.sheets.map((s) => ({ name: s.name, visibility: s.visibility, cells: s.cells.size })),
      syncCount: pane.syncCount(),
    };
  });
}

/** A cell's displayed text in the double (`""` for an empty cell). */
export async function doubleCellText(page: Page, sheet: string, address: string): Promise<string> {
  return page.evaluate(
    ({ sheet, address }) => {
      const state = (window as unknown as { preview: PreviewPageApi }).preview.pane()?.workbook();
      const found = state?.sheets.find((s) => s.name === sheet);
      if (!found) throw new Error(`No sheet "${sheet}" in the double.`);
      const m = /^([A-Z]+)(\d+)$/.exec(address);
      if (!m) throw new Error(`Not a cell address: ${address}`);
      const column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      return found.cells.get(`${m[2]},${column}`)?.text ?? "";
    },
    { sheet, address },
  );
}

/** The rows of a sheet that hold anything, as text (for the change log). */
export async function doubleSheetRows(page: Page, sheet: string): Promise<string[][]> {
  return page.evaluate((sheet) => {
    const state = (window as unknown as { preview: PreviewPageApi }).preview.pane()?.workbook();
    const found = state?.sheets.find((s) => s.name === sheet);
    if (!found) return [];
    const rows = new Map<number, string[]>();
    for (const [key, cell] of found.cells) {
      const [row, column] = key.split(",").map(Number);
      const cells = rows.get(row) ?? [];
      cells[column - 1] = cell.text;
      rows.set(row, cells);
    }
    return [...rows.keys()].sort((a, b) => a - b).map((row) => Array.from(rows.get(row)!, (text) => text ?? ""));
  }, sheet);
}

/** Every cell of every sheet of the double: sheet name → address (`E10`) → the cell's whole state. */
export type DoubleCells = Record<string, Record<string, unknown>>;

/**
 * Reads every cell of the double (value, text, number format, fill, format), through the
 * preview's read-only `workbook()` handle: on the preview page (`window.preview.pane()`) or on
 * the pane opened alone (`window.previewPane`). A copy: later writes do not change it.
 */
export async function doubleCells(frame: Frame | Page): Promise<DoubleCells> {
  return frame.evaluate(() => {
    const w = window as unknown as { preview?: PreviewPageApi; previewPane?: import("../../preview/api").PreviewPaneApi };
    const state = (w.preview?.pane() ?? w.previewPane)?.workbook();
    if (!state) throw new Error("The preview's workbook is not loaded.");
    const letters = (column: number): string => {
      let s = "";
      for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      return s;
    };
    const out: Record<string, Record<string, unknown>> = {};
    for (const sheet of state.sheets) {
      const cells: Record<string, unknown> = {};
      for (const [key, cell] of sheet.cells) {
        const [row, column] = key.split(",").map(Number);
        cells[`${letters(column)}${row}`] = JSON.parse(JSON.stringify(cell));
      }
      out[sheet.name] = cells;
    }
    return out;
  });
}

/** The mock sheet's outlined (active) cell, as drawn: sheet shown and address. */
export async function mockSheetActiveCell(page: Page): Promise<{ sheet: string; address: string | null }> {
  return page.evaluate(() => ({
    sheet: document.querySelector<HTMLElement>("#grid table")?.dataset.sheet ?? "",
    address: document.querySelector<HTMLElement>("#grid td.active-cell")?.dataset.address ?? null,
  }));
}

/** Milliseconds from navigation to a usable pane, merged into test-output/e2e-timings.json. */
export function recordTiming(name: string, ms: number): void {
  fs.mkdirSync(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, "e2e-timings.json");
  let timings: Record<string, number> = {};
  try {
    timings = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, number>;
  } catch {
    // first timing of the run
  }
  timings[name] = ms;
  fs.writeFileSync(file, `${JSON.stringify(timings, null, 2)}\n`);
}

/** A test of a view; it fails at once, saying so, if the view is still a "coming soon" placeholder. */
export function testUnlessPlaceholder(view: ViewName, name: string, fn: () => Promise<void>, timeout?: number): void {
  test(
    name,
    async () => {
      if (e2eEnvironment().placeholders.has(view)) throw new Error(`The ${VIEW_TITLES[view]} view still says "coming soon".`);
      await fn();
    },
    timeout,
  );
}

/** Initials the tests sign updates with. */
export const TEST_INITIALS = "JS";

/** The sample plan's own board date (Reading, 8 June 2015), as the pane's "As at" field takes it. */
export const SAMPLE_AS_OF = "08/06/2015";

/** Types the pane's one "As at" date (shown above Validate, Chase and Summary). */
export async function setAsOf(frame: Frame, date: string = SAMPLE_AS_OF): Promise<void> {
  const field = frame.getByRole("textbox", { name: "As at" });
  await field.fill(date);
  await frame.waitForFunction((date) => (document.activeElement as HTMLInputElement | null)?.value === date, date);
  // A view that recomputes for the new date (Chase, Summary) may show a spinner meanwhile.
  await frame.waitForFunction((busy) => !document.querySelector(busy), BUSY_SELECTOR);
}

/**
 * Puts a view in the state a user sees while working in it: the dated views are as at the
 * sample's board date (08/06/2015); Validate has validated; Add update has initials and a
 * selected action (row 10, 81A). Views still "coming soon" are left as they are.
 * `frame` is the pane's frame (the preview's, or pane.html opened on its own).
 */
export async function bringIntoUse(frame: Frame, view: ViewName): Promise<void> {
  if (await showsComingSoon(frame)) return;
  if (view === "validate" || view === "chase" || view === "summary") await setAsOf(frame);
  if (view === "validate") {
    await frame.getByRole("button", { name: "Validate plan" }).click();
    await frame.locator('main ul li button[title^="Select "]').first().waitFor({ timeout: 20_000 });
  }
  if (view === "update") {
    const initials = frame.getByRole("form", { name: "Your initials" });
    if (await initials.count()) {
      await initials.getByRole("textbox").fill(TEST_INITIALS);
      await initials.getByRole("button", { name: "Save initials" }).click();
    }
    await frame.evaluate(() =>
      (window as unknown as { previewPane: import("../../preview/api").PreviewPaneApi }).previewPane.userSelects("Action Plan", "B10"),
    );
    await frame.getByRole("form", { name: "Add an update" }).waitFor();
  }
  // Let transitions and focus rings settle before anyone looks.
  await frame.waitForTimeout(150);
}

/** The pane opened on its own (no mock sheet), `width` wide, ready on `view`. */
export async function openPaneAlone(session: Session, view: ViewName, theme: "light" | "dark", width: number): Promise<Frame> {
  await session.page.setViewportSize({ width, height: 800 });
  await session.page.goto(`${e2eEnvironment().previewUrl}/pane.html?${new URLSearchParams({ view, theme }).toString()}`);
  const frame = session.page.mainFrame();
  await waitForView(frame, view);
  return frame;
}

/** The browser and a fresh page on the preview for each test, opened and closed by jest hooks. */
export interface PreviewSessions {
  browser: Browser;
  session: Session;
}

/**
 * Registers the hooks every preview test file needs (one browser per file, one session per
 * test) and returns the object they fill in.
 */
export function previewSessions(): PreviewSessions {
  const ctx = {} as PreviewSessions;
  beforeAll(async () => {
    ctx.browser = await connectBrowser();
  });
  beforeEach(async () => {
    ctx.session = await openSession(ctx.browser, e2eEnvironment().previewUrl);
  });
  afterEach(async () => {
    await ctx.session?.close();
  });
  afterAll(async () => {
    await ctx.browser?.close();
  });
  return ctx;
}
