import type { Command } from "commander";
import path from "node:path";
import type { PlanSettings } from "../../plan";
import { CliError, EXIT } from "../errors";
import { asOfOption } from "../options";
import type { Output } from "../output";

interface ReportOptions {
  asOf?: string;
  nextBoard?: string;
  out?: string;
  format?: string;
}

/**
 * `action-plan report PLAN.xlsx --as-of D [--next-board D] --out paper.docx [--format docx|html]`:
 * the board highlight report as a document to append to a committee paper. It compares with the
 * latest board summary stored in the workbook before the as-of date (`action-plan summary --out`
 * stores one), exactly as the summary sheet does, so the paper and the sheet show the same figures.
 * The plan is only read.
 */
export function registerReport(program: Command, out: Output): void {
  program
    .command("report")
    .description("write the board highlight report as a board paper (.docx, or --format html)")
    .argument("<file>", "an .xlsx workbook")
    .option("--as-of <date>", "as at this date (YYYY-MM-DD; default today)")
    .option("--next-board <date>", "the next board's date (default: inferred from the last board's cadence, else 28 days on)")
    .requiredOption("--out <file>", "the document to write")
    .option("--format <format>", "docx or html (default: from --out's extension, else docx)")
    .action(async (file: string, opts: ReportOptions) => {
      const asOf = asOfOption(opts.asOf);
      const nextBoard = opts.nextBoard === undefined ? undefined : asOfOption(opts.nextBoard);
      if (nextBoard !== undefined && nextBoard <= asOf) throw new CliError(`--next-board (${nextBoard}) must be after --as-of (${asOf}).`, EXIT.unreadable);
      const format = (opts.format ?? (path.extname(opts.out!).toLowerCase() === ".html" ? "html" : "docx")).toLowerCase();
      if (format !== "docx" && format !== "html") throw new CliError(`--format must be docx or html, not "${opts.format}".`, EXIT.unreadable);
      const [{ buildReport, previousSnapshot, resolveSettings }, { readWorkbookState }, { storedSummaries }, { loadPlan }, { promises: fs }] = await Promise.all([
        import("../../plan"),
        import("../../plan/state"),
        import("../../plan/summary-store"),
        import("../load-plan"),
        import("node:fs"),
      ]);
      const loaded = await loadPlan(file);
      const { state } = readWorkbookState(loaded.snapshot);
      const settings = resolveSettings(state.settings as Partial<PlanSettings> | undefined);
      const report = buildReport(loaded.plan, loaded.snapshot, asOf, settings, previousSnapshot(storedSummaries(state), asOf), { nextBoard, fallbackTitle: path.basename(file) });
      const bytes =
        format === "html"
          ? new TextEncoder().encode((await import("../../report/board-paper-html")).boardPaperHtml(report))
          : await (await import("../../report/board-paper-docx")).boardPaperDocx(report);
      try {
        await fs.writeFile(opts.out!, bytes);
      } catch (error) {
        throw new CliError(`Not written: could not write "${opts.out}" (${(error as Error).message}).`, EXIT.unreadable);
      }
      out.stdout(`${report.title}: board highlight report as at ${asOf}, ${report.overall.word}. Wrote ${opts.out} (${format}).`);
    });
}
