import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { initialsProblem } from "../input-problems";

const useStyles = makeStyles({
  root: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  field: { flexGrow: 1, minWidth: "8em" },
  buttons: { display: "flex", gap: tokens.spacingHorizontalS },
});

/** Asks for the user's initials (1-4 letters) before the first fix; they sign the change log. */
export function ValidateInitialsPrompt(props: { onSubmit: (initials: string) => void; onCancel: () => void }) {
  const styles = useStyles();
  const [value, setValue] = useState("");
  const [tried, setTried] = useState(false);
  const problem = initialsProblem(value);
  return (
    <form
      className={styles.root}
      onSubmit={(event) => {
        event.preventDefault();
        setTried(true);
        if (!problem) props.onSubmit(value.trim());
      }}
    >
      <Field
        className={styles.field}
        label="Your initials"
        hint="They sign the change in the plan's change log and are kept on this computer."
        validationState={tried && problem ? "error" : "none"}
        validationMessage={tried && problem ? problem : undefined}
      >
        <Input value={value} maxLength={4} autoFocus onChange={(_, data) => setValue(data.value)} />
      </Field>
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" size="small">
          Save and fix
        </Button>
        <Button type="button" size="small" onClick={props.onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
