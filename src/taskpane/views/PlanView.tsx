import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons/lib/atoms/svg/arrow-clockwise";
import { ArrowUndoRegular } from "@fluentui/react-icons/lib/atoms/svg/arrow-undo";
import { SaveRegular } from "@fluentui/react-icons/lib/atoms/svg/save";
import { planOverview } from "../../plan/plan-overview";
import { isEmptyChoice } from "../../plan/reading-choice";
import { columnChoices, correctedColumns } from "../column-choices";
import { ColumnMapping } from "../components/ColumnMapping";
import { ConfidenceNote, confidenceLabel } from "../components/ConfidenceNote";
import { ErrorState } from "../components/ErrorState";
import { LoadingState } from "../components/LoadingState";
import { PlanChooser } from "../components/PlanChooser";
import { PlanSummary } from "../components/PlanSummary";
import { WorkstreamCounts } from "../components/WorkstreamCounts";
import { sameChoice, usePlanReader } from "../hooks/usePlanReader";
import { usePort } from "../port-context";
import { Notice } from "../components/Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The reader's reasons say it passed over another table: several sheets could be the plan. */
const OTHER_TABLE = /a table with other columns/;

/**
 * How the add-in read the open workbook's plan, with the column mapping to correct; when the
 * reader is unsure (low confidence, several candidate tables, a choice already made) or found no
 * plan, the sheet and header row to read it from too. A choice applies here at once and is kept
 * for every view only when the user saves it in the workbook.
 */
export function PlanView() {
  const styles = useStyles();
  const { state, reload, applyChoice, applyColumns, resetColumns, save } = usePlanReader(usePort());

  if (state.status === "loading") return <LoadingState label="Reading the plan…" />;
  if (state.status === "error") {
    return (
      <div className={styles.root}>
        <ErrorState title="No plan could be read" message={state.message} onRetry={() => void reload()} />
        {state.snapshot && <PlanChooser snapshot={state.snapshot} choice={state.choice} onChange={applyChoice} />}
      </div>
    );
  }

  const { plan, snapshot } = state;
  const first = plan.sheets[0];
  const overview = planOverview(plan);
  const corrected = !isEmptyChoice(state.choice);
  const unsaved = !sameChoice(state.choice, state.saved);
  const unsure = confidenceLabel(plan.confidence) !== "High" || plan.reasons.some((r) => OTHER_TABLE.test(r)) || corrected || !isEmptyChoice(state.saved);
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
      {unsaved && (
        <Notice
          intent="info"
          title={corrected ? "Read with your choices" : "Read as detected"}
          actions={
            <Button appearance="primary" size="small" icon={<SaveRegular />} disabledFocusable={state.saving} onClick={() => void save()}>
              Save for this workbook
            </Button>
          }
        >
          Only this view reads the plan this way until it is saved. Saving writes it to the workbook (in the add-in&apos;s hidden
          settings sheet), so every view, and everyone who opens the workbook, reads the plan this way.
        </Notice>
      )}
      {state.saveError && (
        <Notice intent="error" title="The choice was not saved">{state.saveError}</Notice>
      )}
      <PlanSummary plan={plan} />
      {state.correctionError && (
        <Notice intent="warning" title="That change was not applied">{state.correctionError}</Notice>
      )}
      {unsure && <PlanChooser snapshot={snapshot} choice={state.choice} found={{ sheet: first.sheet, headerRow: first.headerRow }} onChange={applyChoice} />}
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
