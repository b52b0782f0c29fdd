import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons/lib/atoms/svg/arrow-clockwise";
import { ArrowUndoRegular } from "@fluentui/react-icons/lib/atoms/svg/arrow-undo";
import { planOverview } from "../../plan/plan-overview";
import { columnChoices, correctedColumns } from "../column-choices";
import { ColumnMapping } from "../components/ColumnMapping";
import { ConfidenceNote } from "../components/ConfidenceNote";
import { ErrorState } from "../components/ErrorState";
import { LoadingState } from "../components/LoadingState";
import { PlanSummary } from "../components/PlanSummary";
import { WorkstreamCounts } from "../components/WorkstreamCounts";
import { usePlanReader } from "../hooks/usePlanReader";
import { usePort } from "../port-context";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** How the add-in read the open workbook's plan, with the column mapping to correct. */
export function PlanView() {
  const styles = useStyles();
  const { state, reload, applyColumns, resetColumns } = usePlanReader(usePort());

  if (state.status === "loading") return <LoadingState label="Reading the plan…" />;
  if (state.status === "error") {
    return <ErrorState title="No plan could be read" message={state.message} onRetry={() => void reload()} />;
  }

  const { plan, snapshot } = state;
  const first = plan.sheets[0];
  const overview = planOverview(plan);
  const corrected = Object.keys(state.columns).length > 0;
  return (
    <div className={styles.root}>
      <div className={styles.toolbar}>
        <Button icon={<ArrowClockwiseRegular />} onClick={() => void reload()}>
          Read again
        </Button>
        {corrected && (
          <Button icon={<ArrowUndoRegular />} onClick={resetColumns}>
            Use detected columns
          </Button>
        )}
      </div>
      <PlanSummary plan={plan} />
      {state.correctionError && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>That column change was not applied</MessageBarTitle>
            {state.correctionError}
          </MessageBarBody>
        </MessageBar>
      )}
      <ColumnMapping
        plan={plan}
        choices={columnChoices(snapshot, first)}
        onChange={(role, letter) => applyColumns(correctedColumns(first, role, letter))}
      />
      <WorkstreamCounts rows={overview.workstreams} total={overview.actions} />
      <ConfidenceNote confidence={plan.confidence} reasons={plan.reasons} />
    </div>
  );
}

export default PlanView;
