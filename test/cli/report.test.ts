/**
 * `action-plan report`: the board paper as .docx and HTML, from the same report model as the
 * summary sheet. The figures checked are the Reading plan's as at 08/06/2015: 184 actions, the
 * plan's own title, and the headline the model states (asserted from the plan in
 * test/plan/summary-report.test.ts); here they must reach both documents unchanged.
 */
import JSZip from "jszip";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { run } from "../../src/cli/main";
import type { Output } from "../../src/cli/output";
import { READING } from "../support/fixtures";

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out: Output = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) };
  return { code: await run(["node", "action-plan", ...args], out), stdout, stderr };
}

const dir = mkdtempSync(path.join(tmpdir(), "apa-report-"));
/** Word splits text into runs; the words of a paragraph joined back. */
const wordText = (xml: string) => xml.replace(/<w:p[ >][\s\S]*?<\/w:p>/g, (p) => `${[...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("")}\n`).replace(/<[^>]+>/g, "");
const decode = (s: string) => s.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&").replace(/&#39;/g, "'");

describe("action-plan report", () => {
  it("writes a .docx board paper with the plan's title, the headline and a coloured RAG table", async () => {
    const out = path.join(dir, "paper.docx");
    const result = await cli("report", READING, "--as-of", "2015-06-08", "--out", out);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    const zip = await JSZip.loadAsync(readFileSync(out));
    const xml = await zip.file("word/document.xml")!.async("string");
    const text = decode(wordText(xml));
    expect(text).toContain("Children's Services Improvement Plan: board highlight report");
    expect(text).toMatch(/Red: \d+ of 184 actions are past their end date and not complete/);
    // Landscape A4 (twentieths of a point: 16838 × 11906), RAG cells filled with the sheet's Red.
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    expect(xml).toContain('w:fill="C00000"');
    // Table headings repeat on every page.
    expect(xml).toContain("<w:tblHeader/>");
  });

  it("writes the same report as HTML, with no script and nothing from another origin", async () => {
    const out = path.join(dir, "paper.html");
    const result = await cli("report", READING, "--as-of", "2015-06-08", "--out", out, "--format", "html");
    expect(result.code).toBe(0);
    const html = decode(readFileSync(out, "utf8"));
    expect(html).toContain("Children's Services Improvement Plan: board highlight report");
    expect(html).toMatch(/Red: \d+ of 184 actions are past their end date and not complete/);
    expect(html).not.toMatch(/<script|https?:\/\//);
  });

  it("refuses a next board date that is not after the as-of date", async () => {
    const result = await cli("report", READING, "--as-of", "2015-06-08", "--next-board", "2015-06-01", "--out", path.join(dir, "x.docx"));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--next-board \(2015-06-01\) must be after --as-of \(2015-06-08\)/);
  });
});
