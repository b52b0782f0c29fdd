import type { Command } from "commander";
import os from "node:os";
import type { LoggedChange } from "../../plan";
import { CHANGE_LOG_SHEET } from "../../plan/own-sheets";
import { CliError, EXIT } from "../errors";
import type { Output } from "../output";

interface UndoOptions {
  row?: string;
  initials?: string;
  out?: string;
  inPlace?: boolean;
}

/** A logged value in one short line. */
function brief(text: string): string {
  const line = text.replace(/\s+/g, " ");
  return line.length > 40 ? `…${line.slice(-39)}` : line;
}

function listing(change: LoggedChange): string {
  const who = [change.timestamp, change.initials].filter(Boolean).join(" ");
  return `  ${String(change.row).padStart(4)}  ${who}  ${change.sheet}!${change.cell}${change.ref ? ` (${change.ref})` : ""} ${change.field}: '${brief(change.beforeText)}' → '${brief(change.afterText)}'`;
}

/** `action-plan undo FILE [--row N --initials XX --out OUT.xlsx]`: lists the log without --row. */
export function registerUndo(program: Command, out: Output): void {
  program
    .command("undo")
    .description("undo a change the add-in logged (restoring the cell's value and number format); without --row, list the change log")
    .argument("<file>", "an .xlsx workbook")
    .option("--row <n>", `the change's row in "${CHANGE_LOG_SHEET}"`)
    .option("--initials <initials>", "your initials, 1-4 letters (for the change log)")
    .option("--out <file>", "write the workbook with the change undone here")
    .option("--in-place", "replace FILE itself (a backup is kept beside it)")
    .action(async (file: string, opts: UndoOptions) => {
      const [{ localTimestamp, prepareUndo, readChangeLog }, { openForWriting }] = await Promise.all([import("../../plan"), import("../write-plan")]);
      const target = await openForWriting(file);
      if (opts.row === undefined) {
        const log = readChangeLog(target.snapshot);
        out.stdout(
          log.length === 0
            ? `${file}: no changes are logged.`
            : [`Changes logged in "${CHANGE_LOG_SHEET}" (undo one with --row N):`, ...log.map(listing)].join(os.EOL),
        );
        return;
      }
      if (!/^\d+$/.test(opts.row.trim())) throw new CliError(`--row must be a row number of "${CHANGE_LOG_SHEET}", not "${opts.row}".`, EXIT.unreadable);
      if (!opts.initials) throw new CliError("Give your initials for the change log: --initials XX.", EXIT.unreadable);
      if (!opts.out && !opts.inPlace) throw new CliError("Say where to write: --out OUT.xlsx, or --in-place to replace the file (a backup is kept).", EXIT.unreadable);
      const prepared = prepareUndo(target.snapshot, Number(opts.row), { initials: opts.initials, timestamp: localTimestamp(new Date()) });
      if (!prepared.ok) throw new CliError(`${file}: ${prepared.reason}`, EXIT.unreadable);
      const saved = await target.save(prepared.changes, { out: opts.out, inPlace: opts.inPlace });
      const { change } = prepared;
      out.stdout(
        [
          `Undid the ${change.field} of ${change.sheet}!${change.cell}${change.ref ? ` (${change.ref})` : ""} logged on row ${change.row}: it reads '${brief(change.beforeText)}' again.`,
          prepared.formatRestored
            ? `Its number format is ${change.formatBefore} again.`
            : "That row does not record the cell's number format, so the format was left as it is.",
          `Recorded in the change log. Written to ${saved.path}${saved.backup ? ` (backup: ${saved.backup})` : ""}.`,
        ].join(os.EOL),
      );
    });
}
