import type { Command } from "commander";
import os from "node:os";
import { CliError, EXIT } from "../errors";
import { asOfOption } from "../options";
import type { Output } from "../output";

interface UpdateOptions {
  ref: string;
  initials: string;
  text: string;
  status?: string;
  date?: string;
  asOf?: string;
  out?: string;
  inPlace?: boolean;
}

/** `action-plan update FILE --ref REF --initials XX --text TEXT [--status S] [--date D] --out OUT.xlsx`. */
export function registerUpdate(program: Command, out: Output): void {
  program
    .command("update")
    .description("append a dated, initialled update to an action (and optionally change its status), writing a copy that keeps everything else")
    .argument("<file>", "an .xlsx workbook")
    .requiredOption("--ref <ref>", "the action's ref, e.g. 69E")
    .requiredOption("--initials <initials>", "your initials, 1-4 letters")
    .requiredOption("--text <text>", "the update")
    .option("--status <status>", "a new status, in the plan's own wording")
    .option("--date <date>", "the entry date (YYYY-MM-DD; default today)")
    .option("--as-of <date>", "today's date for the check that the entry is not dated later (YYYY-MM-DD; default today)")
    .option("--out <file>", "write the updated workbook here")
    .option("--in-place", "replace FILE itself (a backup is kept beside it)")
    .action(async (file: string, opts: UpdateOptions) => {
      const [{ localTimestamp, prepareUpdate }, { openForWriting }] = await Promise.all([import("../../plan"), import("../write-plan")]);
      if (!opts.out && !opts.inPlace) throw new CliError("Say where to write: --out OUT.xlsx, or --in-place to replace the file (a backup is kept).", EXIT.unreadable);
      const asOf = asOfOption(opts.asOf);
      const date = opts.date === undefined ? asOf : asOfOption(opts.date);
      const target = await openForWriting(file);
      const prepared = prepareUpdate(target.plan, target.snapshot, {
        target: { ref: opts.ref },
        initials: opts.initials,
        text: opts.text,
        date,
        asOf,
        status: opts.status,
        timestamp: localTimestamp(new Date()),
      });
      if (!prepared.ok) throw new CliError(`${file}: ${prepared.reason}`, EXIT.unreadable);
      const saved = await target.save(prepared.changes, { out: opts.out, inPlace: opts.inPlace });
      const cell = `${prepared.action.sheet}!${prepared.cell}`;
      out.stdout(
        [
          `Added to ${prepared.action.ref} at ${cell}: ${prepared.entry}`,
          ...(prepared.status ? [`Status: '${prepared.status.before}' → '${prepared.status.after}'`] : []),
          `Recorded in the change log. Written to ${saved.path}${saved.backup ? ` (backup: ${saved.backup})` : ""}.`,
        ].join(os.EOL),
      );
    });
}
