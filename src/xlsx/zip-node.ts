/**
 * A zip reader on Node's zlib (Node only), for the command line: reads the central directory,
 * then inflates an entry (`inflateRawSync`) only when it is read. Archives it does not handle
 * itself (Zip64, encrypted or unusually compressed entries, names in a legacy code page) are
 * passed to JSZip, so it never reads less than JSZip would.
 * Format: PKWARE APPNOTE.TXT 6.3.10, sections 4.3.7 (local header), 4.3.12 (central directory)
 * and 4.3.16 (end of central directory).
 */
import { inflateRawSync } from "node:zlib";
import { unzipWithJsZip, type Unzip, type ZipArchive } from "./zip";

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;
const ENCRYPTED = 0x1;
const UTF8_NAME = 0x800;
/** Deflate expands at most about 1,032 to 1 (RFC 1951's longest match per fewest bits). */
const MAX_DEFLATE_RATIO = 1032;
/** The largest entry inflated into one buffer sized up front. */
const MAX_ONE_CHUNK = 256 * 2 ** 20;

interface Entry {
  method: number;
  compressedSize: number;
  size: number;
  localHeader: number;
}

/** Why this reader hands the archive to JSZip. */
class NotHandled extends Error {}

export const unzipWithZlib: Unzip = async (bytes) => {
  try {
    return readDirectory(bytes);
  } catch (error) {
    if (error instanceof NotHandled) return unzipWithJsZip(bytes);
    throw error;
  }
};

function readDirectory(bytes: Uint8Array): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(view);
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryStart = view.getUint32(end + 16, true);
  if (count === 0xffff || directorySize === 0xffffffff || directoryStart === 0xffffffff) throw new NotHandled("Zip64");
  if (directoryStart + directorySize > end) throw new Error("the zip directory lies outside the file");
  const entries = new Map<string, Entry>();
  const names: string[] = [];
  const ascii = new TextDecoder("latin1");
  const utf8 = new TextDecoder("utf-8");
  let at = directoryStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new Error("the zip directory is damaged");
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeader = view.getUint32(at + 42, true);
    const raw = bytes.subarray(at + 46, at + 46 + nameLength);
    if (flags & ENCRYPTED || (method !== STORED && method !== DEFLATED)) throw new NotHandled("entry");
    if (compressedSize === 0xffffffff || size === 0xffffffff || localHeader === 0xffffffff) throw new NotHandled("Zip64");
    if (!(flags & UTF8_NAME) && raw.some((b) => b >= 0x80)) throw new NotHandled("code page");
    const name = flags & UTF8_NAME ? utf8.decode(raw) : ascii.decode(raw);
    at += 46 + nameLength + extraLength + commentLength;
    if (name.endsWith("/")) continue;
    if (!entries.has(name)) names.push(name);
    entries.set(name, { method, compressedSize, size, localHeader });
  }
  return {
    names,
    read: async (name) => {
      const entry = entries.get(name);
      if (!entry) throw new Error(`no entry ${name}`);
      return inflateEntry(bytes, view, entry);
    },
  };
}

function findEndOfDirectory(view: DataView): number {
  // The record is 22 bytes and may be followed by a comment of up to 65,535 bytes; the record
  // whose comment length reaches the end of the file is the real one.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY && at + 22 + view.getUint16(at + 20, true) === view.byteLength) return at;
  }
  throw new Error("not a zip archive");
}

function inflateEntry(bytes: Uint8Array, view: DataView, entry: Entry): Uint8Array {
  const at = entry.localHeader;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER) throw new Error("a zip entry's header is damaged");
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const data = bytes.subarray(start, start + entry.compressedSize);
  if (data.length !== entry.compressedSize) throw new Error("a zip entry is cut short");
  let out: Uint8Array;
  if (entry.method === DEFLATED) {
    // One output chunk of the size the directory states, so zlib need not join chunks (a copy of
    // the whole sheet); only for sizes deflate can reach from this input, so a lying directory
    // cannot make it allocate gigabytes (the size check below still catches the lie).
    const chunkSize = entry.size >= 64 && entry.size <= MAX_ONE_CHUNK && entry.size <= entry.compressedSize * MAX_DEFLATE_RATIO ? entry.size : undefined;
    const inflated = inflateRawSync(data, chunkSize === undefined ? {} : { chunkSize });
    out = new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.length);
  } else out = data.slice();
  if (out.length !== entry.size) throw new Error("a zip entry unpacks to the wrong size");
  return out;
}
