import type { Command } from "commander";
import type { PlanOverview } from "../../plan";
import { addReadOptions, readOptions, type ReadFlags } from "../options";
import type { Output } from "../output";

function textReport(file: string, o: PlanOverview): string {
  const lines = [
    `${file}`,
    `  Plan sheet${o.sheets.length > 1 ? "s" : ""}: ${o.sheets.map((s) => `"${s}"`).join(", ")} (header on row ${o.headerRow})`,
    `  Columns:`,
    ...Object.entries(o.columns).map(([role, letter]) => `    ${letter.padEnd(3)} ${role.padEnd(16)} "${o.headers[role as keyof typeof o.headers] ?? ""}"`),
    `  Actions: ${o.actions}`,
    `  By workstream:`,
    ...o.workstreams.map((w) => `    ${String(w.actions).padStart(5)}  ${w.name}`),
    `  By status:`,
    ...Object.entries(o.statuses)
      .sort((a, b) => b[1] - a[1])
      .map(([status, n]) => `    ${String(n).padStart(5)}  ${status === "" ? "(blank)" : status}`),
    `  Glossary: ${o.glossary} ${o.glossary === 1 ? "person" : "people"}`,
    `  Confidence: ${Math.round(o.confidence * 100)}%`,
    `  How it was read:`,
    ...o.reasons.map((r) => `    - ${r}`),
  ];
  return lines.join("\n");
}

/** `action-plan inspect FILE [--sheet NAME] [--json]`. */
export function registerInspect(program: Command, out: Output): void {
  addReadOptions(program
    .command("inspect")
    .description("show where the plan is in a workbook: sheet, header row, columns, counts by workstream and status")
    .argument("<file>", "an .xlsx workbook"))
    .option("--json", "print one JSON object")
    .action(async (file: string, opts: ReadFlags & { json?: boolean }) => {
      const [{ planOverview }, { loadPlan }] = await Promise.all([import("../../plan"), import("../load-plan")]);
      const { plan } = await loadPlan(file, readOptions(opts));
      const overview = planOverview(plan);
      out.stdout(opts.json ? JSON.stringify({ file, ...overview }, null, 2) : textReport(file, overview));
    });
}
