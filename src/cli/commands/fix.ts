import type { Command } from "commander";
import { CliError, EXIT } from "../errors";
import { asOfOption } from "../options";
import type { Output } from "../output";

interface FixOptions {
  asOf?: string;
  initials: string;
  rule?: string[];
  out?: string;
  inPlace?: boolean;
}

/**
 * `action-plan fix FILE --initials XX [--as-of D] [--rule ID...] --out OUT.xlsx`: applies the
 * safe fixes validation proposes (in the plan's own wording), each logged in the change log.
 */
export function registerFix(program: Command, out: Output): void {
  program
    .command("fix")
    .description("apply the fixes Validate proposes (e.g. a status the dates contradict), each recorded in the change log, to a copy")
    .argument("<file>", "an .xlsx workbook")
    .requiredOption("--initials <initials>", "your initials, for the change log")
    .option("--as-of <date>", "judge the plan as at this date (YYYY-MM-DD; default today)")
    .option("--rule <id...>", "only these rules' fixes (e.g. status-past-end-date)")
    .option("--out <file>", "write the fixed workbook here")
    .option("--in-place", "replace FILE itself (a backup is kept beside it)")
    .action(async (file: string, opts: FixOptions) => {
      const [{ localTimestamp, validatePlan }, { prepareFixes }, { openForWriting }] = await Promise.all([import("../../plan"), import("../../plan/prepare-fixes"), import("../write-plan")]);
      if (!opts.out && !opts.inPlace) throw new CliError("Say where to write: --out OUT.xlsx, or --in-place (a backup is kept).", EXIT.unreadable);
      if (!/^[A-Za-z]{1,4}$/.test(opts.initials)) throw new CliError(`Initials must be 1 to 4 letters (A-Z), not "${opts.initials}".`, EXIT.unreadable);
      const asOf = asOfOption(opts.asOf);
      const target = await openForWriting(file);
      const report = validatePlan(target.plan, asOf, target.settings);
      const wanted = report.findings.filter((f) => f.fix && (!opts.rule || opts.rule.includes(f.rule)));
      const prepared = prepareFixes(target.plan, target.snapshot, wanted, opts.initials, localTimestamp(new Date()));
      const lines = prepared.outcomes.map(
        (o) => `${o.applied ? "Fixed" : "Passed over"} ${o.finding.sheet}!${o.finding.fix!.cell}${o.finding.ref ? ` ${o.finding.ref}` : ""}: '${o.before}' → '${o.finding.fix!.value}' [${o.finding.rule}]${o.reason ? ` (${o.reason})` : ""}`,
      );
      if (!prepared.ok) {
        out.stdout([...lines, prepared.reason, "Nothing was written."].join("\n"));
        return;
      }
      const result = await target.save(prepared.changes, { out: opts.out, inPlace: opts.inPlace });
      const applied = prepared.outcomes.filter((o) => o.applied).length;
      out.stdout([...lines, `${applied} fix${applied === 1 ? "" : "es"} applied and logged. Written to ${result.path}${result.backup ? ` (backup: ${result.backup})` : ""}.`].join("\n"));
    });
}
