import { Command, CommanderError } from "commander";
import { registerChase } from "./commands/chase";
import { registerFix } from "./commands/fix";
import { registerInspect } from "./commands/inspect";
import { registerReport } from "./commands/report";
import { registerSettings } from "./commands/settings";
import { registerSummary } from "./commands/summary";
import { registerUndo } from "./commands/undo";
import { registerUpdate } from "./commands/update";
import { registerValidate } from "./commands/validate";
import { CliError, EXIT } from "./errors";
import { processOutput, type Output } from "./output";

/**
 * Every command, in the order `--help` lists them. Each lives in its own file under commands/:
 * `register` declares its name, arguments and options (cheap: commander and the options module
 * only), and its action loads the plan core and the .xlsx adapter with `await import(...)` when
 * it runs, so `action-plan --help` starts in about the time of bare Node (see `npm run bench`).
 * A new command is one more file and one more line here.
 */
export const COMMANDS: ReadonlyArray<(program: Command, out: Output) => void> = [
  registerInspect,
  registerValidate,
  registerChase,
  registerUpdate,
  registerUndo,
  registerSummary,
  registerReport,
  registerSettings,
  registerFix,
];

/** Builds the `action-plan` program. */
export function buildProgram(out: Output): Command {
  const program = new Command();
  program
    .name("action-plan")
    .description("Read, validate and summarise improvement action plans kept in Excel workbooks.")
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.stdout(s), writeErr: (s) => out.stderr(s) });
  for (const register of COMMANDS) register(program, out);
  return program;
}

/** Runs the CLI and returns its exit code (0 ok, 1 error findings, 2 unreadable input). */
export async function run(argv: string[], out: Output = processOutput()): Promise<number> {
  const program = buildProgram(out);
  try {
    await program.parseAsync(argv);
    return out.exitCode ?? EXIT.ok;
  } catch (error) {
    if (error instanceof CliError) {
      out.stderr(`action-plan: ${error.message}`);
      return error.exitCode;
    }
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT.unreadable;
    out.stderr(`action-plan: unexpected error: ${(error as Error).stack ?? String(error)}`);
    return 70;
  }
}

/** Entry point for bin/action-plan.js. */
export function main(argv: string[]): void {
  void run(argv).then((code) => {
    process.exitCode = code;
  });
}
