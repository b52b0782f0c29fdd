/**
 * The zip archive an .xlsx package is, for reading: its entry names and each entry's bytes. Two
 * openers: JSZip's (here; it runs in the browser too) and one on Node's own zlib
 * (`zip-node.ts`, used by the command line: several times faster on large sheets, and nothing is
 * inflated until asked for). Writing always goes through JSZip (writer.ts), which keeps every
 * untouched entry's compressed bytes as they were.
 */

export interface ZipArchive {
  /** File entries (not folders), in the archive's order, named as in the archive. */
  readonly names: readonly string[];
  /** An entry's uncompressed bytes; rejects when the entry cannot be unpacked. */
  read(name: string): Promise<Uint8Array>;
}

/** Opens a zip archive; rejects when the bytes are not one. */
export type Unzip = (bytes: Uint8Array) => Promise<ZipArchive>;

/** JSZip's reader. */
export const unzipWithJsZip: Unzip = async (bytes) => {
  // Loaded when first used: the command line reads with zip-node.ts and mostly never needs it.
  const { default: JSZip } = await import(/* webpackMode: "eager" */ "jszip");
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
  return {
    names,
    read: (name) => {
      const entry = zip.files[name];
      return entry ? entry.async("uint8array") : Promise.reject(new Error(`no entry ${name}`));
    },
  };
};
