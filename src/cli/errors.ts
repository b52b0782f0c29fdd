/** A failure the CLI reports in one line and turns into an exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, findings: 1, unreadable: 2 } as const;
