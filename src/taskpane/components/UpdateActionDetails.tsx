import { Body1, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Action } from "../../plan/model";
import type { RagResult } from "../../plan/rag";
import { endDateText } from "../update-model";
import { FactList } from "./FactList";
import { RagBadge } from "./UpdateRag";
import { Section } from "./Section";

/** Entries shown; older ones are counted, not listed. */
const LATEST = 3;

const useStyles = makeStyles({
  status: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  entries: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  entry: { overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
  muted: { color: tokens.colorNeutralForeground2 },
  subheading: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});

/**
 * The selected action as a service manager checks it before writing: ref, action, owner, end
 * date, status with its derived RAG and the rule's reason, and the latest update entries.
 */
export function UpdateActionDetails({ action, rag }: { action: Action; rag: RagResult }) {
  const styles = useStyles();
  const latest = action.updates.slice(-LATEST).reverse();
  const earlier = action.updates.length - latest.length;
  const facts: [string, ReactNode][] = [
    ["Ref", action.ref ?? `(no ref, row ${action.row})`],
    ["Action", action.task || "(blank)"],
    ["Owner", action.ownerText || "(none named)"],
    ["End date", endDateText(action)],
    [
      "Status",
      <span key="status" className={styles.status}>
        <span>{action.status.raw || "(blank)"}</span>
        <RagBadge rating={rag.rating} />
      </span>,
    ],
    ["Why", rag.reason],
  ];
  return (
    <Section title={action.ref ? `Action ${action.ref}` : `Row ${action.row}`}>
      <FactList facts={facts} />
      <Body1 as="h3" className={styles.subheading}>
        Latest updates
      </Body1>
      {latest.length === 0 ? (
        <Body1 className={styles.muted}>{action.updateText.trim() ? action.updateText : "No updates yet."}</Body1>
      ) : (
        <ul className={styles.entries} aria-label="Latest updates, newest first">
          {latest.map((u) => (
            <li key={u.start} className={styles.entry}>
              <Body1>{u.raw}</Body1>
            </li>
          ))}
        </ul>
      )}
      {earlier > 0 && (
        <Caption1 className={styles.muted}>
          and {earlier} earlier {earlier === 1 ? "entry" : "entries"} in {action.sheet}!{action.cells.update}
        </Caption1>
      )}
    </Section>
  );
}
