import type { Command } from "commander";
import path from "node:path";
import type { SummaryModel } from "../../plan";
import { formatUk } from "../../plan/dates";
import { asOfOption } from "../options";
import type { Output } from "../output";

function asJson(model: SummaryModel) {
  const ws = (w: SummaryModel["totals"]) => ({ name: w.name, actions: w.actions, rag: w.rag, percentComplete: w.percentComplete, overall: w.overall, overallReason: w.overallReason, statuses: w.statuses });
  return {
    asOf: model.asOf,
    workstreams: model.workstreams.map(ws),
    totals: ws(model.totals),
    exceptions: model.exceptions.map((e) => ({ ref: e.ref, rag: e.rag, owner: e.owner, endDate: e.endDate, daysOverdue: e.daysOverdue, latestUpdate: e.latestUpdate, status: e.status, rule: e.rule, workstream: e.workstream })),
    changes: model.changes,
  };
}

function asText(model: SummaryModel): string {
  const lines = [`RAG summary as at ${formatUk(model.asOf)}`, "", "Workstream                                Actions  Blue Green Amber  Red Grey  %done Overall"];
  for (const w of [...model.workstreams, model.totals]) {
    lines.push(`${w.name.slice(0, 40).padEnd(40)} ${String(w.actions).padStart(7)} ${[w.rag.blue, w.rag.green, w.rag.amber, w.rag.red, w.rag.grey].map((n) => String(n).padStart(5)).join("")} ${`${w.percentComplete}%`.padStart(6)} ${w.overall}`);
  }
  const red = model.exceptions.filter((e) => e.rag === "red").length;
  lines.push("", `Exceptions: ${red} Red, ${model.exceptions.length - red} Amber.`);
  const c = model.changes;
  lines.push(c.since ? `Since ${formatUk(c.since)}: ${c.newlyRed.length} newly Red, ${c.newlyComplete.length} newly complete, ${c.endDatesMoved.length} end dates moved, ${c.added.length} added, ${c.removed.length} removed.` : "No earlier summary stored: changes will show from the next one.");
  return lines.join("\n");
}

/** `action-plan summary FILE [--as-of YYYY-MM-DD] [--out OUT.xlsx] [--json]`. */
export function registerSummary(program: Command, out: Output): void {
  program
    .command("summary")
    .description("build the board's RAG summary by workstream; with --out, write it as a new sheet (and a snapshot for the next comparison) into a copy")
    .argument("<file>", "an .xlsx workbook")
    .option("--as-of <date>", "as at this date (YYYY-MM-DD; default today)")
    .option("--out <file>", "write a copy with the summary sheet added")
    .option("--in-place", "add the sheet to FILE itself (a backup is kept beside it)")
    .option("--by <initials>", "who made the summary, for its title block", "CLI")
    .option("--json", "print one JSON object")
    .action(async (file: string, opts: { asOf?: string; out?: string; inPlace?: boolean; by: string; json?: boolean }) => {
      const [{ buildReport, buildSummary, localTimestamp, previousSnapshot, saveWorkbookState, summarySheetName, summarySheetSpec }, { storedSummaries, withSummary, withSummarySheet }, { specFingerprint }, { openForWriting }] =
        await Promise.all([import("../../plan"), import("../../plan/summary-store"), import("../../plan/sheet-fingerprint"), import("../write-plan")]);
      const asOf = asOfOption(opts.asOf);
      const target = await openForWriting(file);
      const { state, settings } = target;
      const stored = storedSummaries(state);
      const model = buildSummary(target.plan, asOf, settings, previousSnapshot(stored, asOf));
      let written = "";
      if (opts.out || opts.inPlace) {
        const name = summarySheetName(asOf, target.snapshot.sheets.map((s) => s.name));
        const report = buildReport(target.plan, target.snapshot, asOf, settings, previousSnapshot(stored, asOf), { fallbackTitle: path.basename(file) });
        const spec = summarySheetSpec(report, { madeBy: opts.by, madeAt: localTimestamp(new Date()) }, name);
        // The sheet's fingerprint is kept so the pane may later offer to replace it (only while untouched).
        const kept = withSummarySheet(withSummary(state, model.snapshot), { name, asOf, fingerprint: specFingerprint(spec) });
        const stateChange = saveWorkbookState(kept, target.snapshot);
        const saved = await target.save({ ...stateChange, addSheets: [spec] }, { out: opts.out, inPlace: opts.inPlace });
        written = `Added sheet "${name}" to ${saved.path}${saved.backup ? ` (backup: ${saved.backup})` : ""}.`;
      }
      out.stdout(opts.json ? JSON.stringify(asJson(model), null, 2) : [asText(model), written].filter(Boolean).join("\n\n"));
    });
}
