import { Body1, Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { GlossaryEntry } from "../../plan/model";
import { describePerson } from "../update-model";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  form: { display: "flex", flexWrap: "wrap", alignItems: "flex-end", gap: tokens.spacingHorizontalS },
  input: { width: "8em" },
  who: { minWidth: 0, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * The initials updates are signed with: asked for once, then shown with the person the plan's
 * glossary gives for them, and a way to change them.
 */
export function UpdateInitials(props: {
  initials: string | null;
  /** The glossary's person for these initials, if any. */
  person: GlossaryEntry | undefined;
  /** Whether the plan has a glossary at all (so "not in the glossary" means something). */
  hasGlossary: boolean;
  onSave: (value: string) => { ok: true } | { ok: false; reason: string };
  /** Set when the initials could not be stored. */
  warning?: string;
}) {
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(props.initials ?? "");
  const [error, setError] = useState<string | undefined>();

  if (props.initials && !editing) {
    return (
      <div className={styles.row}>
        <Body1 className={styles.who}>
          Signing as <strong>{props.initials}</strong>
          {props.person ? ` (${describePerson(props.person)})` : ""}
        </Body1>
        <Button
          size="small"
          onClick={() => {
            setDraft(props.initials ?? "");
            setError(undefined);
            setEditing(true);
          }}
        >
          Change initials
        </Button>
        {!props.person && props.hasGlossary && (
          <Caption1 className={styles.muted}>{props.initials} is not in the plan&apos;s glossary; check with the plan&apos;s manager.</Caption1>
        )}
        {props.warning && <Caption1 className={styles.muted}>{props.warning}</Caption1>}
      </div>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = props.onSave(draft);
    if (!result.ok) {
      setError(result.reason);
      return;
    }
    setError(undefined);
    setEditing(false);
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Your initials">
      <Field
        label="Your initials"
        hint="1 to 4 letters, as you sign your updates. Remembered on this computer, not in the workbook."
        validationMessage={error}
        validationState={error ? "error" : "none"}
      >
        <Input className={styles.input} value={draft} maxLength={4} autoComplete="off" onChange={(_, data) => setDraft(data.value)} />
      </Field>
      <Button type="submit" appearance="primary">
        Save initials
      </Button>
      {props.initials && (
        <Button type="button" onClick={() => setEditing(false)}>
          Cancel
        </Button>
      )}
    </form>
  );
}
