import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { stampAsAt, stampSentence, type ValidationStamp } from "../validate-stamp";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, margin: 0 },
  detail: { color: tokens.colorNeutralForeground2 },
});

/** Who last validated the plan, when and with what result (kept in the workbook). */
export function ValidateStamp({ stamp }: { stamp: ValidationStamp }) {
  const styles = useStyles();
  return (
    <p className={styles.root} data-testid="validation-stamp">
      <Caption1>{stampSentence(stamp)}</Caption1>
      <Caption1 className={styles.detail}>{stampAsAt(stamp)}</Caption1>
    </p>
  );
}
