/**
 * Every dropdown, combobox, menu and dialog in every view is opened, used and closed, with the
 * mouse and with the keyboard, at 320 and 500 px in the light and dark themes; after each the
 * pane must still be visible and clickable. (Fluent UI copies the provider's className onto each
 * portal's mount node, `position: absolute; top: 0; z-index: 1000000`: page styles on the provider
 * once made every dropdown blank the pane and leave a layer that swallowed clicks.)
 */
import type { Frame } from "playwright-core";
import { VIEW_NAMES, type ViewName } from "../../src/taskpane/view-route";
import { bringIntoUse, openPaneAlone, previewSessions } from "./harness";

const ctx = previewSessions();

/** What opens a popup: Fluent's Dropdown/Combobox (role combobox) and menu buttons. */
const TRIGGERS = 'main [role="combobox"], main button[aria-haspopup]';
/** A popup that is open. */
const POPUPS = '[role="listbox"], [role="menu"], [role="dialog"], [role="alertdialog"]';

/**
 * Whether the pane is visible and clickable where it matters: nothing outside the pane's
 * container covers more than half of the window, and the point at the view's heading (and at
 * `trigger`, when given) hits the pane itself, not a layer over it. `ignore` is an open popup's
 * own box (it may legitimately cover part of the pane).
 */
async function paneProblems(frame: Frame, trigger?: string, index?: number): Promise<string[]> {
  return frame.evaluate(
    ({ trigger, index, popups }) => {
      const problems: string[] = [];
      const container = document.getElementById("container")!;
      const area = window.innerWidth * window.innerHeight;
      const open = [...document.querySelectorAll<HTMLElement>(popups)].map((p) => p.getBoundingClientRect());
      for (const el of [...document.body.children] as HTMLElement[]) {
        if (el === container || el.tagName === "SCRIPT" || el.tagName === "NOSCRIPT") continue;
        const r = el.getBoundingClientRect();
        const style = getComputedStyle(el);
        if (style.display === "none" || style.visibility === "hidden") continue;
        const covered = Math.max(0, Math.min(r.right, innerWidth) - Math.max(r.left, 0)) * Math.max(0, Math.min(r.bottom, innerHeight) - Math.max(r.top, 0));
        if (covered > area / 2) problems.push(`<${el.tagName.toLowerCase()} class="${el.className}"> covers ${Math.round((100 * covered) / area)}% of the pane`);
      }
      const hits = (target: Element, what: string) => {
        target.scrollIntoView({ block: "center" });
        const r = target.getBoundingClientRect();
        const x = r.left + Math.min(r.width / 2, 20);
        const y = r.top + r.height / 2;
        if (open.some((p) => x >= p.left && x <= p.right && y >= p.top && y <= p.bottom)) return;
        const hit = document.elementFromPoint(x, y);
        if (!hit || !(target === hit || target.contains(hit))) {
          problems.push(`${what} is covered by <${hit?.tagName.toLowerCase()} class="${(hit as HTMLElement | null)?.className ?? ""}">`);
        }
      };
      const heading = document.querySelector("main h1");
      if (!heading) problems.push("the view's heading is gone");
      else hits(heading, "the heading");
      if (trigger !== undefined && index !== undefined) {
        const el = document.querySelectorAll(trigger)[index];
        if (el) hits(el, `control ${index}`);
      }
      return problems;
    },
    { trigger, index, popups: POPUPS },
  );
}

async function openPopupCount(frame: Frame): Promise<number> {
  return frame.locator(POPUPS).filter({ visible: true }).count();
}

/** The controls that open popups and are shown now. */
async function triggerCount(frame: Frame): Promise<number> {
  return frame.locator(TRIGGERS).count();
}

