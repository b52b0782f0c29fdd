import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { GlossaryEntry, IsoDate, Plan } from "../../plan/model";
import { deriveRag } from "../../plan/rag";
import type { PlanSettings } from "../../plan/settings";
import type { AddOutcome } from "../hooks/useAddUpdate";
import type { SelectedAction } from "../update-model";
import { UpdateActionDetails } from "./UpdateActionDetails";
import { UpdateForm, type UpdateFormValues } from "./UpdateForm";
import { UpdateInitials } from "./UpdateInitials";
import { Notice } from "./Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  prompt: { color: tokens.colorNeutralForeground2 },
});

/**
 * The "Add update" tab: who is signing, the action on the selected row, and the form. The
 * action follows the selection in the sheet; the form keeps its text when the row changes.
 */
export function UpdatePanel(props: {
  plan: Plan;
  settings: PlanSettings;
  today: IsoDate;
  refreshing: boolean;
  selected: SelectedAction | null;
  selectionError?: string;
  initials: string | null;
  person: GlossaryEntry | undefined;
  onSaveInitials: (value: string) => { ok: true } | { ok: false; reason: string };
  initialsWarning?: string;
  outcome: AddOutcome;
  onResetOutcome: () => void;
  onAdd: (values: UpdateFormValues) => Promise<boolean>;
}) {
  const styles = useStyles();
  const action = props.selected?.action ?? null;
  const rag = useMemo(() => (action ? deriveRag(action, props.today, props.settings) : null), [action, props.today, props.settings]);

  // A message about one action's update is stale once another row is selected.
  const rowKey = action ? `${action.sheet}!${action.row}` : "";
  const { onResetOutcome } = props;
  const seenRow = useRef(rowKey);
  // The typed update survives a change of row, of tab, and a re-read of the plan.
  const [text, setText] = useState("");
  useEffect(() => {
    if (seenRow.current !== rowKey) {
      seenRow.current = rowKey;
      onResetOutcome();
    }
  }, [rowKey, onResetOutcome]);

  const { onAdd } = props;
  const add = useCallback(
    async (values: UpdateFormValues) => {
      const written = await onAdd(values);
      if (written) setText("");
      return written;
    },
    [onAdd],
  );

  return (
    <div className={styles.root}>
      <UpdateInitials
        initials={props.initials}
        person={props.person}
        hasGlossary={props.plan.glossary.length > 0}
        onSave={props.onSaveInitials}
        warning={props.initialsWarning}
      />
      {props.selectionError && (
        <Notice intent="warning">{props.selectionError}</Notice>
      )}
      {action && rag ? (
        <>
          <UpdateActionDetails action={action} rag={rag} />
          <UpdateForm
            action={action}
            statusVocabulary={props.plan.statusVocabulary}
            today={props.today}
            canSign={props.initials !== null}
            outcome={props.outcome}
            refreshing={props.refreshing}
            text={text}
            onTextChange={setText}
            onAdd={add}
          />
        </>
      ) : (
        <Body1 as="p" className={styles.prompt} role="status">
          {props.selected && !props.selected.action ? props.selected.reason : "Select a row of the plan to add an update to it."}
        </Body1>
      )}
    </div>
  );
}
