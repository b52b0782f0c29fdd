/**
 * The preview without Excel, Plan view: the real pane, over the Excel double holding the sample,
 * finds the plan as the command line does (Action Plan, header row 5, 184 actions in six
 * workstreams); the mock sheet draws the double and turns clicks into the double's selection.
 */

import { doubleSummary, mockSheetActiveCell, openPreview, recordTiming, previewSessions } from "./harness";

const ctx = previewSessions();

describe("preview: Plan view", () => {
  test("detects the sample plan: Action Plan, header row 5, 184 actions, six workstreams", async () => {
    const { pane, page, readyMs } = await openPreview(ctx.session, { view: "plan" });
    recordTiming("preview.html?view=plan: navigation → plan read and shown", readyMs);

    const where = pane.getByRole("region", { name: "Where the plan is" });
    const value = (term: string) => where.locator("dt", { hasText: term }).locator("xpath=following-sibling::dd[1]");
    await expect(value("Sheet").textContent()).resolves.toBe('"Action Plan"');
    await expect(value("Header row").textContent()).resolves.toBe("5");
    await expect(value("Actions").textContent()).resolves.toBe("184");

    const workstreams = pane.getByRole("region", { name: "Workstreams" });
    await expect(workstreams.getByText("184 actions in 6 workstreams.").count()).resolves.toBe(1);
    const rows = workstreams.getByRole("table", { name: "Actions per workstream" }).locator("tbody tr");
    await expect(rows.count()).resolves.toBe(6);
    await expect(rows.first().textContent()).resolves.toContain("1. Leadership & Governance");

    // The plan was read in a fixed, small number of round trips.
    const summary = await doubleSummary(page);
    expect(summary.syncCount).toBeGreaterThan(0);
    expect(summary.syncCount).toBeLessThanOrEqual(4);
    expect(ctx.session.foreign).toEqual([]);
    expect(ctx.session.pageErrors).toEqual([]);
  });

  test("the page says plainly that it is a preview without Excel", async () => {
    const { page } = await openPreview(ctx.session, { view: "plan" });
    await expect(page.getByRole("heading", { level: 1, name: "Preview without Excel" }).count()).resolves.toBe(1);
    await expect(page.title()).resolves.toContain("Preview without Excel");
  });

  test("the mock sheet draws the double: cells, sheet tabs, and the user's selection", async () => {
    const { page } = await openPreview(ctx.session, { view: "plan" });
    const grid = page.locator("#grid");
    await expect(grid.locator('td[data-address="A5"]').textContent()).resolves.toBe("Ref No");
    await expect(grid.locator('td[data-address="G5"]').textContent()).resolves.toBe("Status");
    await expect(page.locator("#tabs button").allTextContents()).resolves.toEqual(["Action Plan", "Glossary"]);

    // Clicking a cell is the user selecting it in Excel: the double's selection moves.
    await grid.locator('td[data-address="B9"]').click();
    await page.waitForFunction(() => document.querySelector("#grid td.active-cell")?.getAttribute("data-address") === "B9");
    expect((await doubleSummary(page)).selection).toEqual({ sheet: "Action Plan", address: "B9" });
    await expect(page.locator("#name-box").inputValue()).resolves.toBe("B9");
    await expect(page.locator("#formula").inputValue()).resolves.toMatch(/^Ensure effective governance/);

    // A sheet tab activates that sheet, as in Excel; coming back restores the selection there.
    await page.locator("#tabs button", { hasText: "Glossary" }).click();
    await page.waitForFunction(() => document.querySelector<HTMLElement>("#grid table")?.dataset.sheet === "Glossary");
    expect((await doubleSummary(page)).activeSheet).toBe("Glossary");
    await page.locator("#tabs button", { hasText: "Action Plan" }).click();
    await page.waitForFunction(() => document.querySelector<HTMLElement>("#grid table")?.dataset.sheet === "Action Plan");
    expect(await mockSheetActiveCell(page)).toEqual({ sheet: "Action Plan", address: "B9" });
  });

  test("the view switcher is the ribbon: each button opens its view and keeps the workbook", async () => {
    const { page, pane } = await openPreview(ctx.session, { view: "plan" });
    await page.locator('#grid td[data-address="C10"]').click();
    await page.locator('#view-switcher button[data-view="summary"]').click();
    await pane.getByRole("heading", { level: 1, name: "Board summary" }).waitFor();
    expect(new URL(page.url()).searchParams.get("view")).toBe("summary");
    await expect(page.locator('#view-switcher button[data-view="summary"]').getAttribute("aria-pressed")).resolves.toBe("true");
    expect((await doubleSummary(page)).selection).toEqual({ sheet: "Action Plan", address: "C10" });
  });

  test("pane width and theme follow the controls (320-500 px, light and dark)", async () => {
    const { page, pane } = await openPreview(ctx.session, { view: "plan", width: 320, theme: "dark" });
    const frameWidth = await page.locator("#pane-frame").evaluate((el) => el.getBoundingClientRect().width);
    expect(frameWidth).toBe(320);
    const background = () =>
      pane.evaluate(() => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor);
    const dark = await background();
    await page.locator('#theme-switcher button[data-theme="light"]').click();
    await pane.waitForFunction((before) => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor !== before, dark);
    expect(await background()).toBe("rgb(255, 255, 255)");
  });
});
