import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The manifest's minimum ExcelApi set must cover every API the Office adapter calls without a
 * run-time check, and every newer API must sit behind `supports("ExcelApi", "<its set>")` in the
 * same file. The table lists the APIs this code base uses, by the set that introduced them
 * (Microsoft's requirement-set pages); a new API must be added here before it can be used.
 */
const API_SETS: Record<string, string> = {
  getItemOrNullObject: "1.4",
  getUsedRangeOrNullObject: "1.4",
  getSelectedRange: "1.1",
  onSelectionChanged: "1.2",
  conditionalFormats: "1.6",
  tabColor: "1.7",
  setValues: "1.7",
  setXAxisValues: "1.7",
  getRanges: "1.9",
  pageLayout: "1.9",
  setPrintTitleRows: "1.9",
  headersFooters: "1.9",
  horizontalPageBreaks: "1.9",
  getMergedAreasOrNullObject: "1.13",
  resize: "1.13",
};

const root = path.resolve(__dirname, "../..");
const adapter = path.join(root, "src/excel");
const version = (v: string) => v.split(".").map(Number).reduce((a, n) => a * 1000 + n, 0);
const manifestMin = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(readFileSync(path.join(root, "manifest.xml"), "utf8"))![1];

describe("requirement sets", () => {
  const files = readdirSync(adapter).filter((f) => f.endsWith(".ts"));

  it("declares ExcelApi 1.9 as the minimum (RangeAreas, page layout)", () => {
    expect(manifestMin).toBe("1.9");
  });

  it.each(files)("%s calls newer APIs only behind an isSetSupported check", (file) => {
    const source = readFileSync(path.join(adapter, file), "utf8");
    for (const [api, set] of Object.entries(API_SETS)) {
      if (!new RegExp(`\\.${api}\\b`).test(source) || version(set) <= version(manifestMin)) continue;
      expect({ api, guarded: source.includes(`supports("ExcelApi", "${set}")`) }).toEqual({ api, guarded: true });
    }
  });

  it("knows the set of every API above the minimum that the adapter calls", () => {
    // Fails when an Excel API from a set newer than 1.9 that this table does not list is used:
    // the names below are the newer APIs Office.js offers that a change would most likely reach for.
    const newer = ["getSpecialCells", "getCellProperties", "setCellProperties", "comments", "notes", "linkedDataTypes", "getTables"];
    const all = files.map((f) => readFileSync(path.join(adapter, f), "utf8")).join("\n");
    expect(newer.filter((api) => new RegExp(`\\.${api}\\(`).test(all))).toEqual([]);
  });
});
