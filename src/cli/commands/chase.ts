import type { Command } from "commander";
import { formatUk } from "../../plan/dates";
import { addReadOptions, asOfOption, positiveInteger, readOptions, type ReadFlags } from "../options";
import type { Output } from "../output";

/** `action-plan chase FILE [--as-of DATE] [--json]`: who to chase for updates, grouped by owner. */
export function registerChase(program: Command, out: Output): void {
  addReadOptions(program
    .command("chase")
    .description("list open actions with no recent update, grouped by owner, with a message to send each")
    .argument("<file>", "an .xlsx workbook")
    .option("--as-of <date>", "as at this date (YYYY-MM-DD; default today)")
    .option("--stale-days <n>", "days without an update before an action is chased", positiveInteger)
    .option("--json", "print one JSON object"))
    .action(async (file: string, opts: ReadFlags & { asOf?: string; staleDays?: number; json?: boolean }) => {
      const [{ chaseList }, { loadPlan }] = await Promise.all([import("../../plan"), import("../load-plan")]);
      const asOf = asOfOption(opts.asOf);
      const { plan, settings } = await loadPlan(file, readOptions(opts), { staleDays: opts.staleDays });
      const groups = chaseList(plan, asOf, settings);
      if (opts.json) {
        out.stdout(JSON.stringify({ asOf, staleDays: settings.staleDays, owners: groups }, null, 2));
        return;
      }
      const actions = new Set(groups.flatMap((g) => g.items.map((i) => `${i.sheet}!${i.row}`))).size;
      const lines = [`${file}: as at ${formatUk(asOf)}, ${actions} open action${actions === 1 ? "" : "s"} without an update in ${settings.staleDays} days, ${groups.length} owner${groups.length === 1 ? "" : "s"} to chase.`];
      for (const g of groups) {
        lines.push("", `${g.owner}${g.people.length ? ` (${g.people.map((p) => `${p.fullName}, ${p.initials}`).join("; ")})` : ""}: ${g.items.length}`);
        for (const i of g.items) lines.push(`  ${(i.ref ?? "-").padEnd(5)} end ${(i.endDate ?? "not set").padEnd(10)} last update ${i.lastEntry ? formatUk(i.lastEntry) : "none"}  ${i.task.slice(0, 70)}`);
      }
      out.stdout(lines.join("\n"));
    });
}
