/**
 * Every view is reachable inside the pane, with no ribbon at all (iPad, the pane opened from the
 * add-ins list): the pane opened with no `?view=` starts on Plan, and its "Views" tabs reach
 * Update, Validate, Chase and Summary by mouse and by keyboard, at 320 and 500 px, light and dark.
 * The five tabs sit on one row inside the narrowest pane, and nothing scrolls sideways.
 */
import type { Frame } from "playwright-core";
import { VIEW_NAMES, VIEW_TABS, VIEW_TITLES, type ViewName } from "../../src/taskpane/view-route";
import { e2eEnvironment, paneFrame, previewSessions, waitForView } from "./harness";

const ctx = previewSessions();

function tab(frame: Frame, view: ViewName) {
  return frame.getByRole("tablist", { name: "Views" }).getByRole("tab", { name: VIEW_TABS[view], exact: true });
}

/** The view shown is `view`: its heading, its tab selected, and its panel the only one visible. */
async function expectShown(frame: Frame, view: ViewName): Promise<void> {
  await waitForView(frame, view);
  expect(await tab(frame, view).getAttribute("aria-selected")).toBe("true");
  const visiblePanels = await frame.locator('main > section[role="tabpanel"]').evaluateAll((panels) =>
    panels.filter((p) => (p as HTMLElement).offsetParent !== null).map((p) => p.id),
  );
  expect(visiblePanels).toEqual([`view-${view}`]);
}

/** Where the tabs sit: each inside the pane's width, all on one row. */
async function tabsFit(frame: Frame): Promise<{ inside: boolean; rows: number; overflow: number }> {
  return frame.evaluate(() => {
    const tabs = [...document.querySelectorAll('[role="tablist"][aria-label="Views"] [role="tab"]')].map((t) => t.getBoundingClientRect());
    return {
      inside: tabs.every((r) => r.left >= 0 && r.right <= document.documentElement.clientWidth),
      rows: new Set(tabs.map((r) => Math.round(r.top))).size,
      overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    };
  });
}

describe("in-pane navigation, no ribbon", () => {
  for (const width of [320, 500]) {
    for (const theme of ["light", "dark"] as const) {
      test(`${width} px, ${theme}: opened with no ?view=, every view is reached by its tab with the mouse and with the keyboard`, async () => {
        const { page } = ctx.session;
        await page.setViewportSize({ width, height: 800 });
        // No view asked for, as when the pane is opened from the add-ins list: Plan.
        await page.goto(`${e2eEnvironment().previewUrl}/pane.html?theme=${theme}`);
        const frame = page.mainFrame();
        await expectShown(frame, "plan");

        await expect(frame.getByRole("tablist", { name: "Views" }).getByRole("tab").count()).resolves.toBe(VIEW_NAMES.length);
        for (const view of VIEW_NAMES) await expect(tab(frame, view).count()).resolves.toBe(1);
        expect(await tabsFit(frame)).toEqual({ inside: true, rows: 1, overflow: 0 });

        // Mouse: each tab in turn, then back to Plan.
        for (const view of [...VIEW_NAMES.slice(1), "plan" as const]) {
          await tab(frame, view).click();
          await expectShown(frame, view);
          expect((await tabsFit(frame)).overflow).toBe(0);
        }

        // Keyboard: from the selected tab, Right arrow then Enter opens the next view.
        await tab(frame, "plan").focus();
        for (const view of VIEW_NAMES.slice(1)) {
          await page.keyboard.press("ArrowRight");
          await expect(frame.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText)).resolves.toBe(VIEW_TABS[view]);
          await page.keyboard.press("Enter");
          await expectShown(frame, view);
        }
        // And back with the Left arrow and Space.
        await page.keyboard.press("ArrowLeft");
        await page.keyboard.press("Space");
        await expectShown(frame, "chase");
      });
    }
  }

  test("the pane opens again at the view the user was last on, and the preview page with no ?view= opens at Plan", async () => {
    const { page } = ctx.session;
    const { previewUrl } = e2eEnvironment();
    await page.goto(`${previewUrl}/preview.html`);
    const pane = await paneFrame(page);
    await expectShown(pane, "plan");
    await tab(pane, "chase").click();
    await expectShown(pane, "chase");
    // Opened again from the add-ins list (no view asked for): where the user left it.
    await page.goto(`${previewUrl}/pane.html`);
    await expectShown(page.mainFrame(), "chase");
    await expect(page.mainFrame().getByRole("heading", { level: 1 }).textContent()).resolves.toBe(VIEW_TITLES.chase);
  });
});
