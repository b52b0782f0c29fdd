import { useCallback, useState } from "react";
import type { UserPreferences } from "../pane-host";
import { validInitials } from "../update-model";

/** The preferences key the user's initials are kept under (per user, never in the workbook). */
export const INITIALS_KEY = "initials";

function stored(preferences: UserPreferences): string | null {
  try {
    const value = preferences.get(INITIALS_KEY)?.trim() ?? "";
    return validInitials(value) ? value : null;
  } catch {
    // Storage can be unavailable (private browsing, a locked-down profile): ask again.
    return null;
  }
}

/**
 * The user's initials, asked once and remembered in their preferences. `save` refuses anything
 * but 1-4 letters (and says why); a storage failure keeps the initials for this session only.
 */
export function useInitials(preferences: UserPreferences) {
  const [initials, setInitials] = useState<string | null>(() => stored(preferences));
  const [warning, setWarning] = useState<string | undefined>();

  const save = useCallback(
    (value: string): { ok: true } | { ok: false; reason: string } => {
      const trimmed = value.trim();
      if (!validInitials(trimmed)) return { ok: false, reason: "Initials are 1 to 4 letters, A to Z, as you sign your updates (e.g. KJ)." };
      try {
        preferences.set(INITIALS_KEY, trimmed);
        setWarning(undefined);
      } catch {
        setWarning("Your initials could not be saved on this computer, so the pane will ask again next time.");
      }
      setInitials(trimmed);
      return { ok: true };
    },
    [preferences],
  );

  return { initials, save, warning };
}
