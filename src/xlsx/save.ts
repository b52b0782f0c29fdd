/**
 * Saving an edited workbook to disk safely (Node only): the new package is written to a
 * temporary file in the target folder, read back from disk and verified against the bytes it
 * was made from and the change sets applied (see verify.ts), and only then renamed into place.
 * The source file is never written unless `inPlace` is asked for; then a backup of it is kept
 * beside it first, and the source must still hold the bytes the edit was made from.
 */
import { randomBytes } from "node:crypto";
import { copyFile, open, readFile, rename, stat, unlink, chmod } from "node:fs/promises";
import path from "node:path";
import { verifyWrite } from "./verify";
import type { XlsxWorkbook } from "./xlsx-workbook";

export interface SaveOptions {
  /** Replace the source file itself (a backup is kept as `<name>.bak.xlsx`). */
  inPlace?: boolean;
  /** The file the workbook was read from. */
  sourcePath: string;
}

export interface SaveResult {
  /** The file written. */
  path: string;
  /** Where the previous version of the source was kept (in-place saves only). */
  backup?: string;
  /** Size of the file written, in bytes. */
  bytes: number;
  /** Whether anything was written (an in-place save of an unchanged workbook writes nothing). */
  written: boolean;
  /** One sentence for the user. */
  message: string;
}

/** A save that was refused or failed; the message names the file. Nothing was replaced. */
export class WorkbookSaveError extends Error {
  constructor(
    message: string,
    readonly problems: readonly string[] = [],
  ) {
    super(message);
    this.name = "WorkbookSaveError";
  }
}

/**
 * Writes `workbook` (opened from `pkgBytesIn`, read from `options.sourcePath`) to `outPath`,
 * or over the source when `inPlace`. Throws `WorkbookSaveError` naming the file on any problem.
 */
export async function saveWorkbookCopy(pkgBytesIn: Uint8Array, workbook: XlsxWorkbook, outPath: string, options: SaveOptions): Promise<SaveResult> {
  const source = path.resolve(options.sourcePath);
  const target = path.resolve(options.inPlace ? options.sourcePath : outPath);
  if (!sameBytes(pkgBytesIn, workbook.originalBytes)) {
    throw new WorkbookSaveError(`Not saved: the workbook in memory was not opened from the bytes given for "${options.sourcePath}".`);
  }
  if (options.inPlace && path.resolve(outPath) !== source) {
    throw new WorkbookSaveError(`Not saved: an in-place save writes "${options.sourcePath}" itself, not "${outPath}".`);
  }
  if (!options.inPlace && (await isSameFile(source, target))) {
    throw new WorkbookSaveError(
      `Not saved: "${outPath}" is the file the plan was read from. Choose another output file, or ask for an in-place save (a backup is kept).`,
    );
  }

  const changes = workbook.appliedChanges;
  if (options.inPlace) {
    const onDisk = await readOrFail(source, options.sourcePath);
    if (!sameBytes(onDisk, pkgBytesIn)) {
      throw new WorkbookSaveError(
        `Not saved: "${options.sourcePath}" changed on disk since it was read (someone saved it meanwhile). Run the command again on the new version.`,
      );
    }
    if (changes.length === 0) {
      return { path: target, bytes: onDisk.length, written: false, message: `Nothing changed, so "${options.sourcePath}" was not written.` };
    }
  }

  const bytes = await workbook.toBytes();
  const dir = path.dirname(target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  const shown = options.inPlace ? options.sourcePath : outPath;
  let backup: string | undefined;
  try {
    await writeNew(temp, bytes, shown);
    const back = await readOrFail(temp, shown);
    const problems = await verifyWrite(pkgBytesIn, back, changes);
    if (problems.length > 0) {
      throw new WorkbookSaveError(`Not saved: the file written for "${shown}" failed its check: ${problems.join(" ")}`, problems);
    }
    if (options.inPlace) {
      const ext = path.extname(target);
      backup = path.join(dir, `${path.basename(target, ext)}.bak${ext || ".xlsx"}`);
      await fsStep(() => copyFile(source, backup!), `keep a backup of "${options.sourcePath}" as "${backup}"`);
      if (!sameBytes(await readOrFail(backup, backup), pkgBytesIn)) {
        throw new WorkbookSaveError(`Not saved: the backup "${backup}" does not match "${options.sourcePath}".`);
      }
      const mode = (await stat(source)).mode & 0o777;
      await fsStep(() => chmod(temp, mode), `keep the permissions of "${options.sourcePath}"`);
    }
    await fsStep(() => rename(temp, target), `replace "${shown}"`);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  const message = backup
    ? `Saved "${shown}"; the previous version is kept as "${backup}".`
    : `Saved a copy as "${shown}"; "${options.sourcePath}" was not changed.`;
  return { path: target, backup, bytes: bytes.length, written: true, message };
}

async function isSameFile(a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  try {
    const [x, y] = await Promise.all([stat(a), stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

async function writeNew(file: string, bytes: Uint8Array, shown: string): Promise<void> {
  await fsStep(async () => {
    const handle = await open(file, "wx");
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  }, `write "${shown}" (in its folder "${path.dirname(file)}")`);
}

async function readOrFail(file: string, shown: string): Promise<Uint8Array> {
  let bytes: Uint8Array | undefined;
  await fsStep(async () => {
    bytes = await readFile(file);
  }, `read "${shown}"`);
  return bytes!;
}

async function fsStep(step: () => Promise<unknown>, what: string): Promise<void> {
  try {
    await step();
  } catch (error) {
    if (error instanceof WorkbookSaveError) throw error;
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    const why =
      code === "ENOENT" ? "the folder or file does not exist"
      : code === "EACCES" || code === "EPERM" ? "permission denied (if the file is open in Excel, close it first)"
      : code === "EBUSY" ? "the file is open in another program (close it in Excel first)"
      : code === "ENOSPC" ? "the disk is full"
      : code === "EROFS" ? "the disk is read-only"
      : (code ?? (error instanceof Error ? error.message : String(error)));
    throw new WorkbookSaveError(`Not saved: could not ${what}: ${why}.`);
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
