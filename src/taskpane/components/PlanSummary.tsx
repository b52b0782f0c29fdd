import type { Plan } from "../../plan/model";
import { FactList } from "./FactList";
import { Section } from "./Section";

function quoteList(names: string[]): string {
  return names.map((n) => `"${n}"`).join(", ");
}

/** Where the plan was found: sheet(s), header row, rows read, its size and its glossary. */
export function PlanSummary({ plan }: { plan: Plan }) {
  const first = plan.sheets[0];
  const rows: [string, string][] = [
    [plan.sheets.length > 1 ? "Sheets" : "Sheet", quoteList(plan.sheets.map((s) => s.sheet))],
    ["Header row", plan.sheets.length > 1 ? plan.sheets.map((s) => `${s.headerRow} (${s.sheet})`).join(", ") : String(first.headerRow)],
    ["Rows read", plan.sheets.map((s) => `${s.headerRow + 1}–${s.lastRow}`).join(", ")],
  ];
  if (first.table) rows.push(["Excel Table", first.table]);
  rows.push(["Dates", first.dateOrder === "mdy" ? "month first (US)" : "day first (UK)"]);
  rows.push(["Actions", String(plan.actions.length)]);
  rows.push([
    "Glossary",
    plan.glossary.length
      ? `${plan.glossary.length} ${plan.glossary.length === 1 ? "person" : "people"}${plan.glossaryAt ? ` (${plan.glossaryAt})` : ""}`
      : "none found",
  ]);
  return (
    <Section title="Where the plan is">
      <FactList facts={rows} />
    </Section>
  );
}
