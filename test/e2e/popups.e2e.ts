/**
 * Every dropdown, combobox, menu and dialog in every view is opened, used and closed, with the
 * mouse and with the keyboard, at 320 and 500 px in the light and dark themes (all four
 * combinations); after each the pane must still be visible and clickable. Dropdowns and menus are
 * found by their roles; a dialog is opened by the button each view opens it with (DIALOGS). (Fluent UI copies the provider's className onto each
 * portal's mount node, `position: absolute; top: 0; z-index: 1000000`: page styles on the provider
 * once made every dropdown blank the pane and leave a layer that swallowed clicks.)
 */
import type { Frame } from "playwright-core";
import { VIEW_NAMES, type ViewName } from "../../src/taskpane/view-route";
import { bringIntoUse, openPaneAlone, previewSessions } from "./harness";

const ctx = previewSessions();

/** What opens a popup: Fluent's Dropdown/Combobox (role combobox) and menu buttons. */
const TRIGGERS = 'main [role="combobox"], main button[aria-haspopup]';
/**
 * The buttons that open a dialog, per view (a dialog opened by a plain button has no
 * aria-haspopup to find it by). Each must be there once the view is in use.
 */
const DIALOGS: Partial<Record<ViewName, { opener: RegExp; close: string; prepare?: (frame: Frame) => Promise<void> }[]>> = {
  validate: [{ opener: /^Fix all safe fixes \(\d+\)$/, close: "Cancel" }],
  summary: [
    {
      // "Replace the existing summary or keep both?" is asked when a summary as at the same date
      // is made again: make one first.
      opener: /^Create summary sheet$/,
      close: "Cancel",
      prepare: async (frame) => {
        await frame.getByRole("button", { name: "Create summary sheet" }).click();
        await frame.getByText("Summary sheet added").waitFor({ timeout: 20_000 });
      },
    },
  ],
};

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

/** Whether a dialog is shown now, and its box. */
async function shownDialog(frame: Frame) {
  return frame.evaluate(() => {
    const dialog = [...document.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]')].find((d) => d.getClientRects().length > 0);
    if (!dialog) return null;
    const r = dialog.getBoundingClientRect();
    return {
      inside: r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight,
      focusInside: dialog.contains(document.activeElement),
      box: `${Math.round(r.left)},${Math.round(r.top)} ${Math.round(r.width)}×${Math.round(r.height)} in ${window.innerWidth}×${window.innerHeight}`,
    };
  });
}

async function dialogClosed(frame: Frame): Promise<void> {
  await frame.waitForFunction(
    () => ![...document.querySelectorAll<HTMLElement>('[role="dialog"], [role="alertdialog"]')].some((d) => d.getClientRects().length > 0),
    undefined,
    { timeout: 5_000 },
  );
}

/**
 * Opens a dialog with its button and closes it, by mouse (its close button) then by keyboard
 * (Enter on the opener, Escape): the dialog must fit the pane and take the focus; once closed
 * the pane must be clickable again and the focus back on the opener.
 */
async function exerciseDialog(frame: Frame, opener: RegExp, close: string, label: string): Promise<string[]> {
  const problems: string[] = [];
  const button = frame.getByRole("button", { name: opener });
  if ((await button.count()) !== 1) return [`${label}: no button named ${opener} to open its dialog`];
  const name = `${label} dialog of "${(await button.textContent())?.trim()}"`;
  const check = async (how: string) => {
    const shown = await shownDialog(frame);
    if (!shown) problems.push(`${name}, ${how}: did not open`);
    else {
      if (!shown.inside) problems.push(`${name}, ${how}: does not fit the pane (${shown.box})`);
      if (!shown.focusInside) problems.push(`${name}, ${how}: the focus is not in the dialog`);
    }
  };
  const afterClose = async (how: string) => {
    problems.push(...(await paneProblems(frame)).map((p) => `${name}, closed (${how}): ${p}`));
    const focused = await button.evaluate((el) => el === document.activeElement);
    if (!focused) problems.push(`${name}, closed (${how}): the focus did not go back to the button that opened it`);
  };

  await button.scrollIntoViewIfNeeded();
  await button.click();
  await frame.getByRole("dialog").waitFor({ timeout: 5_000 });
  await check("open (mouse)");
  await frame.getByRole("dialog").getByRole("button", { name: close, exact: true }).click();
  await dialogClosed(frame);
  await afterClose("mouse");

  await button.focus();
  await frame.page().keyboard.press("Enter");
  await frame.getByRole("dialog").waitFor({ timeout: 5_000 });
  await check("open (keyboard)");
  await frame.page().keyboard.press("Escape");
  await dialogClosed(frame);
  await afterClose("keyboard");
  // Still usable: the opener opens it again, and Escape closes it.
  await button.click();
  await frame.getByRole("dialog").waitFor({ timeout: 5_000 });
  await frame.page().keyboard.press("Escape");
  await dialogClosed(frame);
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
  for (const { opener, close, prepare } of DIALOGS[view] ?? []) {
    await prepare?.(frame);
    problems.push(...(await exerciseDialog(frame, opener, close, label)));
    exercised++;
  }
  return { problems, exercised };
}

describe("popups leave the pane visible and clickable", () => {
  for (const view of VIEW_NAMES) {
    test(`${view}: every dropdown, menu and dialog at 320 and 500 px, light and dark, mouse and keyboard`, async () => {
      const problems: string[] = [];
      let exercised = 0;
      for (const [width, theme] of [
        [320, "light"],
        [320, "dark"],
        [500, "light"],
        [500, "dark"],
      ] as const) {
        const pane = await openPaneAlone(ctx.session, view, theme, width);
        await bringIntoUse(pane, view);
        const result = await exerciseView(pane, view, `${view} ${width}px ${theme}`);
        problems.push(...result.problems);
        exercised += result.exercised;
      }
      expect(problems).toEqual([]);
      // Page and console errors fail the test too (fail-on-errors.ts).
      // Views with popups must have had them exercised (the test would pass vacuously otherwise).
      // The plan view's column pickers and the update view's status and role are native selects
      // (the browser draws their lists, over no layer of the page's), so those two have none.
      if (view === "validate" || view === "summary") expect(exercised).toBeGreaterThan(0);
    }, 300_000);
  }
});
