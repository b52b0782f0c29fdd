import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { InvalidChangeError } from "../../plan/invalid-change";
import { formatUk, parseIsoDate } from "../../plan/dates";
import type { IsoDate } from "../../plan/model";
import { WorkbookReadError, type WorkbookPort } from "../../plan/port";
import { readPlanAsChosen } from "../../plan/reading-choice";
import type { SummaryModel } from "../../plan/summary";
import { withSummary } from "../../plan/summary-store";
import { summaryAt, summaryBasis, type SummaryBasis } from "../summary-model";
import type { ExistingSummaryChoice } from "../summary-writer";

/**
 * What "Create summary sheet" writes (the sheet's layout, the report behind it, the store) loads
 * when it is first clicked, fetched early when the browser is idle (prefetch): the preview, the
 * view's first screen, does not need it.
 */
const loadWriter = () => import(/* webpackChunkName: "summary-writer", webpackPrefetch: true */ "../summary-writer");

/** A summary sheet this view added. */
export interface CreatedSummary {
  /** The new sheet's name, e.g. `RAG 2015-06-08`. */
  name: string;
  /** It replaced the add-in's earlier summary of that name. */
  replaced: boolean;
  asOf: IsoDate;
  workstreams: number;
  exceptions: number;
}

/** The question asked when the add-in already made a summary as at the same date. */
export interface ExistingSummaryQuestion {
  /** The add-in's earlier, untouched summary sheet of that date. */
  existing: string;
  /** The name "Keep both" gives the new sheet. */
  keepName: string;
  asOf: IsoDate;
  madeBy: string;
}

/** Why creating the sheet failed, in words fit to show. */
export interface CreateError {
  title: string;
  message: string;
}

