import { FluentProvider, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useSyncExternalStore, type ReactNode } from "react";
import type { PaneHost } from "./pane-host";
import { fluentTheme, themeMode } from "./theme";

const useStyles = makeStyles({
  // Fluent copies the provider's className onto every portal's mount node (applyStylesToPortals),
  // and that node is `position: absolute; top: 0; left: 0; right: 0; z-index: 1000000`. Page layout
  // (full height, padding) therefore lives on an inner element: on the provider it turned every
  // dropdown's portal into a full-pane opaque layer that stayed and blocked clicks.
  page: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
});

/**
 * The Fluent provider around every pane state, in the light or dark theme that matches Office.
 * Until Office has started, only the system preference is known.
 */
export function PaneShell({ host, started, children }: { host: PaneHost; started: boolean; children: ReactNode }) {
  const styles = useStyles();
  const subscribe = useCallback((listener: () => void) => host.onThemeChange(listener), [host]);
  const mode = useSyncExternalStore(subscribe, () =>
    themeMode(started ? host.themeBackground() : undefined, host.systemPrefersDark()),
  );
  return (
    <FluentProvider theme={fluentTheme(mode)}>
      <div className={styles.page}>{children}</div>
    </FluentProvider>
  );
}
