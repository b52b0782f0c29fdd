import { Command, CommanderError } from "commander";
import { registerChase } from "./commands/chase";
import { registerFix } from "./commands/fix";
import { registerInspect } from "./commands/inspect";
import { registerSettings } from "./commands/settings";
import { registerSummary } from "./commands/summary";
import { registerUndo } from "./commands/undo";
import { registerUpdate } from "./commands/update";
import { registerValidate } from "./commands/validate";
import { CliError, EXIT } from "./errors";
import { processOutput, type Output } from "./output";

/** Builds the `action-plan` program. */
export function buildProgram(out: Output): Command {
  const program = new Command();
  program
    .name("action-plan")
    .description("Read, validate and summarise improvement action plans kept in Excel workbooks.")
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.stdout(s), writeErr: (s) => out.stderr(s) });
  registerInspect(program, out);
  registerValidate(program, out);
  registerChase(program, out);
  registerUpdate(program, out);
  registerUndo(program, out);
  registerSummary(program, out);
  registerSettings(program, out);
  registerFix(program, out);
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
