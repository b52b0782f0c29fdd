/**
 * axe-core on every view of the pane, in use, at 320 and 500 px in the light and dark themes:
 * no violations at all, of any impact (minor and moderate too). Also the preview page itself. axe-core is read from node_modules (a
 * devDependency; AXE_CORE_PATH overrides); without it these tests fail, saying so.
 */
import * as fs from "fs";
import * as path from "path";
import type { Frame } from "playwright-core";
import { VIEW_NAMES } from "../../src/taskpane/view-route";
import { REPO, bringIntoUse, openPaneAlone, openPreview, previewSessions } from "./harness";

const ctx = previewSessions();

/** axe-core's browser build, or a failure that says how to get it. */
function axeSource(): string {
  const file = process.env.AXE_CORE_PATH || path.join(REPO, "node_modules/axe-core/axe.min.js");
  if (!fs.existsSync(file)) {
    throw new Error(
      `axe-core is not installed (no ${path.relative(REPO, file)}): add it as a devDependency ` +
        "(npm install --save-dev --save-exact axe-core@4.14.1) to run the accessibility tests.",
    );
  }
  return fs.readFileSync(file, "utf8");
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string; failureSummary?: string }[];
}

/**
 * Fluent UI's focus manager (Tabster) puts focusable, aria-hidden `<i data-tabster-dummy>`
 * sentinels around focus groups (the Add update view's TabList) to steer Tab; axe reports them
 * as aria-hidden-focus. Known and intended (microsoft/tabster#288); Microsoft's own Accessibility
 * Insights suppresses exactly these nodes for exactly this rule, and so does this test.
 */
function isTabsterSentinel(rule: string, html: string): boolean {
  return rule === "aria-hidden-focus" && /^<i [^>]*data-tabster-dummy/.test(html);
}

/** Runs axe on the frame's document; returns every violation, readably. */
async function violations(frame: Frame, options: { iframes?: boolean } = {}): Promise<string[]> {
  await frame.evaluate(axeSource());
  const violations = await frame.evaluate(async (iframes) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"], iframes });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  }, options.iframes ?? true);
  return violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterSentinel(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => `${n.target.join(" ")} ${n.html.slice(0, 160)}`).join(" | ")}`);
}

describe("accessibility (axe-core)", () => {
  for (const view of VIEW_NAMES) {
    for (const width of [320, 500]) {
      for (const theme of ["light", "dark"] as const) {
        test(`${view} view, ${width} px, ${theme} theme: no violations`, async () => {
          const pane = await openPaneAlone(ctx.session, view, theme, width);
          await bringIntoUse(pane, view);
          expect(await violations(pane)).toEqual([]);
        });
      }
    }
  }

  test("the preview page around the pane: no violations", async () => {
    const { page } = await openPreview(ctx.session, { view: "plan" });
    // The pane in its frame is checked above; this is the page's own chrome and mock sheet.
    expect(await violations(page.mainFrame(), { iframes: false })).toEqual([]);
  });
});
