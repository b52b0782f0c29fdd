/**
 * The add-in as built for Excel (dist/), opened in a plain browser tab: it must say to open it in
 * Excel, and every request the page makes must go to our own origin except one: office.js from
 * Microsoft's CDN, the supported source for a deployed add-in (issue 11, item 2). The harness
 * blocks that request like any other (tests never reach the network), so the page also shows how
 * the pane behaves when the CDN cannot be reached: the open-in-Excel state, no error.
 */
import type { Browser } from "playwright-core";
import { connectBrowser, e2eEnvironment, openSession, recordTiming } from "./harness";

let browser: Browser;

beforeAll(async () => {
  browser = await connectBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe("taskpane.html outside Office", () => {
  test.each(["plan", "update", "validate", "summary"])(
    "?view=%s shows the open-this-in-Excel state and requests nothing from another origin but Microsoft's office.js",
    async (view) => {
      const { distUrl } = e2eEnvironment();
      const session = await openSession(browser, distUrl, { width: 350, height: 700 });
      // The harness blocks office.js (tests never reach the network); Chromium logs that block.
      session.expectConsoleError(/^Failed to load resource: net::ERR_BLOCKED_BY_CLIENT.* \(https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js\)$/);
      try {
        const started = Date.now();
        await session.page.goto(`${distUrl}/taskpane.html?view=${view}`);
        await session.page.getByRole("heading", { name: "Open this add-in in Excel" }).waitFor();
        const readyMs = Date.now() - started;
        if (view === "plan") recordTiming("taskpane.html outside Office: navigation → open-in-Excel state", readyMs);

        await session.page.getByText("needs to be opened from Excel").waitFor();
        // Anything office.js or a lazy chunk would fetch late has had its chance.
        await session.page.waitForLoadState("networkidle");
        await session.page.waitForTimeout(300);

        expect(session.foreign).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
        const elsewhere = session.requests.filter((url) => new URL(url).origin !== distUrl);
        expect(elsewhere).toEqual(session.foreign);
        expect(session.requests).not.toContain(`${distUrl}/office.js`);
        expect(session.httpErrors).toEqual([]);
        expect(session.pageErrors).toEqual([]);
      } finally {
        await session.close();
      }
    },
  );
});

describe("the request recorder", () => {
  test("catches and blocks a request to another origin (so the check above can fail)", async () => {
    const { distUrl } = e2eEnvironment();
    const session = await openSession(browser, distUrl);
    session.expectConsoleError(/^Failed to load resource: net::ERR_BLOCKED_BY_CLIENT.* \(https:\/\/cdn\.example\.invalid\/library\.js\)$/);
    try {
      // A blank page: our own pages' Content-Security-Policy would stop the fetch before the network.
      const outcome = await session.page.evaluate(() =>
        fetch("https://cdn.example.invalid/library.js", { mode: "no-cors" }).then(
          () => "reached",
          () => "blocked",
        ),
      );
      expect(outcome).toBe("blocked");
      expect(session.foreign).toEqual(["https://cdn.example.invalid/library.js"]);
    } finally {
      await session.close();
    }
  });

  test("hears console errors and uncaught exceptions in a page and in its frames (so fail-on-errors.ts can fail a test)", async () => {
    const { distUrl } = e2eEnvironment();
    const session = await openSession(browser, distUrl);
    try {
      await session.page.setContent('<iframe srcdoc="<script>console.error(&quot;in the frame&quot;)</script>"></iframe>');
      await session.page.evaluate(() => {
        console.error("in the page");
        setTimeout(() => {
          throw new Error("thrown in the page");
        });
      });
      // The events arrive asynchronously.
      for (let i = 0; i < 50 && session.unexpectedErrors().length < 3; i++) await session.page.waitForTimeout(100);
      expect(session.unexpectedErrors().sort()).toEqual(["console error: in the frame (about:srcdoc)", "console error: in the page", "page error: thrown in the page"]);
      // Expected errors are not counted; then this test's own errors are cleared, or the global check would fail it.
      session.expectConsoleError(/^in the (page|frame)\b/);
      expect(session.unexpectedErrors()).toEqual(["page error: thrown in the page"]);
      session.pageErrors.length = 0;
    } finally {
      await session.close();
    }
  });
});
