import { promises as fs } from "node:fs";
import path from "node:path";
import { InvalidArgumentError, type Command } from "commander";
import { parseIsoDate } from "../plan/dates";
import type { ColumnRole, IsoDate, ReadPlanOptions } from "../plan";
import { CliError, EXIT } from "./errors";

/** `--as-of`: a real YYYY-MM-DD date, or today (local calendar date) when omitted. */
export function asOfOption(value: string | undefined): IsoDate {
  if (value === undefined) {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
  }
  const iso = parseIsoDate(value);
  if (!iso) throw new CliError(`--as-of must be a date written YYYY-MM-DD, not "${value}".`, EXIT.unreadable);
  return iso;
}

/** Commander parser for a whole number above zero. */
export function positiveInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError("expected a whole number above 0.");
  return n;
}

/** Files as given, with folders replaced by the .xlsx/.xlsm workbooks in them (sorted). */
export async function expandFiles(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input).catch(() => null);
    if (stat?.isDirectory()) {
      const names = (await fs.readdir(input)).filter((n) => /\.xls[xm]$/i.test(n) && !n.startsWith("~$")).sort();
      files.push(...names.map((n) => path.join(input, n)));
    } else {
      files.push(input);
    }
  }
  return files;
}

/** The meanings `--column` accepts, as the core names them (a type-only import keeps --help light). */
const MEANINGS: readonly ColumnRole[] = [
  "ref", "task", "owner", "endDate", "update", "successMeasures", "status", "rag", "workstream", "priority",
  "startDate", "percentComplete", "completedDate", "lateFlag",
];

/** Commander collector for a repeatable `--column meaning=LETTER` (`--column owner=C --column status=F`). */
export function columnOption(value: string, previous: Partial<Record<ColumnRole, string>> = {}): Partial<Record<ColumnRole, string>> {
  const m = /^([A-Za-z]+)=([A-Za-z]{1,3})?$/.exec(value.trim());
  const meaning = m && MEANINGS.find((r) => r.toLowerCase() === m[1].toLowerCase());
  if (!m || !meaning) {
    throw new InvalidArgumentError(`expected meaning=LETTER (e.g. owner=C; an empty letter, owner=, unmaps it), where meaning is one of ${MEANINGS.join(", ")}; got "${value}".`);
  }
  return { ...previous, [meaning]: (m[2] ?? "").toUpperCase() };
}

/** What `--sheet`, `--header-row` and `--column` say about where the plan is. */
export interface ReadFlags {
  sheet?: string;
  headerRow?: number;
  column?: Partial<Record<ColumnRole, string>>;
}

/** Adds the options that correct the reader: the plan's sheet, its header row, a column's meaning. */
export function addReadOptions(command: Command): Command {
  return command
    .option("--sheet <name>", "read this sheet only")
    .option("--header-row <n>", "the plan's header is on this row (1-based)", positiveInteger)
    .option("--column <meaning=LETTER>", "this column holds this meaning, e.g. --column owner=C (repeatable; owner= unmaps)", columnOption);
}

/** The read options from those flags. */
export function readOptions(flags: ReadFlags): ReadPlanOptions {
  const options: ReadPlanOptions = {};
  if (flags.sheet !== undefined) options.sheet = flags.sheet;
  if (flags.headerRow !== undefined) options.headerRow = flags.headerRow;
  if (flags.column) options.columns = flags.column;
  return options;
}
