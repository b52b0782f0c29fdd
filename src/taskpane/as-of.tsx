import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { parseIsoDate } from "../plan/dates";
import type { IsoDate } from "../plan/model";
import type { UserPreferences } from "./pane-host";

/**
 * The one date the whole pane judges the plan at (Validate, Chase, Summary), usually the board
 * date. Typed once, shown the same way in every view, and remembered per workbook on this
 * computer (a preference, so opening the pane writes nothing into a shared workbook). The field
 * that edits it is components/AsOfField.tsx, loaded with the dated views only.
 */
interface AsOf {
  /** A real ISO date, or the text typed while it is not one yet. */
  asOf: string;
  /** The date when `asOf` is a real one. */
  date: IsoDate | undefined;
  setAsOf(value: string): void;
}

const AsOfContext = createContext<AsOf | null>(null);

const key = (workbook: string) => `asOf:${workbook}`;

export function AsOfProvider(props: { preferences: UserPreferences; workbook: string; today: IsoDate; children: ReactNode }) {
  const { preferences, workbook, today } = props;
  const [asOf, setState] = useState<string>(() => parseIsoDate(preferences.get(key(workbook)) ?? "") ?? today);
  const setAsOf = useCallback(
    (value: string) => {
      setState(value);
      if (parseIsoDate(value)) preferences.set(key(workbook), value);
    },
    [preferences, workbook],
  );
  const value = useMemo(() => ({ asOf, date: parseIsoDate(asOf) ?? undefined, setAsOf }), [asOf, setAsOf]);
  return <AsOfContext.Provider value={value}>{props.children}</AsOfContext.Provider>;
}

export function useAsOf(): AsOf {
  const value = useContext(AsOfContext);
  if (!value) throw new Error("This view needs an <AsOfProvider> above it.");
  return value;
}
