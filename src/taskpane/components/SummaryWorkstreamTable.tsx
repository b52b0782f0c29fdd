import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Rating } from "../../plan/rag";
import type { SummaryModel, WorkstreamSummary } from "../../plan/summary";
import { RATING_MEANINGS, RATINGS } from "../summary-model";
import { SummaryRatingBadge } from "./SummaryRatingBadge";

/** Short column headings for the counts; the full meaning is their accessible name and in the key. */
const SHORT: Record<Rating, string> = { blue: "B", green: "G", amber: "A", red: "R", grey: "Gy" };

/**
 * A plain HTML table drawn as Fluent's extra-small Table draws one (its rows, cell heights and
 * header weight), without Fluent's Table code in the view's first bundle: a table nobody sorts or
 * selects in needs none of it, and the elements (table, th, td) are the ones Fluent renders.
 */
const useStyles = makeStyles({
  table: {
    tableLayout: "fixed",
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground1,
  },
  head: { height: "32px", fontWeight: tokens.fontWeightRegular, textAlign: "start" },
  body: { height: "24px" },
  // Fluent's cell padding is too wide for eight columns in a 320 px pane.
  cell: { paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalXXS, paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, verticalAlign: "top" },
  name: { overflowWrap: "anywhere" },
  nameInner: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXXS },
  // Widths fit three digits (four for "100%") at the table's 12 px, leaving the rest to the name.
  number: { width: "1.9em", textAlign: "end", fontVariantNumeric: "tabular-nums" },
  actions: { width: "2.3em" },
  percent: { width: "2.8em" },
  blue: { borderBottom: "3px solid #2F5597" },
  green: { borderBottom: "3px solid #00B050" },
  amber: { borderBottom: "3px solid #FFC000" },
  red: { borderBottom: "3px solid #C00000" },
  grey: { borderBottom: "3px solid #BFBFBF" },
  total: { fontWeight: tokens.fontWeightSemibold, borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}` },
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0, 0, 0, 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
  key: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** The preview of the sheet's workstream table: counts by rating, % complete and the overall rating. */
export function SummaryWorkstreamTable({ model, label }: { model: SummaryModel; label: string }) {
  const styles = useStyles();
  const head = (text: string, full: string, extra?: string) => (
    <th key={full} scope="col" className={mergeClasses(styles.head, styles.cell, styles.number, extra)}>
      <span aria-hidden="true">{text}</span>
      <span className={styles.hidden}>{full}</span>
    </th>
  );
  const row = (w: WorkstreamSummary, total: boolean) => (
    <tr key={total ? "\u0000total" : w.name} className={total ? styles.total : undefined}>
      <td className={mergeClasses(styles.body, styles.cell, styles.name)}>
        <div className={styles.nameInner}>
          <span>{w.name}</span>
          <SummaryRatingBadge rating={w.overall} />
        </div>
      </td>
      <td className={mergeClasses(styles.body, styles.cell, styles.number)}>{w.actions}</td>
      {RATINGS.map((r) => (
        <td key={r} className={mergeClasses(styles.body, styles.cell, styles.number)}>
          {w.rag[r]}
        </td>
      ))}
      <td className={mergeClasses(styles.body, styles.cell, styles.number)}>{`${w.percentComplete}%`}</td>
    </tr>
  );
  return (
    <>
      <table className={styles.table} aria-label={label}>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.head, styles.cell, styles.name)}>
              Workstream<span className={styles.hidden}> and overall rating</span>
            </th>
            {head("Act.", "Actions", styles.actions)}
            {RATINGS.map((r) => head(SHORT[r], RATING_MEANINGS[r], styles[r]))}
            {head("%", "% complete", styles.percent)}
          </tr>
        </thead>
        <tbody>
          {model.workstreams.map((w) => row(w, false))}
          {row(model.totals, true)}
        </tbody>
      </table>
      <Caption1 as="p" className={styles.key}>
        {`Key: ${RATINGS.map((r) => `${SHORT[r]} ${RATING_MEANINGS[r]}`).join(", ")}; % complete of actions not cancelled.`}
      </Caption1>
    </>
  );
}
