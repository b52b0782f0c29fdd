/** Renders the Add update view over a port, fake sheet actions and in-memory preferences. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { act, render, screen } from "@testing-library/react";
import type { ReactElement } from "react";
import { AsOfProvider } from "../../src/taskpane/as-of";
import { AsOfField } from "../../src/taskpane/components/AsOfField";
import { localToday } from "../../src/taskpane/date-text";
import { ChaseView } from "../../src/taskpane/views/ChaseView";
import { TextDecoder as NodeTextDecoder } from "node:util";
import type { WorkbookPort } from "../../src/plan/port";
import { HostProvider } from "../../src/taskpane/host-context";
import type { UserPreferences } from "../../src/taskpane/pane-host";
import { PortProvider } from "../../src/taskpane/port-context";
import { UpdateView } from "../../src/taskpane/views/UpdateView";
import { fakeSheetActions } from "./fake-port";

// jsdom has no TextDecoder, which the file adapter needs to load the Reading fixture.
if (typeof globalThis.TextDecoder === "undefined") {
  (globalThis as { TextDecoder: unknown }).TextDecoder = NodeTextDecoder;
}

/** Preferences kept in a map, as localStorage would keep them for one user. */
export function memoryPreferences(initial: Record<string, string> = {}): UserPreferences & { values: Map<string, string> } {
  const values = new Map(Object.entries(initial));
  return {
    values,
    get: (key) => values.get(key) ?? null,
    set: (key, value) => void values.set(key, value),
  };
}

/** 10 June 2015, 14:03 local time: two days after the Reading plan's date. */
export const JUNE_10 = () => new Date(2015, 5, 10, 14, 3);

type PaneOptions = { sheet?: ReturnType<typeof fakeSheetActions>; preferences?: ReturnType<typeof memoryPreferences>; now?: () => Date };

/** Renders a view as the pane does: providers, and the pane's As at date above it. */
export function renderInPane(port: WorkbookPort, view: ReactElement, options: PaneOptions = {}) {
  const sheet = options.sheet ?? fakeSheetActions();
  const preferences = options.preferences ?? memoryPreferences();
  const rendered = render(
    <FluentProvider theme={webLightTheme}>
      <PortProvider port={port}>
        <HostProvider sheet={sheet} preferences={preferences}>
          <AsOfProvider preferences={preferences} workbook="test" today={localToday((options.now ?? JUNE_10)())}>
            <AsOfField />
            {view}
          </AsOfProvider>
        </HostProvider>
      </PortProvider>
    </FluentProvider>,
  );
  return { ...rendered, sheet, preferences };
}

export function renderUpdateView(port: WorkbookPort, options: PaneOptions = {}) {
  return renderInPane(port, <UpdateView now={options.now ?? JUNE_10} />, options);
}

/** The Chase list view, as at the pane's date (10 June 2015 unless `now` says otherwise). */
export function renderChaseView(port: WorkbookPort, options: PaneOptions = {}) {
  return renderInPane(port, <ChaseView />, options);
}

/** Waits for the first read of the plan to finish. */
export async function planShown(): Promise<void> {
  await screen.findByRole("tab", { name: "Selected action" });
}

/** The user selects a cell in Excel. */
export async function userSelects(sheet: ReturnType<typeof fakeSheetActions>, name: string, address: string): Promise<void> {
  await act(async () => sheet.userSelects(name, address));
}
