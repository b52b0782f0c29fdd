import { Button, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { CheckmarkCircleRegular } from "@fluentui/react-icons/lib/atoms/svg/checkmark-circle";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minHeight: "32px" },
});

/** The button that validates the plan as at the pane's date, with progress while it runs. */
export function ValidateRunBar(props: {
  /** Why the date cannot be used, or null. */
  asOfProblem: string | null;
  running: boolean;
  onValidate: () => void;
}) {
  const styles = useStyles();
  const blocked = props.running || props.asOfProblem !== null;
  return (
    <form
      className={styles.root}
      onSubmit={(event) => {
        event.preventDefault();
        if (!blocked) props.onValidate();
      }}
    >
      <div className={styles.actions}>
        {/* Focusable while disabled, so focus stays put during a run. */}
        <Button type="submit" appearance="primary" icon={<CheckmarkCircleRegular />} disabledFocusable={blocked}>
          Validate plan
        </Button>
        {props.asOfProblem && <Text role="alert">{props.asOfProblem}</Text>}
        {props.running && (
          <div role="status">
            <Spinner size="tiny" label="Validating…" />
          </div>
        )}
      </div>
    </form>
  );
}
