import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { Section } from "./Section";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  reasons: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/** `High`, `Medium` or `Low` for a 0..1 confidence. */
export function confidenceLabel(confidence: number): "High" | "Medium" | "Low" {
  if (confidence >= 0.85) return "High";
  if (confidence >= 0.6) return "Medium";
  return "Low";
}

/** How sure the reader is of the mapping, and why. */
export function ConfidenceNote({ confidence, reasons }: { confidence: number; reasons: string[] }) {
  const styles = useStyles();
  const label = confidenceLabel(confidence);
  const summary = `Confidence: ${label} (${Math.round(confidence * 100)}%)`;
  return (
    <Section title="How the plan was read">
      {label === "High" ? (
        <Body1 as="p" style={{ margin: 0 }}>
          {summary}
        </Body1>
      ) : (
        <Notice intent="warning">{`${summary}. Check the columns above before relying on the results.`}</Notice>
      )}
      {reasons.length > 0 && (
        <ul className={styles.reasons}>
          {reasons.map((reason, i) => (
            <li key={i}>
              <Body1>{reason}</Body1>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
