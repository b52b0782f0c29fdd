import { createContext, useContext, type ReactNode } from "react";
import type { SheetActions, UserPreferences } from "./pane-host";

interface HostServices {
  sheet: SheetActions;
  preferences: UserPreferences;
}

const HostContext = createContext<HostServices | null>(null);

/** Hands sheet actions and per-user preferences to the views; boot creates them, tests pass fakes. */
export function HostProvider({ sheet, preferences, children }: HostServices & { children: ReactNode }) {
  return <HostContext.Provider value={{ sheet, preferences }}>{children}</HostContext.Provider>;
}

function useHost(): HostServices {
  const host = useContext(HostContext);
  if (!host) throw new Error("This view needs a <HostProvider> above it.");
  return host;
}

/** Selection, highlighting and navigation in the open workbook. */
export function useSheetActions(): SheetActions {
  return useHost().sheet;
}

/** The user's own preferences (initials), stored on this computer. */
export function usePreferences(): UserPreferences {
  return useHost().preferences;
}
