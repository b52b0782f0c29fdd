import { measureDouble } from "./double";
import { loadSample, layout, generateSnapshot } from "./generate";
import { timeCore } from "./core";
import { createExcelDouble } from "../../test/excel-double";
import { OfficeWorkbook, OfficeSheetActions } from "../../src/excel";
export async function main() {
  const s = await loadSample();
  const snap = generateSnapshot(s, layout(s, 20000));
  let t = Date.now();
  const core = timeCore(snap, 1, "2015-09-01");
  console.log("core", Date.now() - t); t = Date.now();
  const d = createExcelDouble(snap);
  console.log("create", Date.now() - t); t = Date.now();
  const wb = new OfficeWorkbook(d.run, d.supports);
  await wb.readSnapshot();
  console.log("read", Date.now() - t); t = Date.now();
  const cells = core.report.findings.filter((f) => f.cell).map((f) => ({ sheet: f.sheet, address: f.cell }));
  await new OfficeSheetActions(d.run).highlight(cells);
  console.log("highlight", cells.length, Date.now() - t); t = Date.now();
}

export async function main2() {
  const s = await loadSample();
  const snap = generateSnapshot(s, layout(s, 20000));
  const core = timeCore(snap, 1, "2015-09-01");
  const orig = Date.now;
  const t = Date.now();
  const r = await measureDouble(snap, core.plan, core.settings, core.report, "2015-09-01");
  console.log("double total", orig() - t, JSON.stringify(r));
}
