/** Picks the pane's Fluent theme from the Office theme, so the pane matches Excel's chrome. */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export type ThemeMode = "light" | "dark";

/** Relative luminance (0 black .. 1 white) of `#rrggbb` or `#rgb`; undefined when not a hex colour. */
export function luminance(colour: string): number | undefined {
  const hex = colour.trim().replace(/^#/, "");
  const full = /^[0-9a-f]{3}$/i.test(hex) ? [...hex].map((c) => c + c).join("") : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return undefined;
  const channel = (i: number) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

/**
 * Dark when the Office theme's body background is dark (Office's Dark Grey and Black themes);
 * without an Office colour (outside Office, or a host that gives none), the system preference.
 */
export function themeMode(bodyBackgroundColor: string | undefined, systemPrefersDark: boolean): ThemeMode {
  const l = bodyBackgroundColor === undefined ? undefined : luminance(bodyBackgroundColor);
  if (l === undefined) return systemPrefersDark ? "dark" : "light";
  return l < 0.2 ? "dark" : "light";
}

export function fluentTheme(mode: ThemeMode): Theme {
  return mode === "dark" ? webDarkTheme : webLightTheme;
}
