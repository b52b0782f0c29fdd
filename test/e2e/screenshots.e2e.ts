/**
 * Screenshots of every view at the narrowest and widest task pane (320 and 500 px) in the light
 * and dark Office themes, each in use (validated, a row selected), into test-output/screenshots/
 * (not committed): `<view>-<width>-<theme>.png` is the pane alone, up to 1600 px high;
 * `preview-<view>.png` is the whole preview page (1680 × 900). With UPDATE_README_IMAGES=1 the
 * committed images are written too: docs/images/pane-<view>-<width>-<theme>.png, the pane's first
 * screen (DOCS_HEIGHT px high) as a user sees it on opening the view, in use.
 */
import * as fs from "fs";
import * as path from "path";

import { VIEW_NAMES } from "../../src/taskpane/view-route";
import { REPO, SCREENSHOT_DIR, bringIntoUse, openPaneAlone, openPreview, showsComingSoon, previewSessions } from "./harness";

const ctx = previewSessions();

beforeAll(() => {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
});

const WIDTHS = [320, 500];
const THEMES = ["light", "dark"] as const;
const MAX_HEIGHT = 1600;
/** The committed images: a task pane's height on a 1920 × 1080 screen, less Excel's own bars. */
const DOCS_HEIGHT = 800;

describe("screenshots", () => {
  for (const view of VIEW_NAMES) {
    test(`${view}: the pane at ${WIDTHS.join(" and ")} px, light and dark, without horizontal scrolling`, async () => {
      const readme = process.env.UPDATE_README_IMAGES === "1";
      for (const theme of THEMES) {
        for (const width of WIDTHS) {
          const pane = await openPaneAlone(ctx.session, view, theme, width);
          await bringIntoUse(pane, view);
          // Nothing may make the pane scroll sideways at any allowed width.
          const overflow = await pane.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect({ view, theme, width, overflow }).toEqual({ view, theme, width, overflow: 0 });
          // The pane down to MAX_HEIGHT, taken as one viewport (a full-page capture of a long list
          // timed out on a busy machine).
          const height = Math.min(MAX_HEIGHT, await pane.evaluate(() => document.documentElement.scrollHeight));
          await ctx.session.page.setViewportSize({ width, height });
          await ctx.session.page.screenshot({ path: path.join(SCREENSHOT_DIR, `${view}-${width}-${theme}.png`) });
          if (readme) {
            await ctx.session.page.screenshot({
              path: path.join(REPO, "docs/images", `pane-${view}-${width}-${theme}.png`),
              clip: { x: 0, y: 0, width, height: Math.min(DOCS_HEIGHT, height) },
            });
          }
        }
      }
    });
  }

  test("the whole preview page on each view (500 px pane, light)", async () => {
    // Wide enough for the sample's seven columns beside a 500 px pane.
    await ctx.session.page.setViewportSize({ width: 1680, height: 900 });
    const { page, pane } = await openPreview(ctx.session, { view: "plan", width: 500 });
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, "preview-plan.png") });

    for (const view of VIEW_NAMES.filter((v) => v !== "plan")) {
      await page.locator(`#view-switcher button[data-view="${view}"]`).click();
      await pane.getByRole("heading", { level: 1 }).filter({ hasText: /./ }).first().waitFor();
      await pane.waitForFunction(() => !document.querySelector(".fui-Spinner"));
      await bringIntoUse(pane, view);
      if (view === "validate" && !(await showsComingSoon(pane))) {
        // Show the point of the view: findings highlighted, one chosen and its cell selected.
        await pane.getByRole("button", { name: "Highlight", exact: true }).click();
        await page.waitForFunction(() => document.querySelectorAll("#grid td.highlighted").length > 0);
        const finding = pane.locator('main ul li button[title^="Select "]').nth(2);
        await finding.click();
        await page.waitForFunction(() => !!document.querySelector("#grid td.active-cell"));
        await page.waitForTimeout(150);
      }
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `preview-${view}.png`) });
    }
  });
});
