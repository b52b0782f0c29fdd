import { loadSample, layout, generateSnapshot } from "./generate";
import { timeCore } from "./core";
export async function main() {
  const s = await loadSample();
  const snap = generateSnapshot(s, layout(s, 2000));
  const core = timeCore(snap, 1, "2015-09-01");
  let t = Date.now();
  const c = structuredClone({ snap, plan: core.plan, report: core.report, settings: core.settings });
  console.log("clone", Date.now() - t, JSON.stringify(c.plan) === JSON.stringify(core.plan));
}
