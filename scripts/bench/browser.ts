/**
 * Navigation to an interactive pane in headless Chromium (Debian's, as the end-to-end tests use;
 * never a downloaded browser). Each run is a fresh browser context, so nothing is cached. Times
 * are the page's own clock (`performance.now()`, from navigation start) when the state shows:
 *
 *   pane     dist/taskpane.html?view=plan outside Office: the "Open this add-in in Excel" heading
 *   preview  build/preview/preview.html?view=plan: the sample read into the double and the pane's
 *            Action plan view up with no spinner left (only when build/preview exists)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { serve } from "../serve-dist";
import { VIEW_TITLES } from "../../src/taskpane/view-route";
import { median, repeat, type RunPlan } from "./stats";
import { REPO } from "./paths";

/** Debian's Chromium; CHROMIUM_PATH to use another (as in test/e2e/harness.ts). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** The end-to-end tests' flags (test/e2e/harness.ts): headless, quiet, no network of its own. */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export interface BrowserResult {
  /** Median ms from navigation to the "open this add-in in Excel" state. */
  paneInteractiveMs: number;
  paneRuns: number[];
  /** Median ms from navigation to the preview's plan view, or null without build/preview. */
  previewPlanMs: number | null;
  previewRuns: number[];
}

/** One fresh context; `ready(arg)` runs in the page and returns performance.now() once it holds. */
async function timeOnce(browser: Browser, url: string, origin: string, ready: (arg: string) => number | false, arg = ""): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: "en-GB", timezoneId: "Europe/London" });
  try {
    // Nothing may leave our origin (as in the end-to-end tests): a stray request fails fast.
    await context.route(
      () => true,
      (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort("blockedbyclient")),
    );
    const page = await context.newPage();
    await page.goto(url, { waitUntil: "commit" });
    const handle = await page.waitForFunction(ready, arg, { polling: 10, timeout: 30_000 });
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

function paneReady(): number | false {
  const heading = [...document.querySelectorAll("h1")].find((h) => h.textContent === "Open this add-in in Excel");
  return heading && heading.getBoundingClientRect().height > 0 ? performance.now() : false;
}

/** Runs in the preview page: the sample is in the double and the pane shows `title`, no spinner. */
function previewReady(title: string): number | false {
  const frame = document.querySelector<HTMLIFrameElement>("#pane-frame");
  const doc = frame?.contentDocument;
  const api = (window as unknown as { preview?: { pane(): { workbook(): unknown } | undefined } }).preview;
  if (!doc || !api?.pane()?.workbook()) return false;
  const heading = doc.querySelector("main h1");
  if (heading?.textContent !== title || doc.querySelector(".fui-Spinner")) return false;
  return performance.now();
}

/** Times the pane from `distDir` (and the preview when build/preview exists), each as `runs` says. */
export async function measureBrowser(distDir: string, runs: RunPlan): Promise<BrowserResult> {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`No Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH).`);
  const previewDir = path.join(REPO, "build/preview");
  const hasPreview = fs.existsSync(path.join(previewDir, "preview.html"));
  const dist = await serve({ root: distDir, port: 0 });
  const preview = hasPreview ? await serve({ root: previewDir, port: 0, index: "preview.html" }) : undefined;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const paneRuns = await repeat(runs, () => timeOnce(browser, `${dist.url}/taskpane.html?view=plan`, dist.url, paneReady));
    const previewUrl = preview && `${preview.url}/preview.html?view=plan&width=350`;
    const previewRuns = preview ? await repeat(runs, () => timeOnce(browser, previewUrl!, preview.url, previewReady, VIEW_TITLES.plan)) : [];
    return {
      paneInteractiveMs: median(paneRuns),
      paneRuns,
      previewPlanMs: previewRuns.length ? median(previewRuns) : null,
      previewRuns,
    };
  } finally {
    await browser.close();
    await dist.close();
    await preview?.close();
  }
}
