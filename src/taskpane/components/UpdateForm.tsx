import {
  Button,
  Field,
  makeStyles,
  Select,
  Spinner,
  Textarea,
  tokens,
} from "@fluentui/react-components";
import { useState, type FormEvent } from "react";
import type { Action, IsoDate } from "../../plan/model";
import type { AddOutcome } from "../hooks/useAddUpdate";
import { entryDateProblem } from "../update-model";
import { DateInput } from "./DateInput";
import { Notice } from "./Notice";

const KEEP = "";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM, alignItems: "flex-end" },
  grow: { flexGrow: 1, flexBasis: "10em", minWidth: 0 },
  select: { minWidth: 0, width: "100%" },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalM },
  quote: {
    margin: `${tokens.spacingVerticalXS} 0`,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
});

/** What the user asked to add. */
export interface UpdateFormValues {
  text: string;
  date: IsoDate;
  /** A status in the plan's wording, or undefined to keep the current one. */
  status?: string;
}

function Outcome({ outcome, refreshing }: { outcome: AddOutcome; refreshing: boolean }) {
  const styles = useStyles();
  switch (outcome.kind) {
    case "idle":
      return null;
    case "busy":
      return <Spinner size="tiny" label="Adding the update…" role="status" />;
    case "added":
      return (
        <Notice intent="success" title={<>Update added{outcome.ref ? ` to ${outcome.ref}` : ""}</>}>
          <div className={styles.quote}>{outcome.entry}</div>
          {outcome.status && (
            <div>
              Status changed from &quot;{outcome.status.before || "(blank)"}&quot; to &quot;{outcome.status.after}&quot;.
            </div>
          )}
          <div>Written to {outcome.cell} and recorded in the change log.</div>
        </Notice>
      );
    case "refused":
      return (
        <Notice intent="error" title="Not added">{outcome.reason}</Notice>
      );
    case "conflict":
      return (
        <Notice intent="warning" title="Someone else changed this since the pane read it">
          <div>Nothing was written.</div>
          {outcome.conflicts.map((c) => (
            <div key={`${c.sheet}!${c.address}`}>
              {c.sheet}!{c.address} now reads:
              <div className={styles.quote} data-testid="conflict-text">
                {c.actual === "" ? "(empty)" : c.actual}
              </div>
            </div>
          ))}
          <div>
            {refreshing
              ? "Reading the plan again…"
              : "Your update is kept in the box above: check the new text, then select Add update again to add yours after it."}
          </div>
        </Notice>
      );
    case "failed":
      return (
        <Notice intent="error" title="The update could not be saved">{outcome.message}</Notice>
      );
  }
}

/**
 * The update to add: its text, an optional new status from the plan's own wording, and the
 * entry date. The typed text is kept until the update is written.
 */
export function UpdateForm(props: {
  action: Action;
  statusVocabulary: string[];
  today: IsoDate;
  /** False until the user has given their initials. */
  canSign: boolean;
  outcome: AddOutcome;
  /** The plan is being read again; adding waits for it. */
  refreshing: boolean;
  /** The typed update, kept by the caller so it survives a change of row. */
  text: string;
  onTextChange: (text: string) => void;
  onAdd: (values: UpdateFormValues) => Promise<boolean>;
}) {
  const styles = useStyles();
  const { text, onTextChange: setText } = props;
  // A new status is chosen for one action: selecting another row goes back to "Keep status".
  const rowKey = `${props.action.sheet}!${props.action.row}`;
  const [chosen, setChosen] = useState({ row: rowKey, status: KEEP });
  const status = chosen.row === rowKey ? chosen.status : KEEP;
  const setStatus = (value: string) => setChosen({ row: rowKey, status: value });
  const [date, setDate] = useState<string>(props.today);
  const [dateTouched, setDateTouched] = useState(false);
  const current = props.action.status.raw;
  const dateProblem = entryDateProblem(date, props.today);
  const busy = props.outcome.kind === "busy";
  const keepLabel = current ? `Keep status: ${current}` : "Keep status (blank)";

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDateTouched(true);
    if (dateProblem || busy || props.refreshing || !props.canSign) return;
    const written = await props.onAdd({ text, date, status: status === KEEP ? undefined : status });
    if (written) setStatus(KEEP);
  };

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} aria-label="Add an update">
      <Field label="Update" hint="Added to the end of the update log, dated and initialled. Nothing already there is changed.">
        <Textarea value={text} rows={4} resize="vertical" onChange={(_, data) => setText(data.value)} />
      </Field>
      <div className={styles.row}>
        <Field label="Status" className={styles.grow}>
          {/* A native select (Fluent's Select): Fluent's Dropdown with its popup positioning would
              add a fifth to what the Update view downloads before it is useful. */}
          <Select className={styles.select} value={status} onChange={(_, data) => setStatus(data.value)}>
            <option value={KEEP}>{keepLabel}</option>
            {props.statusVocabulary
              .filter((s) => s !== current)
              .map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
          </Select>
        </Field>
        <Field
          label="Entry date"
          validationMessage={dateTouched ? dateProblem : undefined}
          validationState={dateTouched && dateProblem ? "error" : "none"}
        >
          <DateInput
            value={date}
            onChange={(value) => {
              setDate(value);
              setDateTouched(true);
            }}
          />
        </Field>
      </div>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={busy || props.refreshing || !props.canSign}>
          Add update
        </Button>
        {!props.canSign && <span>Give your initials above first.</span>}
      </div>
      <div aria-live="polite">
        <Outcome outcome={props.outcome} refreshing={props.refreshing} />
      </div>
    </form>
  );
}
