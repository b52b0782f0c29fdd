import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { initialsProblem } from "../input-problems";
import { FocusReturn } from "./FocusReturn";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, maxHeight: "40vh", overflowY: "auto", overflowWrap: "anywhere" },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** One cell Fix all will write. */
export interface FixPreview {
  key: string;
  ref: string | null;
  cell: string;
  before: string;
  after: string;
}

/**
 * "Fix all safe fixes": says exactly which cells will be written, from what to what, before
 * anything is written; asks for initials when none are kept (they sign the change log).
 */
export function FixAllDialog(props: {
  open: boolean;
  fixes: FixPreview[];
  initials: string;
  onApply: (initials: string) => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const [typed, setTyped] = useState("");
  const [tried, setTried] = useState(false);
  const needInitials = initialsProblem(props.initials) !== null;
  const signedBy = needInitials ? typed.trim() : props.initials;
  const problem = needInitials ? initialsProblem(typed) : null;
  const n = props.fixes.length;
  return (
    <Dialog open={props.open} modalType="modal" onOpenChange={(_, data) => !data.open && props.onCancel()}>
      <DialogSurface aria-describedby="fix-all-what">
        <FocusReturn />
        <DialogBody>
          <DialogTitle>{`Fix ${n} ${n === 1 ? "cell" : "cells"}?`}</DialogTitle>
          <DialogContent className={styles.content}>
            <p id="fix-all-what" style={{ margin: 0 }}>
              Each cell below gets the plan&apos;s own wording; nothing else changes. Every change is logged in &quot;Plan change log&quot;,
              and Undo puts them all back.
            </p>
            <ul className={styles.list} aria-label="Cells to change">
              {props.fixes.map((f) => (
                <li key={f.key}>{`${f.ref ?? "No ref"} · ${f.cell}: "${f.before}" → "${f.after}"`}</li>
              ))}
            </ul>
            {needInitials && (
              <Field
                label="Your initials"
                hint="They sign the changes in the change log and are kept on this computer."
                validationState={tried && problem ? "error" : "none"}
                validationMessage={tried && problem ? problem : undefined}
              >
                <Input value={typed} maxLength={4} onChange={(_, data) => setTyped(data.value)} />
              </Field>
            )}
          </DialogContent>
          <DialogActions>
            <Button
              appearance="primary"
              onClick={() => {
                setTried(true);
                if (!problem) props.onApply(signedBy);
              }}
            >
              {`Apply ${n} ${n === 1 ? "fix" : "fixes"}`}
            </Button>
            <Button onClick={props.onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

// The Validate view loads this on demand (React.lazy), when Fix all is first pressed.
export default FixAllDialog;
