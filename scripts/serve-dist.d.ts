/** Types of scripts/serve-dist.js, for the end-to-end tests written in TypeScript. */
export interface ServeOptions {
  /** Folder to serve. */
  root: string;
  /** 0 picks a free port; default 3001. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** The page `/` serves; default taskpane.html. */
  index?: string;
  /** Log 404s to the console. */
  log?: boolean;
}

export interface RunningServer {
  /** `http://127.0.0.1:PORT`, no trailing slash. */
  url: string;
  port: number;
  close(): Promise<void>;
}

export function serve(options: ServeOptions): Promise<RunningServer>;
export function portFromEnv(env?: Record<string, string | undefined>): number;
export const DEFAULT_PORT: number;
