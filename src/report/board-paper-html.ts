/** The board paper as one self-contained HTML page (no scripts, no other origins), printable A4 landscape. */
import type { BoardReport } from "../plan/report";
import { bandColours, paperBlocks, type PaperBlock, type PaperCell } from "./paper-content";

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function cellHtml(c: PaperCell, tag: "td" | "th"): string {
  const colours = c.band ? bandColours(c.band) : undefined;
  const style = colours ? ` style="background:#${colours.fill};color:#${colours.font};font-weight:bold;text-align:center"` : c.bold ? ` style="font-weight:bold"` : "";
  return `<${tag}${style}>${escape(c.text)}</${tag}>`;
}

function blockHtml(b: PaperBlock): string {
  switch (b.kind) {
    case "title":
      return `<h1>${escape(b.text)}</h1>`;
    case "heading":
      return `<h2>${escape(b.text)}</h2>`;
    case "paragraph": {
      const colours = b.band ? bandColours(b.band) : undefined;
      const style = colours ? ` class="overall" style="background:#${colours.fill};color:#${colours.font}"` : b.bold ? ` class="strong"` : "";
      return `<p${style}>${escape(b.text)}</p>`;
    }
    case "table": {
      const total = b.widths.reduce((x, y) => x + y, 0);
      const cols = b.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(1)}%">`).join("");
      return `<table><colgroup>${cols}</colgroup><thead><tr>${b.header.map((h) => cellHtml({ text: h }, "th")).join("")}</tr></thead><tbody>${b.rows.map((r) => `<tr>${r.map((c) => cellHtml(c, "td")).join("")}</tr>`).join("")}</tbody></table>`;
    }
    case "inputs":
      return `<table class="inputs"><tbody>${Array.from({ length: b.rows }, () => `<tr><td contenteditable="true"></td></tr>`).join("")}</tbody></table>`;
  }
}

/** The report as an HTML document. */
export function boardPaperHtml(report: BoardReport): string {
  const blocks = paperBlocks(report);
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escape(blocks[0].kind === "title" ? blocks[0].text : report.title)}</title>
<style>
@page { size: A4 landscape; margin: 12mm; }
body { font: 10pt Arial, sans-serif; color: #000; }
h1 { font-size: 16pt; color: #1F3864; margin: 0 0 4pt; }
h2 { font-size: 12pt; color: #1F3864; margin: 10pt 0 4pt; }
p { margin: 2pt 0; } .strong { font-weight: bold; } .overall { display: inline-block; padding: 2pt 8pt; font-weight: bold; font-size: 13pt; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #808080; padding: 2pt 4pt; vertical-align: top; font-size: 9pt; }
thead { display: table-header-group; } th { background: #D9E1F2; text-align: left; } tr { break-inside: avoid; }
.inputs td { height: 18pt; }
</style></head><body>
${blocks.map(blockHtml).join("\n")}
</body></html>
`;
}
