import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { SummaryModel } from "../../plan/summary";
import { changeCounts, changesHeading, changesSentence, exceptionsSentence } from "../summary-model";
import { Section } from "./Section";
import { SummaryRatingBadge } from "./SummaryRatingBadge";

const useStyles = makeStyles({
  text: { margin: 0 },
  overall: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
  detail: { margin: 0, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

/** The plan's overall rating, the exceptions for the board, and what moved since the last summary. */
export function SummaryHighlights({ model }: { model: SummaryModel }) {
  const styles = useStyles();
  const changes = model.changes;
  return (
    <Section title="For the board">
      <div className={styles.overall}>
        <Body1>Whole plan:</Body1>
        <SummaryRatingBadge rating={model.totals.overall} />
      </div>
      <Caption1 as="p" className={styles.detail}>
        {model.totals.overallReason}
      </Caption1>
      <Body1 as="p" className={styles.text}>
        {exceptionsSentence(model)}
      </Body1>
      {model.exceptions.length > 0 && (
        <Caption1 as="p" className={styles.detail}>
          The sheet lists each with its owner, end date, days overdue and latest update.
        </Caption1>
      )}
      <Body1 as="p" className={styles.text}>
        {changesHeading(changes)}
      </Body1>
      {changes.since ? (
        <ul className={styles.list} aria-label={changesHeading(changes)}>
          {changeCounts(changes).map((c) => (
            <li key={c.label}>
              <Body1>{`${c.count} ${c.label}`}</Body1>
            </li>
          ))}
        </ul>
      ) : (
        <Caption1 as="p" className={styles.detail}>
          {changesSentence(changes)}
        </Caption1>
      )}
    </Section>
  );
}
