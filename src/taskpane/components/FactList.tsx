import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "max-content minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  // pre-wrap: a cell's own line breaks (an action written over several lines) are kept.
  value: { margin: 0, overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
});

/**
 * Terms and their values as a description list, terms in one column: what the Plan view says
 * about the plan and the Update view about the selected action. `display: contents` on each pair's
 * wrapper lets the grid lay out `dt` and `dd` while the list keeps its dt/dd structure.
 */
export function FactList({ facts }: { facts: readonly (readonly [string, ReactNode])[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.list}>
      {facts.map(([term, value]) => (
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
  );
}
