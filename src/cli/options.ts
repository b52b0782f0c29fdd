import { promises as fs } from "node:fs";
import path from "node:path";
import { InvalidArgumentError } from "commander";
import { parseIsoDate } from "../plan/dates";
import type { IsoDate } from "../plan";
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
