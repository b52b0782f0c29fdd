/**
 * The two zip readers agree: Node's zlib reader (the command line's) lists the same entries and
 * unpacks the same bytes as JSZip's (the browser's) on every fixture and on archives built here,
 * and refuses what is not a zip.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { unzipWithJsZip } from "../../src/xlsx/zip";
import { unzipWithZlib } from "../../src/xlsx/zip-node";
import { FIXTURES, PACKAGE_FEATURES } from "../support/fixtures";

const files = [
  ...readdirSync(FIXTURES).filter((n) => n.endsWith(".xlsx")).map((n) => path.join(FIXTURES, n)),
  ...readdirSync(PACKAGE_FEATURES).filter((n) => n.endsWith(".xlsx")).map((n) => path.join(PACKAGE_FEATURES, n)),
];

async function sameArchive(bytes: Uint8Array): Promise<void> {
  const [ours, theirs] = await Promise.all([unzipWithZlib(bytes), unzipWithJsZip(bytes)]);
  expect(ours.names).toEqual(theirs.names);
  for (const name of ours.names) expect(Buffer.from(await ours.read(name)).equals(Buffer.from(await theirs.read(name)))).toBe(true);
}

describe("the zlib zip reader", () => {
  it.each(files.map((f) => [path.relative(FIXTURES, f), f]))("reads %s exactly as JSZip does", async (_name, file) => {
    await sameArchive(new Uint8Array(readFileSync(file)));
  });

  it("reads stored and deflated entries, UTF-8 names, a comment after the directory, and skips folders", async () => {
    const zip = new JSZip();
    zip.folder("xl");
    zip.file("xl/stored.xml", "<a/>", { compression: "STORE" });
    zip.file("xl/deflated.xml", "<b>".repeat(1000), { compression: "DEFLATE" });
    zip.file("xl/naïve – name.xml", "<c/>");
    const bytes = await zip.generateAsync({ type: "uint8array", comment: "a comment" });
    const archive = await unzipWithZlib(bytes);
    expect(archive.names).toEqual(["xl/stored.xml", "xl/deflated.xml", "xl/naïve – name.xml"]);
    expect(new TextDecoder().decode(await archive.read("xl/deflated.xml"))).toBe("<b>".repeat(1000));
    await sameArchive(bytes);
  });

  it("rejects bytes that are not a zip, and an entry whose data is damaged", async () => {
    await expect(unzipWithZlib(new TextEncoder().encode("just some text, not a zip at all"))).rejects.toThrow(/not a zip/);
    const zip = new JSZip();
    zip.file("a.xml", "<a>".repeat(500), { compression: "DEFLATE" });
    const bytes = await zip.generateAsync({ type: "uint8array" });
    // The deflated data starts after the 30-byte local header and the 5-byte name.
    for (let i = 35; i < 45; i++) bytes[i] ^= 0xff;
    const archive = await unzipWithZlib(bytes);
    await expect(archive.read("a.xml")).rejects.toThrow();
  });
});
