import { Button, Field, Input, makeStyles, Spinner, Text, tokens } from "@fluentui/react-components";
import { DocumentTableRegular } from "@fluentui/react-icons/lib/atoms/svg/document-table";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "flex-start", gap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalS },
  initials: { width: "8em" },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, minHeight: "32px", flexBasis: "100%" },
});

/** The date the summary is as at, who makes it, and the button that adds the sheet (with progress). */
export function SummaryCreateBar(props: {
  /** Why the date cannot be used, or null. */
  asOfProblem: string | null;
  initials: string;
  /** Why the initials cannot sign the sheet, or null (they are optional). */
  initialsProblem: string | null;
  creating: boolean;
  onInitialsChange: (initials: string) => void;
  onCreate: () => void;
}) {
  const styles = useStyles();
  const blocked = props.creating || props.asOfProblem !== null || props.initialsProblem !== null;
  return (
    <form
      className={styles.root}
      aria-label="Summary sheet"
      onSubmit={(event) => {
        event.preventDefault();
        if (!blocked) props.onCreate();
      }}
    >
      <Field
        className={styles.initials}
        label="Your initials"
        hint="Optional, for the title block."
        validationState={props.initialsProblem ? "error" : "none"}
        validationMessage={props.initialsProblem ?? undefined}
      >
        <Input value={props.initials} maxLength={4} autoComplete="off" onChange={(_, data) => props.onInitialsChange(data.value)} />
      </Field>
      <div className={styles.actions}>
        {/* Focusable while disabled, so focus stays put while the sheet is made (and the
            replace-or-keep-both dialog gives it back here: FocusReturn). */}
        <Button type="submit" appearance="primary" icon={<DocumentTableRegular />} disabledFocusable={blocked}>
          Create summary sheet
        </Button>
        {props.asOfProblem && <Text role="alert">{props.asOfProblem}</Text>}
        {props.creating && (
          <div role="status">
            <Spinner size="tiny" label="Creating the summary sheet…" />
          </div>
        )}
      </div>
    </form>
  );
}
