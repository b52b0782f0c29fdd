/** Where things are, the same from scripts/bench/*.ts (jest) and from build/bench/js (node). */
import * as fs from "node:fs";
import * as path from "node:path";

function findRepo(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, "package.json")) && fs.existsSync(path.join(dir, "samples"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`No repository root above ${from}.`);
  }
}

/** The repository's root. */
export const REPO = findRepo(__dirname);
/** Generated plans and the bench's own build. */
export const BENCH_OUT = path.join(REPO, "build/bench");
