import { Button, Field, Input, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { CheckmarkCircleRegular } from "@fluentui/react-icons";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  date: { minWidth: "10em", flexGrow: 1, maxWidth: "16em" },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minHeight: "32px" },
});

/** The date the plan is judged at and the button that validates it, with progress while it runs. */
export function ValidateRunBar(props: {
  asOf: string;
  /** Why the date cannot be used, or null. */
  asOfProblem: string | null;
  running: boolean;
  onAsOfChange: (asOf: string) => void;
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
      <Field
        className={styles.date}
        label="As at"
        hint="Rules judge the plan as at this date."
        validationState={props.asOfProblem ? "error" : "none"}
        validationMessage={props.asOfProblem ?? undefined}
      >
        <Input type="date" value={props.asOf} onChange={(_, data) => props.onAsOfChange(data.value)} />
      </Field>
      <div className={styles.actions}>
        {/* Focusable while disabled, so focus stays put during a run. */}
        <Button type="submit" appearance="primary" icon={<CheckmarkCircleRegular />} disabledFocusable={blocked}>
          Validate plan
        </Button>
        {props.running && (
          <div role="status">
            <Spinner size="tiny" label="Validating…" />
          </div>
        )}
      </div>
    </form>
  );
}
