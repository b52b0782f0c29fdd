import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { Plan } from "../../plan/model";
import { Section } from "./Section";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere" },
});

function quoteList(names: string[]): string {
  return names.map((n) => `"${n}"`).join(", ");
}

/** Where the plan was found: sheet(s), header row, rows read, its size and its glossary. */
export function PlanSummary({ plan }: { plan: Plan }) {
  const styles = useStyles();
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
      <dl className={styles.list}>
        {rows.map(([term, value]) => (
          <div key={term} style={{ display: "contents" }}>
            <dt className={styles.term}>
              <Body1>{term}</Body1>
            </dt>
            <dd className={styles.value}>
              <Body1>{value}</Body1>
            </dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
