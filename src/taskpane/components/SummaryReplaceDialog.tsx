import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { formatUk } from "../../plan/dates";
import type { ExistingSummaryChoice } from "../summary-writer";
import { FocusReturn } from "./FocusReturn";

/**
 * Asked when the add-in already made a summary as at the same date (and nobody has changed it
 * since): replace that sheet, or keep both. A modal Fluent dialog: the focus moves into it and
 * stays there, Escape or Cancel closes it without writing anything.
 */
export function SummaryReplaceDialog(props: {
  /** The existing summary sheet's name, or null when the dialog is closed. */
  existing: string | null;
  asOf: string;
  /** The name "Keep both" will use. */
  keepName: string;
  onChoose: (choice: ExistingSummaryChoice) => void;
  onCancel: () => void;
}) {
  return (
    <Dialog open={props.existing !== null} modalType="modal" onOpenChange={(_, data) => !data.open && props.onCancel()}>
      <DialogSurface aria-describedby="summary-replace-what">
        <FocusReturn />
        <DialogBody>
          <DialogTitle>Replace the existing summary or keep both?</DialogTitle>
          <DialogContent>
            <p id="summary-replace-what" style={{ margin: 0 }}>
              {`The sheet "${props.existing ?? ""}" already holds the add-in's summary as at ${props.existing === null ? "" : formatUk(props.asOf)}, unchanged since it was made. ` +
                `Replace puts the new summary in its place; Keep both adds "${props.keepName}" beside it. ` +
                "Either way the changes are still measured from the summary before this date."}
            </p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => props.onChoose("replace")}>
              Replace
            </Button>
            <Button onClick={() => props.onChoose("keep-both")}>Keep both</Button>
            <Button onClick={props.onCancel}>Cancel</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

// The Summary view loads this on demand (React.lazy), when the question is first asked.
export default SummaryReplaceDialog;
