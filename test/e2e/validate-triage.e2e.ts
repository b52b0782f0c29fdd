/**
 * Validate on the sample (the Reading plan) as at its board date, 08/06/2015, in the pane alone:
 *
 * - the first screen shows the triage's summary line and the first action group whole, at 320
 *   and 500 px, light and dark (nothing to scroll to see what needs attention first);
 * - "Fix all safe fixes" writes exactly the cells its preview lists, each to the previewed text,
 *   and Undo puts every cell of every sheet back as it was (value, text, number format, fill),
 *   read from the Excel double before, after the fixes and after the undo.
 */
import type { Frame } from "playwright-core";
import { doubleCells, openPaneAlone, previewSessions, setAsOf, type DoubleCells } from "./harness";

const ctx = previewSessions();

/**
 * The first screen: a task pane's height on a 1366 × 768 laptop, the smallest common screen
 * (Excel's title bar, ribbon, formula bar and status bar take about 200 of its 768 px).
 */
const FIRST_SCREEN = 560;
const SHEET = "Action Plan";
const CHANGE_LOG = "Plan change log";

async function validate(pane: Frame): Promise<void> {
  await setAsOf(pane);
  await pane.getByRole("button", { name: "Validate plan" }).click();
  await pane.locator('[data-testid="action-group"]').first().waitFor({ timeout: 30_000 });
  await pane.waitForFunction(() => !document.querySelector(".fui-Spinner"));
}

/** The boxes of the summary line and the first action group, as laid out at the top of the pane. */
async function firstScreen(pane: Frame) {
  return pane.evaluate(() => {
    window.scrollTo(0, 0);
    const box = (el: Element | null) => {
      if (!el) return null;
      const r = el.getBoundingClientRect();
      return { top: Math.round(r.top), bottom: Math.round(r.bottom), left: Math.round(r.left), right: Math.round(r.right) };
    };
    const summary = [...document.querySelectorAll('main p[role="status"]')].find((p) => /need attention|needs attention|ready to circulate/i.test(p.textContent ?? ""));
    return {
      summaryText: summary?.textContent ?? null,
      summary: box(summary ?? null),
      group: box(document.querySelector('[data-testid="action-group"]')),
      height: window.innerHeight,
      width: document.documentElement.clientWidth,
      scrollY: window.scrollY,
    };
  });
}

describe("Validate on the sample as at 08/06/2015", () => {
  for (const width of [320, 500]) {
    for (const theme of ["light", "dark"] as const) {
      test(`${width} px, ${theme}: the summary line and the first action group are whole on the first screen (${FIRST_SCREEN} px high)`, async () => {
        const pane = await openPaneAlone(ctx.session, "validate", theme, width);
        await ctx.session.page.setViewportSize({ width, height: FIRST_SCREEN });
        await validate(pane);
        const shown = await firstScreen(pane);
        expect(shown.summaryText).toMatch(/^\d+ actions? needs? attention/);
        expect(shown.scrollY).toBe(0);
        for (const [what, box] of [
          ["summary line", shown.summary],
          ["first action group", shown.group],
        ] as const) {
          expect({ what, box, inside: !!box && box.top >= 0 && box.bottom <= shown.height && box.left >= 0 && box.right <= shown.width }).toEqual({
            what,
            box,
            inside: true,
          });
        }
      });
    }
  }
});

/** Cells that differ between two reads: sheet → address → [before, after] (undefined = no cell). */
function differences(before: DoubleCells, after: DoubleCells): Record<string, Record<string, [unknown, unknown]>> {
  const out: Record<string, Record<string, [unknown, unknown]>> = {};
  for (const sheet of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[sheet] ?? {};
    const b = after[sheet] ?? {};
    for (const address of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (JSON.stringify(a[address]) !== JSON.stringify(b[address])) (out[sheet] ??= {})[address] = [a[address], b[address]];
    }
  }
  return out;
}

