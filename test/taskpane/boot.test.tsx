/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { createRoot, type Root } from "react-dom/client";
import type { WorkbookPort } from "../../src/plan/port";
import { boot } from "../../src/taskpane/boot";
import type { PaneHost } from "../../src/taskpane/pane-host";
import { FakePort, fakeSheetActions, smallPlan } from "./fake-port";

// React's act() needs this flag outside RTL's own render().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function fakeHost(host: string | null, overrides: Partial<PaneHost> = {}): PaneHost & { portsCreated: number } {
  const fake = {
    portsCreated: 0,
    ready: async () => ({ host }),
    themeBackground: () => undefined,
    systemPrefersDark: () => false,
    onThemeChange: () => () => undefined,
    createPort: async (): Promise<WorkbookPort> => {
      fake.portsCreated++;
      return new FakePort([smallPlan()]);
    },
    createSheetActions: async () => fakeSheetActions(),
    userPreferences: (() => {
      const saved = new Map<string, string>();
      return { get: (key: string) => saved.get(key) ?? null, set: (key: string, value: string) => void saved.set(key, value) };
    })(),
    ...overrides,
  };
  return fake;
}

/** The background colour the pane's FluentProvider gives its content (from its CSS variables). */
function providerBackground(): string | undefined {
  const provider = container.querySelector(".fui-FluentProvider");
  const className = [...(provider?.classList ?? [])].find((c) => /^fui-FluentProvider_/.test(c));
  const style = [...document.querySelectorAll("style")].find((s) => s.id === className);
  const rule = style?.sheet?.cssRules[0]?.cssText ?? "";
  return /--colorNeutralBackground1:\s*([^;]+);/.exec(rule)?.[1].trim();
}

let root: Root;
let container: HTMLElement;

beforeEach(() => {
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

describe("boot", () => {
  test("outside Office (host null) shows how to open the add-in in Excel, and never touches a workbook", async () => {
    const host = fakeHost(null);
    await act(() => boot(root, host, "?view=plan"));
    expect(screen.getByRole("heading", { name: "Open this add-in in Excel" })).toBeTruthy();
    expect(screen.getByText(/needs to be opened from Excel/)).toBeTruthy();
    expect(host.portsCreated).toBe(0);
  });

  test("in another Office application, says it only runs in Excel", async () => {
    await act(() => boot(root, fakeHost("Word"), ""));
    expect(screen.getByRole("heading", { name: "Open this add-in in Excel" })).toBeTruthy();
    expect(screen.getByText(/cannot run in Word/)).toBeTruthy();
  });

  test("when Office fails to start, shows the outside-Excel state rather than a blank pane", async () => {
    await act(() => boot(root, fakeHost(null, { ready: () => Promise.reject(new Error("no host")) }), ""));
    expect(screen.getByRole("heading", { name: "Open this add-in in Excel" })).toBeTruthy();
  });

  test("shows a spinner until Office is ready", async () => {
    let resolve: (info: { host: string | null }) => void = () => undefined;
    const host = fakeHost(null, { ready: () => new Promise((r) => (resolve = r)) });
    let started: Promise<void> = Promise.resolve();
    act(() => {
      started = boot(root, host, "");
    });
    expect(screen.getByText("Starting Action Plan Assistant…")).toBeTruthy();
    await act(async () => {
      resolve({ host: null });
      await started;
    });
    expect(screen.queryByText("Starting Action Plan Assistant…")).toBeNull();
  });

  test("in Excel, opens the plan view on the workbook's port", async () => {
    const host = fakeHost("Excel");
    await act(() => boot(root, host, "?view=plan"));
    expect(await screen.findByRole("heading", { name: "Action plan", level: 1 })).toBeTruthy();
    expect(await screen.findByRole("heading", { name: "Where the plan is" })).toBeTruthy();
    expect(host.portsCreated).toBe(1);
  });

  test("?view=update opens the Update view on the workbook's plan", async () => {
    await act(() => boot(root, fakeHost("Excel"), "?view=update"));
    expect(await screen.findByRole("heading", { name: "Update an action", level: 1 })).toBeTruthy();
    expect(await screen.findByRole("tab", { name: "Selected action" })).toBeTruthy();
  });

  test("the pane's tabs reach every view without the ribbon, and the pane reopens at the last one", async () => {
    const host = fakeHost("Excel");
    await act(() => boot(root, host, ""));
    expect(await screen.findByRole("heading", { name: "Action plan", level: 1 })).toBeTruthy();
    const views = screen.getByRole("tablist", { name: "Views" });
    expect(within(views).getAllByRole("tab")).toHaveLength(5);
    for (const name of ["Plan", "Update", "Validate", "Chase", "Summary"]) expect(within(views).getByRole("tab", { name })).toBeTruthy();
    for (const [tab, heading] of [
      ["Update", "Update an action"],
      ["Validate", "Validate plan"],
      ["Chase", "Chase list"],
      ["Summary", "Board summary"],
    ]) {
      await act(async () => {
        fireEvent.click(within(views).getByRole("tab", { name: tab }));
      });
      expect(await screen.findByRole("heading", { name: heading, level: 1 })).toBeTruthy();
    }
    // Opened with no ?view= (the one ribbon button, or the add-ins list): the last view used.
    act(() => root.unmount());
    root = createRoot(container);
    await act(() => boot(root, host, ""));
    expect(await screen.findByRole("heading", { name: "Board summary", level: 1 })).toBeTruthy();
  });

  test("?view=validate opens the Validate plan view", async () => {
    await act(() => boot(root, fakeHost("Excel"), "?view=validate"));
    expect(await screen.findByRole("heading", { name: "Validate plan", level: 1 })).toBeTruthy();
    expect(await screen.findByRole("button", { name: "Validate plan" })).toBeTruthy();
  });

  test("?view=summary opens the Board summary view", async () => {
    await act(() => boot(root, fakeHost("Excel"), "?view=summary"));
    expect(await screen.findByRole("heading", { name: "Board summary", level: 1 })).toBeTruthy();
    expect(await screen.findByRole("button", { name: "Create summary sheet" })).toBeTruthy();
  });

  test("in Excel, a dark Office theme gives a dark pane, and a theme change is followed", async () => {
    let background = "#262626";
    let notify: () => void = () => undefined;
    const host = fakeHost("Excel", {
      themeBackground: () => background,
      onThemeChange: (listener) => {
        notify = listener;
        return () => undefined;
      },
    });
    await act(() => boot(root, host, "?view=summary"));
    expect(providerBackground()).toBe(webDarkTheme.colorNeutralBackground1);

    background = "#FFFFFF";
    act(() => notify());
    expect(providerBackground()).toBe(webLightTheme.colorNeutralBackground1);
  });

  test("outside Excel, the system preference sets the theme", async () => {
    await act(() => boot(root, fakeHost(null, { systemPrefersDark: () => true }), ""));
    expect(providerBackground()).toBe(webDarkTheme.colorNeutralBackground1);
  });
});
