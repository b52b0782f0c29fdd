/**
 * Before the end-to-end tests: checks both builds exist, serves dist/ and build/preview/ on
 * 127.0.0.1 (free ports), launches one headless Chromium for every test file, and finds which
 * views are still "coming soon" placeholders so their tests can be skipped with that reason.
 * Everything is handed to the test files through the environment (see harness.ts).
 */
import * as fs from "fs";
import * as path from "path";
import { chromium, type BrowserServer } from "playwright-core";
import { serve, type RunningServer } from "../../scripts/serve-dist";
import { VIEW_NAMES, VIEW_TITLES, type ViewName } from "../../src/taskpane/view-route";
import { CHROMIUM_ARGS, CHROMIUM_PATH, REPO, showsComingSoon, waitForView } from "./harness";

export interface E2EHandles {
  servers: RunningServer[];
  chromium: BrowserServer;
}

const DIST = path.join(REPO, "dist");
const PREVIEW = path.join(REPO, "build/preview");

function requireBuild(file: string, command: string): void {
  if (!fs.existsSync(file)) {
    throw new Error(`End-to-end tests need ${path.relative(REPO, file)}: run \`${command}\` first.`);
  }
}

/** Opens each view in the pane frame on its own and notes those that say "coming soon". */
async function findPlaceholders(wsEndpoint: string, previewUrl: string): Promise<ViewName[]> {
  const browser = await chromium.connect(wsEndpoint);
  try {
    const placeholders: ViewName[] = [];
    for (const view of VIEW_NAMES) {
      const page = await browser.newPage();
      try {
        await page.goto(`${previewUrl}/pane.html?view=${view}`);
        await waitForView(page.mainFrame(), view, 30_000);
        if (await showsComingSoon(page.mainFrame())) placeholders.push(view);
      } finally {
        await page.close();
      }
    }
    return placeholders;
  } finally {
    await browser.close();
  }
}

export default async function globalSetup(): Promise<void> {
  requireBuild(path.join(DIST, "taskpane.html"), "npm run build");
  requireBuild(path.join(PREVIEW, "preview.html"), "npm run build:preview");
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium (or set CHROMIUM_PATH).`);
  }

  const dist = await serve({ root: DIST, port: 0 });
  const preview = await serve({ root: PREVIEW, port: 0, index: "preview.html" });
  const browserServer = await chromium.launchServer({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  const handles: E2EHandles = { servers: [dist, preview], chromium: browserServer };
  (globalThis as { __E2E__?: E2EHandles }).__E2E__ = handles;

  process.env.E2E_DIST_URL = dist.url;
  process.env.E2E_PREVIEW_URL = preview.url;
  process.env.E2E_WS_ENDPOINT = browserServer.wsEndpoint();

  const placeholders = await findPlaceholders(browserServer.wsEndpoint(), preview.url);
  process.env.E2E_PLACEHOLDER_VIEWS = placeholders.join(",");
  const note = placeholders.length
    ? `still "coming soon" (their tests are skipped): ${placeholders.map((v) => VIEW_TITLES[v]).join(", ")}`
    : "every view is built";
  process.stdout.write(`\ne2e: dist ${dist.url}, preview ${preview.url}; ${note}\n`);
}
