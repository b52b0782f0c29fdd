/**
 * The preview without Excel, Validate plan view: validating lists findings, and choosing a
 * finding selects its cell in the workbook (the double's selection, drawn on the mock sheet),
 * with the mouse and with the keyboard alone. Highlighting shades the findings' cells.
 */
import type { Frame, Locator, Page } from "playwright-core";
import { doubleSummary, mockSheetActiveCell, openPreview, recordTiming, testUnlessPlaceholder, previewSessions } from "./harness";

const ctx = previewSessions();

/** The finding buttons: each names its cell in its title ("Select G12 in the sheet"). */
function findingButtons(pane: Frame): Locator {
  return pane.locator('main ul li button[title^="Select "]');
}

/** The cell a finding button selects, from its title. */
async function cellOf(button: Locator): Promise<string> {
  const title = (await button.getAttribute("title")) ?? "";
  const match = /^Select (?:(.+)!)?([A-Z]+\d+) in the sheet$/.exec(title);
  if (!match) throw new Error(`A finding's title does not name its cell: "${title}"`);
  return match[2];
}

async function validate(pane: Frame): Promise<void> {
  await pane.getByRole("button", { name: "Validate plan" }).click();
  await findingButtons(pane).first().waitFor({ timeout: 20_000 });
}

async function selectionIs(page: Page, address: string): Promise<void> {
  await page.waitForFunction(
    (address) => (window as unknown as { preview: import("../../preview/api").PreviewPageApi }).preview.pane()?.workbook()?.selection?.address === address,
    address,
  );
}

describe("preview: Validate plan view", () => {
  testUnlessPlaceholder("validate", "Validate lists findings; clicking one selects its cell in the sheet", async () => {
    const { page, pane } = await openPreview(ctx.session, { view: "validate" });
    const started = Date.now();
    await validate(pane);
    recordTiming("preview Validate plan: click → findings listed", Date.now() - started);

    const findings = findingButtons(pane);
    expect(await findings.count()).toBeGreaterThan(0);
    await expect(pane.getByRole("status").filter({ hasText: /\d+ actions? needs? attention/ }).count()).resolves.toBeGreaterThan(0);

    // A finding further down, so the selection really moves.
    const target = findings.nth(Math.min(3, (await findings.count()) - 1));
    const cell = await cellOf(target);
    await target.click();
    await selectionIs(page, cell);
    const summary = await doubleSummary(page);
    expect(summary.selection).toEqual({ sheet: "Action Plan", address: cell });
    expect(summary.activeSheet).toBe("Action Plan");
    await page.waitForFunction((cell) => document.querySelector("#grid td.active-cell")?.getAttribute("data-address") === cell, cell);
    expect(await mockSheetActiveCell(page)).toEqual({ sheet: "Action Plan", address: cell });
    expect(ctx.session.pageErrors).toEqual([]);
  });

  testUnlessPlaceholder("validate", "by keyboard alone: Tab to Validate, Enter, Tab to a finding, Enter selects its cell", async () => {
    const { page, pane } = await openPreview(ctx.session, { view: "validate" });
    // Focus starts in the pane, as when the user moves into the task pane (F6 in Excel).
    await pane.locator("body").focus();
    await pane.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

    const focused = () =>
      pane.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { tag: el?.tagName ?? "", text: (el?.textContent ?? "").trim(), title: el?.getAttribute("title") ?? "" };
      });
    const tabUntil = async (what: string, found: (f: Awaited<ReturnType<typeof focused>>) => boolean, limit = 40) => {
      for (let i = 0; i < limit; i++) {
        await page.keyboard.press("Tab");
        if (found(await focused())) return;
      }
      throw new Error(`Tab never reached ${what} within ${limit} presses.`);
    };

    await tabUntil("the Validate plan button", (f) => f.tag === "BUTTON" && f.text === "Validate plan");
    await page.keyboard.press("Enter");
    await findingButtons(pane).first().waitFor({ timeout: 20_000 });

    await tabUntil("a finding", (f) => f.tag === "BUTTON" && f.title.startsWith("Select "));
    const { title } = await focused();
    const cell = /([A-Z]+\d+) in the sheet$/.exec(title)?.[1];
    expect(cell).toBeDefined();
    await page.keyboard.press("Enter");
    await selectionIs(page, cell!);
    expect((await doubleSummary(page)).selection).toEqual({ sheet: "Action Plan", address: cell });
  });

  testUnlessPlaceholder("validate", "Highlight shades the findings' cells on the mock sheet; Clear highlights removes them", async () => {
    const { page, pane } = await openPreview(ctx.session, { view: "validate" });
    await validate(pane);
    const highlight = pane.getByRole("button", { name: "Highlight", exact: true });
    await highlight.click();
    await page.waitForFunction(() => document.querySelectorAll("#grid td.highlighted").length > 0);
    const first = await cellOf(findingButtons(pane).first());
    await expect(page.locator(`#grid td[data-address="${first}"]`).getAttribute("class")).resolves.toContain("highlighted");

    await pane.getByRole("button", { name: "Clear highlights" }).click();
    await page.waitForFunction(() => document.querySelectorAll("#grid td.highlighted").length === 0);
  });
});