export interface BoardSummaryState {
  /** The workbook is being read for the preview. */
  loading: boolean;
  /** Why the last read for the preview failed: the workbook could not be read, or holds no plan. */
  readError: string | null;
  /** What the preview is computed from (the latest successful read). */
  basis: SummaryBasis | null;
  /** "Create summary sheet" is under way (a read, then one apply). */
  creating: boolean;
  created: CreatedSummary | null;
  createError: CreateError | null;
  /** Waiting for the user to choose Replace or Keep both. */
  asking: ExistingSummaryQuestion | null;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function readError(error: unknown): string {
  if (error instanceof WorkbookReadError) return error.message;
  return `The workbook could not be read: ${describe(error)}`;
}

/**
 * The Board summary through the port. Opening the view reads the workbook once; the preview is
 * then computed for any as-of date without another read. Creating the sheet costs one
 * `readSnapshot` (so the sheet shows the plan as it is now) and ONE `apply` that adds the sheet
 * and saves its snapshot in the workbook's state together.
 */
export function useBoardSummary(port: WorkbookPort, asOf: string) {
  const [state, setState] = useState<BoardSummaryState>({ loading: true, readError: null, basis: null, creating: false, created: null, createError: null, asking: null });
  // Only the latest read may replace the basis; one that finishes late is ignored.
  const latest = useRef(0);
  const live = useRef(true);
  const creating = useRef(false);

  const refresh = useCallback(async () => {
    const request = ++latest.current;
    setState((s) => ({ ...s, loading: true, readError: null }));
    try {
      const snapshot = await port.readSnapshot();
      const read = readPlanAsChosen(snapshot);
      if (!read.ok) throw new WorkbookReadError(read.message);
      const basis = summaryBasis(snapshot, read.plan);
      if (live.current && request === latest.current) setState((s) => ({ ...s, loading: false, basis }));
    } catch (error) {
      if (live.current && request === latest.current) setState((s) => ({ ...s, loading: false, readError: readError(error) }));
    }
  }, [port]);

  useEffect(() => {
    live.current = true;
    void refresh();
    return () => {
      live.current = false;
    };
  }, [refresh]);

  /** The summary as at `asOf` from the basis in hand, or null while there is none or the date is not real. */
  const preview: SummaryModel | null = useMemo(() => {
    const date = parseIsoDate(asOf.trim());
    return state.basis && date ? summaryAt(state.basis, date) : null;
  }, [state.basis, asOf]);

  /**
   * Reads the workbook, builds the summary as at `date` and adds its sheet; resolves when done.
   * When the fresh read shows the add-in's own untouched summary of that date and no `choice` is
   * given, nothing is written: `asking` holds the question, and `choose` answers it (reading again,
   * so the answer acts on the workbook as it is then).
   */
  const create = useCallback(
    async (date: IsoDate, madeBy: string, choice?: ExistingSummaryChoice): Promise<void> => {
      if (creating.current) return;
      creating.current = true;
      const request = ++latest.current;
      setState((s) => ({ ...s, creating: true, created: null, createError: null, asking: null }));
      const finish = (patch: Partial<BoardSummaryState>) => {
        creating.current = false;
        if (live.current) setState((s) => ({ ...s, creating: false, ...patch }));
      };
      // Fetched while the workbook is read (it is usually in the cache already: prefetched).
      const writerLoad = loadWriter();
      writerLoad.catch(() => undefined); // met again below, where it is reported
      let basis: SummaryBasis;
      try {
        const snapshot = await port.readSnapshot();
        const read = readPlanAsChosen(snapshot);
        if (!read.ok) throw new WorkbookReadError(read.message);
        basis = summaryBasis(snapshot, read.plan);
      } catch (error) {
        finish({ createError: { title: "The summary sheet was not created", message: readError(error) } });
        return;
      }
      let writer: Awaited<ReturnType<typeof loadWriter>>;
      try {
        writer = await writerLoad;
      } catch (error) {
        finish({
          createError: {
            title: "The summary sheet was not created",
            message: `The add-in's code for writing the sheet could not be loaded (${describe(error)}). Nothing was written. Check the connection and select Create summary sheet again.`,
          },
        });
        return;
      }
      const { existingSummary, localTimestamp, newSummaryName, prepareSummarySheet } = writer;
      const existing = choice === undefined ? existingSummary(basis, date) : null;
      if (existing) {
        const asking = { existing: existing.name, keepName: newSummaryName(basis, date), asOf: date, madeBy };
        finish({ asking, ...(request === latest.current ? { basis, readError: null, loading: false } : {}) });
        return;
      }
      const prepared = prepareSummarySheet(basis, date, { madeBy, madeAt: localTimestamp(new Date()) }, choice);
      if (!prepared) {
        finish({
          createError: {
            title: "The summary sheet was not replaced",
            message: `The earlier summary as at ${formatUk(date)} has changed since the add-in made it (or is gone), so it was not replaced: replacing it would lose what was typed on it. Nothing was written. Create the summary again to keep both.`,
          },
          ...(request === latest.current ? { basis, readError: null, loading: false } : {}),
        });
        return;
      }
      try {
        await port.apply(prepared.changes);
      } catch (error) {
        const message =
          error instanceof InvalidChangeError
            ? `${error.message} Select Create summary sheet again: the next free name will be used.`
            : describe(error);
        // The read is the freshest view of the plan: the preview follows it.
        finish({ createError: { title: "The summary sheet was not created", message }, ...(request === latest.current ? { basis, readError: null, loading: false } : {}) });
        return;
      }
      // The preview now compares with this summary's snapshot too, as the next read would.
      const after: SummaryBasis = { ...basis, stored: prepared.summaries, state: withSummary(basis.state, prepared.model.snapshot) };
      finish({
        created: { name: prepared.name, replaced: prepared.replaces, asOf: date, workstreams: prepared.model.workstreams.length, exceptions: prepared.model.exceptions.length },
        ...(request === latest.current ? { basis: after, readError: null, loading: false } : {}),
      });
    },
    [port],
  );

  /** Answers the Replace / Keep both question. */
  const choose = useCallback(
    (choice: ExistingSummaryChoice) => {
      const asking = state.asking;
      if (asking) void create(asking.asOf, asking.madeBy, choice);
    },
    [state.asking, create],
  );
  /** Closes the question without writing anything. */
  const cancelChoice = useCallback(() => setState((s) => ({ ...s, asking: null })), []);

  return { state, preview, refresh, create, choose, cancelChoice };
}