/** Opens, uses (chooses the option already chosen, or the first) and closes popup `i`, by mouse then keyboard. */
async function exercise(frame: Frame, i: number, label: string): Promise<string[]> {
  const problems: string[] = [];
  const trigger = frame.locator(TRIGGERS).nth(i);
  if (!(await trigger.isVisible()) || (await trigger.isDisabled())) return problems;
  const name = `${label} control ${i} (${(await trigger.getAttribute("aria-label")) ?? (await trigger.textContent())?.trim().slice(0, 40)})`;

  // Mouse: open, check, choose, check.
  await trigger.scrollIntoViewIfNeeded();
  await trigger.click();
  const popup = frame.locator(POPUPS).filter({ visible: true }).first();
  await popup.waitFor({ timeout: 5_000 });
  problems.push(...(await paneProblems(frame)).map((p) => `${name}, open (mouse): ${p}`));
  const options = popup.locator('[role="option"], [role="menuitem"], [role="menuitemradio"], [role="menuitemcheckbox"]');
  const chosen = popup.locator('[role="option"][aria-selected="true"]');
  if (await chosen.count()) await chosen.first().click();
  else if (await options.count()) await options.first().click();
  else await frame.page().keyboard.press("Escape");
  await frame.waitForFunction((popups) => ![...document.querySelectorAll<HTMLElement>(popups)].some((p) => p.offsetParent !== null || p.getClientRects().length > 0), POPUPS, { timeout: 5_000 });
  problems.push(...(await paneProblems(frame, TRIGGERS, i)).map((p) => `${name}, closed (mouse): ${p}`));

  // Keyboard: focus, open with Alt+Down (Enter for a menu button), move, choose with Enter; open again, Escape; Tab away.
  await trigger.focus();
  const isMenu = (await trigger.getAttribute("role")) !== "combobox";
  await frame.page().keyboard.press(isMenu ? "Enter" : "Alt+ArrowDown");
  await popup.waitFor({ timeout: 5_000 });
  problems.push(...(await paneProblems(frame)).map((p) => `${name}, open (keyboard): ${p}`));
  await frame.page().keyboard.press("Escape");
  await frame.waitForFunction((popups) => document.querySelectorAll(popups).length === 0 || ![...document.querySelectorAll<HTMLElement>(popups)].some((p) => p.getClientRects().length > 0), POPUPS, { timeout: 5_000 });
  await frame.page().keyboard.press("Tab");
  problems.push(...(await paneProblems(frame, TRIGGERS, i)).map((p) => `${name}, closed (keyboard): ${p}`));
  if (await openPopupCount(frame)) problems.push(`${name}: a popup stayed open`);
  return problems;
}

/** Every popup trigger in the view as shown, and in each of its inner tabs. */
async function exerciseView(frame: Frame, view: ViewName, label: string): Promise<{ problems: string[]; exercised: number }> {
  const problems: string[] = [];
  let exercised = 0;
  const innerTabs = frame.locator('main [role="tablist"]:not([aria-label="Views"]) [role="tab"]');
  const tabs = Math.max(1, await innerTabs.count());
  for (let t = 0; t < tabs; t++) {
    if (await innerTabs.count()) await innerTabs.nth(t).click();
    const n = await triggerCount(frame);
    for (let i = 0; i < n; i++) {
      if (!(await frame.locator(TRIGGERS).nth(i).isVisible())) continue;
      problems.push(...(await exercise(frame, i, `${label}${tabs > 1 ? ` tab ${t}` : ""}`)));
      exercised++;
    }
  }
  void view;
  return { problems, exercised };
}

describe("popups leave the pane visible and clickable", () => {
  for (const view of VIEW_NAMES) {
    test(`${view}: every dropdown, menu and dialog at 320 and 500 px, light and dark, mouse and keyboard`, async () => {
      const problems: string[] = [];
      let exercised = 0;
      for (const [width, theme] of [
        [320, "light"],
        [500, "dark"],
      ] as const) {
        const pane = await openPaneAlone(ctx.session, view, theme, width);
        await bringIntoUse(pane, view);
        const result = await exerciseView(pane, view, `${view} ${width}px ${theme}`);
        problems.push(...result.problems);
        exercised += result.exercised;
      }
      expect(problems).toEqual([]);
      expect(ctx.session.pageErrors).toEqual([]);
      expect(ctx.session.consoleErrors).toEqual([]);
      // Views with popups must have had them exercised (the test would pass vacuously otherwise).
      // The plan view's column pickers are native selects (the browser draws their lists, over no
      // layer of the page's), so it has none.
      if (view === "update") expect(exercised).toBeGreaterThan(0);
    }, 180_000);
  }
});
