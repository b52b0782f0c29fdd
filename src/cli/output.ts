/** Where the CLI writes, and the exit code a command asks for; injectable so tests capture it. */
export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Set by a command whose result is not plain success (e.g. 1 when validation finds errors). */
  exitCode?: number;
}

/** Writes to the process's streams. */
export function processOutput(): Output {
  return {
    stdout: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  };
}
