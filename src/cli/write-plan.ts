import { promises as fs } from "node:fs";
import { readPlanAndSettings, type ChangeSet, type Plan, type PlanSettings, type WorkbookSnapshot } from "../plan";
import type { WorkbookState } from "../plan/state";
import { ConflictError, WorkbookReadError } from "../plan/port";
import { XlsxWorkbook } from "../xlsx/xlsx-workbook";
import { saveWorkbookCopy } from "../xlsx/save";
import { unzipWithZlib } from "../xlsx/zip-node";
import { CliError, EXIT } from "./errors";

/** A workbook opened for a change: its plan, and a way to save a verified copy. */
export interface WritablePlan {
  plan: Plan;
  snapshot: WorkbookSnapshot;
  /** The saved settings, checked (defaults for bad values). */
  settings: PlanSettings;
  state: WorkbookState;
  save(changes: ChangeSet, where: { out?: string; inPlace?: boolean }): Promise<{ path: string; backup?: string }>;
}

/** Opens a workbook for a command that writes; every failure is a one-line CliError. */
export async function openForWriting(file: string): Promise<WritablePlan> {
  let bytes: Uint8Array;
  let workbook: XlsxWorkbook;
  let snapshot: WorkbookSnapshot;
  try {
    bytes = await fs.readFile(file);
    workbook = await XlsxWorkbook.fromBytes(bytes, file, { unzip: unzipWithZlib });
    snapshot = await workbook.readSnapshot();
  } catch (error) {
    if (error instanceof WorkbookReadError) throw new CliError(error.message, EXIT.unreadable);
    throw new CliError(`${file}: could not be read (${(error as Error).message}).`, EXIT.unreadable);
  }
  const result = readPlanAndSettings(snapshot);
  if (!result.ok) throw new CliError(`${file}: ${result.message}`, EXIT.unreadable);
  return {
    plan: result.plan,
    snapshot,
    settings: result.settings,
    state: result.state,
    async save(changes, where) {
      try {
        await workbook.apply(changes);
        return await saveWorkbookCopy(bytes, workbook, where.out ?? file, { inPlace: where.inPlace === true, sourcePath: file });
      } catch (error) {
        if (error instanceof ConflictError) throw new CliError(`${file}: ${error.message} Nothing was written.`, EXIT.unreadable);
        throw new CliError(`${file}: nothing was written: ${(error as Error).message}`, EXIT.unreadable);
      }
    },
  };
}