/** The dialog's list: "81A · G10: "Not started" → "Complete"", one per cell. */
function previewed(lines: string[]): { cell: string; before: string; after: string }[] {
  return lines.map((line) => {
    const m = /^.* · ([A-Z]+\d+): "([\s\S]*)" → "([\s\S]*)"$/.exec(line.trim());
    if (!m) throw new Error(`A line of the Fix all preview does not say cell, before and after: ${line}`);
    return { cell: m[1], before: m[2], after: m[3] };
  });
}

describe("Fix all safe fixes, then Undo", () => {
  for (const [width, theme] of [
    [320, "light"],
    [500, "dark"],
  ] as const) {
    test(`${width} px, ${theme}: the fixes write exactly the previewed cells; Undo restores every cell of every sheet`, async () => {
      const pane = await openPaneAlone(ctx.session, "validate", theme, width);
      await validate(pane);
      // What the workbook holds when the user decides to fix (the run's stamp already saved).
      const before = await doubleCells(pane);
      expect(Object.keys(before)).not.toContain(CHANGE_LOG);

      const fixAll = pane.getByRole("button", { name: /^Fix all safe fixes \(\d+\)$/ });
      const n = Number(/\((\d+)\)/.exec((await fixAll.textContent()) ?? "")?.[1]);
      expect(n).toBeGreaterThan(0);
      await fixAll.click();
      const dialog = pane.getByRole("dialog");
      await dialog.waitFor();
      const plan = previewed(await dialog.getByRole("list", { name: "Cells to change" }).getByRole("listitem").allTextContents());
      expect(plan).toHaveLength(n);
      // No initials kept yet in this fresh browser: the dialog asks for them (they sign the change log).
      const initials = dialog.getByRole("textbox", { name: "Your initials" });
      if (await initials.count()) await initials.fill("JS");
      await dialog.getByRole("button", { name: new RegExp(`^Apply ${n} fix`) }).click();
      await pane.getByText("Fixed", { exact: true }).waitFor({ timeout: 30_000 });
      await pane.waitForFunction(() => !document.querySelector(".fui-Spinner"));

      // After: on the plan's sheet exactly the previewed cells changed, each from and to the previewed text.
      const fixed = await doubleCells(pane);
      const changed = differences(before, fixed);
      expect(Object.keys(changed).sort()).toEqual([SHEET, CHANGE_LOG].sort());
      expect(Object.keys(changed[SHEET]).sort()).toEqual(plan.map((p) => p.cell).sort());
      for (const p of plan) {
        expect({ cell: p.cell, before: (before[SHEET][p.cell] as { text?: string } | undefined)?.text ?? "" }).toEqual({ cell: p.cell, before: p.before });
        expect({ cell: p.cell, after: (fixed[SHEET][p.cell] as { text: string }).text }).toEqual({ cell: p.cell, after: p.after });
      }
      // The change log: a header and one row per fix.
      const logRows = new Set(Object.keys(fixed[CHANGE_LOG]).map((a) => Number(/\d+$/.exec(a)![0])));
      expect(logRows.size).toBe(1 + n);

      await pane.getByRole("button", { name: "Undo" }).click();
      await pane.getByText("Undone", { exact: true }).waitFor({ timeout: 30_000 });
      await pane.waitForFunction(() => !document.querySelector(".fui-Spinner"));

      // After Undo: every cell of every sheet that was there before is exactly as before; the only
      // other sheet is the change log, now with the undo logged too (n more rows).
      const undone = await doubleCells(pane);
      const left = differences(before, undone);
      expect(Object.keys(left)).toEqual([CHANGE_LOG]);
      for (const sheet of Object.keys(before)) expect({ sheet, cells: undone[sheet] }).toEqual({ sheet, cells: before[sheet] });
      const undoneRows = new Set(Object.keys(undone[CHANGE_LOG]).map((a) => Number(/\d+$/.exec(a)![0])));
      expect(undoneRows.size).toBe(1 + 2 * n);
    }, 120_000);
  }
});
