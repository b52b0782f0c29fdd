import type { Command } from "commander";
import type { PlanSettings } from "../../plan";
import { CliError, EXIT } from "../errors";
import { positiveInteger } from "../options";
import type { Output } from "../output";

interface SettingsOptions {
  staleDays?: number;
  dueSoonDays?: number;
  overall?: string;
  scale?: string;
  out?: string;
  inPlace?: boolean;
  json?: boolean;
}

/** Parses `worst` or `share:RED:AMBER` (fractions, e.g. `share:0.25:0.25`). */
function overallRule(value: string): PlanSettings["overallRule"] {
  if (value === "worst") return { kind: "worst" };
  const m = /^share:(0(?:\.\d+)?|1):(0(?:\.\d+)?|1)$/.exec(value);
  if (!m) throw new CliError(`--overall must be "worst" or "share:RED:AMBER" with fractions (e.g. share:0.25:0.25), not "${value}".`, EXIT.unreadable);
  return { kind: "share", redShare: Number(m[1]), amberShare: Number(m[2]) };
}

/**
 * `action-plan settings FILE [--stale-days N] [--due-soon-days N] [--overall RULE] --out OUT.xlsx`:
 * shows the thresholds the workbook rates by; with changes, saves them in the workbook's state
 * so every copy (pane or command line) validates and rates alike.
 */
export function registerSettings(program: Command, out: Output): void {
  program
    .command("settings")
    .description("show or change the thresholds saved in the workbook (staleness limit, due-soon window, overall workstream rating rule)")
    .argument("<file>", "an .xlsx workbook")
    .option("--stale-days <n>", "days without an update before an open action is stale", positiveInteger)
    .option("--due-soon-days <n>", "days ahead within which a not-started action is Amber", positiveInteger)
    .option("--overall <rule>", 'how a workstream is rated overall: "worst", or "share:RED:AMBER"')
    .option("--scale <scale>", 'the board report\'s RAG scale: "brag" (Blue, Green, Amber, Red) or "ipa" (five-point delivery confidence)')
    .option("--out <file>", "write a copy with the new settings")
    .option("--in-place", "save them in FILE itself (a backup is kept beside it)")
    .option("--json", "print one JSON object")
    .action(async (file: string, opts: SettingsOptions) => {
      const [{ resolveSettings, saveWorkbookState }, { openForWriting }] = await Promise.all([import("../../plan"), import("../write-plan")]);
      const target = await openForWriting(file);
      const { state } = target;
      // What is saved as written (a bad value stays visible under "saved"); target.settings is checked.
      const saved: Record<string, unknown> = state.settings && typeof state.settings === "object" ? (state.settings as Record<string, unknown>) : {};
      const change: Partial<PlanSettings> = {};
      if (opts.staleDays) change.staleDays = opts.staleDays;
      if (opts.dueSoonDays) change.dueSoonDays = opts.dueSoonDays;
      if (opts.overall) change.overallRule = overallRule(opts.overall);
      if (opts.scale) {
        if (opts.scale !== "brag" && opts.scale !== "ipa") throw new CliError(`--scale must be "brag" or "ipa", not "${opts.scale}".`, EXIT.unreadable);
        change.ragScale = opts.scale;
      }
      const settings = resolveSettings(target.settings, change);
      let written = "";
      if (Object.keys(change).length > 0) {
        if (!opts.out && !opts.inPlace) throw new CliError("Say where to save the new settings: --out OUT.xlsx, or --in-place (a backup is kept).", EXIT.unreadable);
        const saving = saveWorkbookState({ ...state, settings: { ...saved, ...change } }, target.snapshot);
        const result = await target.save(saving, { out: opts.out, inPlace: opts.inPlace });
        written = `Saved in ${result.path}${result.backup ? ` (backup: ${result.backup})` : ""}.`;
      }
      const rule = settings.overallRule.kind === "worst" ? "worst rating of any open action" : `Red from ${settings.overallRule.redShare * 100}% Red, Amber from ${settings.overallRule.amberShare * 100}% Red or Amber`;
      out.stdout(
        opts.json
          ? JSON.stringify({ settings, saved: { ...saved, ...change } }, null, 2)
          : [`Stale after: ${settings.staleDays} days without a dated update`, `Due soon: within ${settings.dueSoonDays} days`, `Workstream overall rating: ${rule}`, `Board report scale: ${settings.ragScale === "ipa" ? "IPA five-point delivery confidence (Green, Amber/Green, Amber, Amber/Red, Red)" : "BRAG (Blue, Green, Amber, Red)"}`, written].filter(Boolean).join("\n"),
      );
    });
}
