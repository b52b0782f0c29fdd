import { parseUpdateLog } from "../../src/plan/update-log";
import * as fs from "fs";
test("smoke", () => {
  const d = JSON.parse(fs.readFileSync("/work/shared/fixtures/reading-plan.json", "utf8"));
  const out: string[] = [];
  for (const r of d.rows) if (r.kind === "action" && r.update) {
    out.push(`== ${r.ref}`);
    for (const e of parseUpdateLog(r.update)) out.push(`  [${e.start}] date=${e.date ?? "-"}${e.yearInferred ? "*" : ""} dt=${e.dateText ?? "-"} in=${e.initials ?? "-"} sep=${JSON.stringify(e.separator)} ${e.dateIssue ?? ""} | ${e.text.slice(0, 70)}`);
  }
  fs.writeFileSync("/tmp/smoke/out.txt", out.join("\n"));
});
