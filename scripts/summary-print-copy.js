#!/usr/bin/env node
/**
 * Writes a copy of a workbook that holds one sheet only (the others are taken out of its sheet
 * list, with the names defined on them), so LibreOffice's PDF export prints that sheet alone:
 * LibreOffice prints hidden sheets too. A helper of scripts/render-summary.sh; the copy is for
 * looking at, never for keeping (the other sheets' parts stay in the zip, unlisted).
 *   node scripts/summary-print-copy.js IN.xlsx "SHEET NAME" OUT.xlsx
 */
const { readFileSync, writeFileSync } = require("node:fs");
const JSZip = require("jszip");

const decode = (text) => text.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

async function main() {
  const [input, sheet, output] = process.argv.slice(2);
  if (!input || !sheet || !output) {
    console.error('usage: summary-print-copy.js IN.xlsx "SHEET NAME" OUT.xlsx');
    process.exit(2);
  }
  const zip = await JSZip.loadAsync(readFileSync(input));
  const xml = await zip.file("xl/workbook.xml").async("string");
  let index = -1;
  let position = 0;
  const kept = xml.replace(/<sheet\b[^>]*\/>/g, (tag) => {
    const here = position++;
    const name = /\sname="([^"]*)"/.exec(tag)?.[1];
    if (name === undefined || decode(name) !== sheet) return "";
    index = here;
    return tag.replace(/\sstate="[^"]*"/, "");
  });
  if (index < 0) {
    console.error(`There is no sheet "${sheet}" in ${input}.`);
    process.exit(2);
  }
  // Only the kept sheet's own names survive, renumbered to its new position (0).
  const names = kept.replace(/<definedName\b([^>]*)>[\s\S]*?<\/definedName>/g, (whole, attrs) => {
    const local = /\slocalSheetId="(\d+)"/.exec(attrs);
    if (!local || Number(local[1]) !== index) return "";
    return whole.replace(/\slocalSheetId="\d+"/, ' localSheetId="0"');
  });
  const views = names.replace(/\s(activeTab|firstSheet)="[^"]*"/g, "").replace(/<definedNames>\s*<\/definedNames>/, "");
  zip.file("xl/workbook.xml", views);
  writeFileSync(output, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
