/**
 * The preview without Excel, Board summary view: building the summary adds a sheet to the
 * workbook. Skipped, saying so, while the view is still the "coming soon" placeholder.
 */

import { doubleSheetRows, doubleSummary, openPreview, testUnlessPlaceholder, previewSessions } from "./harness";

const ctx = previewSessions();

/** The button that builds the summary sheet, whatever its exact wording ("Create summary sheet"...). */
const BUILD_BUTTON = /\b(create|build|add|make|write)\b.*\b(summary|sheet)\b/i;

describe("preview: Board summary view", () => {
  test("opens from its ribbon button in the preview", async () => {
    const { pane } = await openPreview(ctx.session, { view: "summary" });
    await expect(pane.getByRole("heading", { level: 1, name: "Board summary" }).count()).resolves.toBe(1);
    expect(ctx.session.pageErrors).toEqual([]);
  });

  testUnlessPlaceholder("summary", "building the board summary adds a sheet to the workbook", async () => {
    const { page, pane } = await openPreview(ctx.session, { view: "summary" });
    const before = (await doubleSummary(page)).sheets.map((s) => s.name);

    const button = pane.getByRole("button", { name: BUILD_BUTTON }).first();
    if ((await button.count()) === 0) {
      throw new Error(
        `The Board summary view no longer says "coming soon" but shows no button named like ${BUILD_BUTTON}; ` +
          "update test/e2e/preview-summary.e2e.ts to its wording.",
      );
    }
    await button.click();
    await page.waitForFunction(
      (count) => (window as unknown as { preview: import("../../preview/api").PreviewPageApi }).preview.pane()!.workbook()!.sheets.length > count,
      before.length,
      { timeout: 20_000 },
    );
    // The summary's snapshot is saved in the add-in's very hidden state sheet in the same write;
    // the sheet the user sees is the one visible sheet added.
    const added = (await doubleSummary(page)).sheets.filter((s) => !before.includes(s.name) && s.visibility === "Visible");
    expect(added).toHaveLength(1);
    expect(added[0].cells).toBeGreaterThan(0);
    expect((await doubleSheetRows(page, added[0].name)).length).toBeGreaterThan(1);
    await expect(page.locator("#tabs button", { hasText: added[0].name }).count()).resolves.toBe(1);
  });
});
