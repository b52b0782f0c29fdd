import { useCallback, useEffect, useMemo, useState } from "react";
import type { Action, Plan } from "../../plan/model";
import type { SheetActions, SheetCell } from "../../plan/port";
import { actionAtSelection, actionCell, type SelectedAction } from "../update-model";

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The cell selected in the sheet, followed as the user clicks around: the current selection is
 * read once, then every selection change is heard until the view goes away.
 */
export function useSheetSelection(sheet: SheetActions) {
  const [selection, setSelection] = useState<SheetCell | null>(null);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    let active = true;
    let heard = false;
    let stop: (() => Promise<void>) | undefined;
    const quietly = (p: Promise<unknown>) => void p.catch(() => undefined);
    sheet
      .onSelectionChanged((cell) => {
        if (!active) return;
        heard = true;
        setSelection(cell);
      })
      .then((unregister) => {
        if (active) stop = unregister;
        else quietly(unregister());
      })
      .catch((e: unknown) => active && setError(`The pane cannot follow your selection in the sheet: ${message(e)}`));
    sheet
      .currentSelection()
      .then((cell) => active && !heard && setSelection(cell))
      .catch(() => undefined);
    return () => {
      active = false;
      if (stop) quietly(stop());
    };
  }, [sheet]);

  /** Selects a cell in the sheet and follows it at once (whether or not Excel reports it). */
  const select = useCallback(
    async (cell: SheetCell) => {
      setSelection(cell);
      try {
        await sheet.selectCell(cell.sheet, cell.address);
        setError(undefined);
      } catch (e) {
        setError(`Could not select ${cell.sheet}!${cell.address}: ${message(e)}`);
      }
    },
    [sheet],
  );

  return { selection, error, select };
}

/**
 * The action on the row selected in the sheet (or why there is none), and `goTo`, which selects
 * an action's row in the sheet and makes it the selected action.
 */
export function useSelectedAction(plan: Plan | null, sheet: SheetActions) {
  const { selection, error, select } = useSheetSelection(sheet);
  const selected: SelectedAction | null = useMemo(() => (plan ? actionAtSelection(plan, selection) : null), [plan, selection]);
  const goTo = useCallback((action: Action) => select(actionCell(action)), [select]);
  return { selection, selected, error, goTo };
}
