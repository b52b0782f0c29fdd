import { StrictMode, type ReactNode } from "react";
import type { Root } from "react-dom/client";
import { App, LAST_VIEW_KEY } from "./App";
import { AsOfProvider } from "./as-of";
import { LoadingState } from "./components/LoadingState";
import { OutsideExcel } from "./components/OutsideExcel";
import { PaneError } from "./components/PaneError";
import { PaneShell } from "./PaneShell";
import { EXCEL_HOST, type PaneHost } from "./pane-host";
import { HostProvider } from "./host-context";
import { PortProvider } from "./port-context";
import { preloadView } from "./view-chunks";
import { askedView, viewFromName, type ViewName } from "./view-route";
import { localToday } from "./date-text";

function workbookKey(host: PaneHost): string {
  try {
    return host.workbookKey?.() ?? "";
  } catch {
    return "";
  }
}

/** The view the pane opens at: the one the ribbon button asked for, else the last one used. */
function firstView(host: PaneHost, search: string): ViewName {
  return askedView(search) ?? viewFromName(host.userPreferences.get(LAST_VIEW_KEY)) ?? "plan";
}

/** After this long without Office starting the pane, say so (and keep waiting). */
export const SLOW_START_MS = 15_000;

/**
 * Shows a spinner at once, waits for Office, then shows the view the ribbon asked for, or the
 * "Open this add-in in Excel" state when the page is not running in Excel.
 */
export async function boot(root: Root, host: PaneHost, search: string, slowStartMs = SLOW_START_MS): Promise<void> {
  const show = (started: boolean, content: ReactNode) =>
    root.render(
      <StrictMode>
        <PaneShell host={host} started={started}>
          {content}
        </PaneShell>
      </StrictMode>,
    );

  show(false, <LoadingState label="Starting Action Plan Assistant…" />);
  // Fetch the view's code while Office starts, not after: it is most of what the view needs.
  try {
    preloadView(firstView(host, search));
  } catch {
    // Preferences unreadable: the view is chosen (and the failure shown) once Office has started.
  }
  const slow = setTimeout(
    () => show(false, <LoadingState label="Still waiting for Excel to start the add-in. If this lasts, close the pane and open it again." />),
    slowStartMs,
  );
  let hostName: string | null;
  try {
    hostName = (await host.ready()).host;
  } catch {
    hostName = null;
  } finally {
    clearTimeout(slow);
  }

  if (hostName !== EXCEL_HOST) {
    show(false, <OutsideExcel hostName={hostName ?? undefined} />);
    return;
  }
  try {
    const [port, sheet] = await Promise.all([host.createPort(), host.createSheetActions()]);
    show(
      true,
      <PortProvider port={port}>
        <HostProvider sheet={sheet} preferences={host.userPreferences}>
          <AsOfProvider preferences={host.userPreferences} workbook={workbookKey(host)} today={localToday(new Date())}>
            <App view={firstView(host, search)} />
          </AsOfProvider>
        </HostProvider>
      </PortProvider>,
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    show(true, <PaneError title="The add-in could not reach the workbook" message={message} onRetry={() => window.location.reload()} />);
  }
}
