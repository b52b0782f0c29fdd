/**
 * The preview without Excel, Add update view: with a row selected in the sheet, adding an update
 * appends it to that action's update cell and records the change on the "Plan change log" sheet,
 * both in the double and on the mock sheet.
 */

import { doubleCellText, doubleSheetRows, doubleSummary, openPreview, recordTiming, testUnlessPlaceholder, previewSessions } from "./harness";

const ctx = previewSessions();

const CHANGE_LOG = "Plan change log";
/** Action 81A ("Establish an Improvement Board…") on row 10; its update log is column E. */
const ROW_CELL = "B10";
const UPDATE_CELL = "E10";
const TEXT = "Improvement Board terms of reference agreed (end-to-end check).";

describe("preview: Add update view", () => {
  testUnlessPlaceholder("update", "adding an update to the selected row changes its cell and the Plan change log", async () => {
    const { page, pane } = await openPreview(ctx.session, { view: "update" });
    const before = await doubleCellText(page, "Action Plan", UPDATE_CELL);
    expect((await doubleSummary(page)).sheets.map((s) => s.name)).not.toContain(CHANGE_LOG);

    // Sign with initials (asked once, kept in this browser's storage).
    const initials = pane.getByRole("form", { name: "Your initials" });
    if (await initials.count()) {
      await initials.getByRole("textbox").fill("JS");
      await initials.getByRole("button", { name: "Save initials" }).click();
    }
    await pane.getByText("Signing as").waitFor();

    // The user selects the action's row in the sheet; the pane follows the selection.
    await page.locator(`#grid td[data-address="${ROW_CELL}"]`).click();
    const form = pane.getByRole("form", { name: "Add an update" });
    await form.waitFor();
    await expect(pane.locator("main").textContent()).resolves.toContain("81A");

    await form.getByRole("textbox", { name: "Update" }).fill(TEXT);
    const started = Date.now();
    await form.getByRole("button", { name: "Add update" }).click();
    await pane.getByText(/^Update added/).waitFor({ timeout: 20_000 });
    recordTiming("preview Add update: click → written and confirmed", Date.now() - started);

    // The cell: what was there, then the new entry.
    const after = await doubleCellText(page, "Action Plan", UPDATE_CELL);
    expect(after).toContain(TEXT);
    if (before) expect(after.startsWith(before)).toBe(true);
    await page.waitForFunction(
      ({ cell, text }) => document.querySelector(`#grid td[data-address="${cell}"]`)?.textContent?.includes(text),
      { cell: UPDATE_CELL, text: TEXT },
    );

    // The change log: created with its header, one row for this change.
    const log = await doubleSheetRows(page, CHANGE_LOG);
    expect(log[0]).toEqual(["Timestamp", "Initials", "Sheet", "Cell", "Ref", "Field", "Before", "After", "Format before"]);
    const entries = log.slice(1).filter((row) => row.includes(UPDATE_CELL));
    expect(entries).toHaveLength(1);
    expect(entries[0]).toEqual(expect.arrayContaining(["JS", "Action Plan", UPDATE_CELL, "81A"]));
    expect(entries[0].join(" ")).toContain(TEXT);
    await expect(page.locator("#tabs button", { hasText: CHANGE_LOG }).count()).resolves.toBe(1);
    expect(ctx.session.pageErrors).toEqual([]);
  });
});
