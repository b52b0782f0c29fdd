import { Button } from "@fluentui/react-components";
import { ArrowRightRegular } from "@fluentui/react-icons/lib/atoms/svg/arrow-right";
import { formatUk } from "../../plan/dates";
import type { CreatedSummary } from "../hooks/useBoardSummary";
import { plural } from "../summary-model";
import { Notice } from "./Notice";

/** The sheet just added, and the way to it. */
export function SummaryCreated({ created, going, onGo }: { created: CreatedSummary; going: boolean; onGo: () => void }) {
  return (
    <Notice
      intent="success"
      title={created.replaced ? "Summary sheet replaced" : "Summary sheet added"}
      actions={
        <Button appearance="primary" icon={<ArrowRightRegular />} iconPosition="after" disabledFocusable={going} onClick={onGo}>
          {`Go to sheet ${created.name}`}
        </Button>
      }
    >
      {`"${created.name}": as at ${formatUk(created.asOf)}, ${plural(created.workstreams, "workstream")} and ${plural(created.exceptions, "exception")}. Its snapshot is kept in the workbook for the next summary's changes.`}
    </Notice>
  );
}
