import type { Command } from "commander";
import type { PlanSettings, ValidationReport } from "../../plan";
import { CliError, EXIT } from "../errors";
import { addReadOptions, asOfOption, expandFiles, positiveInteger, readOptions, type ReadFlags } from "../options";
import type { Output } from "../output";

interface ValidateOptions extends ReadFlags {
  asOf?: string;
  json?: boolean;
  format: "text" | "markdown";
  staleDays?: number;
  dueSoonDays?: number;
}

type PlanOutcome = { file: string; report: ValidationReport } | { file: string; error: string };

/** `action-plan validate FILE... [--as-of YYYY-MM-DD] [--json] [--format text|markdown]`. */
export function registerValidate(program: Command, out: Output): void {
  const command = program
    .command("validate")
    .description("check a plan before it is circulated: overdue rows, contradictory statuses, missing owners and dates, duplicate refs, stale or undated updates")
    .argument("<files...>", ".xlsx workbooks or folders of them")
    .option("--as-of <date>", "judge the plan as at this date (YYYY-MM-DD; default today)")
    .option("--json", "print one JSON object")
    .option("--format <format>", "text or markdown", "text")
    .option("--stale-days <n>", "days without an update before an open action is stale", positiveInteger)
    .option("--due-soon-days <n>", "days ahead within which a not-started action is Amber", positiveInteger);
  addReadOptions(command).action(async (files: string[], opts: ValidateOptions) => {
      // The modules validate needs, not the whole core's index (summary, report, writes...).
      const [{ validatePlan }, text, { loadPlan }] = await Promise.all([import("../../plan/validate"), import("../../plan/validation-report-text"), import("../load-plan")]);
      if (opts.format !== "text" && opts.format !== "markdown") throw new CliError(`--format must be text or markdown, not "${opts.format}".`, EXIT.unreadable);
      const asOf = asOfOption(opts.asOf);
      const given: Partial<PlanSettings> = {};
      if (opts.staleDays) given.staleDays = opts.staleDays;
      if (opts.dueSoonDays) given.dueSoonDays = opts.dueSoonDays;
      const outcomes: PlanOutcome[] = [];
      for (const file of await expandFiles(files)) {
        try {
          const { plan, settings } = await loadPlan(file, readOptions(opts), given);
          outcomes.push({ file, report: validatePlan(plan, asOf, settings) });
        } catch (error) {
          if (!(error instanceof CliError)) throw error;
          outcomes.push({ file, error: error.message });
        }
      }
      out.stdout(render(outcomes, opts, text));
      const unreadable = outcomes.some((o) => "error" in o);
      const errors = outcomes.some((o) => "report" in o && o.report.counts.error > 0);
      out.exitCode = unreadable ? EXIT.unreadable : errors ? EXIT.findings : EXIT.ok;
    });
}

/** The report text, from the module loaded with the command (kept out of `--help`). */
type ReportText = typeof import("../../plan/validation-report-text");

function render(outcomes: PlanOutcome[], opts: ValidateOptions, { reportAsMarkdown, reportAsText, verdict }: ReportText): string {
  if (opts.json) {
    const objects = outcomes.map((o) => ("error" in o ? { file: o.file, error: o.error } : { file: o.file, ...o.report }));
    if (objects.length === 1 && "report" in outcomes[0]) {
      const { file: _file, ...single } = objects[0] as { file: string } & ValidationReport;
      void _file;
      return JSON.stringify(single, null, 2);
    }
    return JSON.stringify({ plans: objects }, null, 2);
  }
  const sections = outcomes.map((o) =>
    "error" in o ? (opts.format === "markdown" ? `## ${o.file}\n\nNot read: ${o.error}` : `${o.file}: not read: ${o.error}`) : opts.format === "markdown" ? reportAsMarkdown(o.file, o.report) : reportAsText(o.file, o.report),
  );
  if (outcomes.length > 1) {
    const total = { error: 0, warning: 0, info: 0 };
    let unreadable = 0;
    for (const o of outcomes) {
      if ("error" in o) unreadable++;
      else for (const k of ["error", "warning", "info"] as const) total[k] += o.report.counts[k];
    }
    sections.push(`${opts.format === "markdown" ? "**Total**" : "Total"}: ${outcomes.length} plans${unreadable ? ` (${unreadable} not read)` : ""}: ${verdict(total)}`);
  }
  return sections.join("\n\n");
}
