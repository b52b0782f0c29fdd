import { Body1, Button, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons/lib/atoms/svg/arrow-clockwise";
import { lazy, useState } from "react";
import { formatUk } from "../../plan/dates";
import { ErrorState } from "../components/ErrorState";
import { LoadingState } from "../components/LoadingState";
import { Section } from "../components/Section";
import { SummaryCreateBar } from "../components/SummaryCreateBar";
import { OnDemand } from "../components/OnDemand";
import { SummaryCreated } from "../components/SummaryCreated";
import { SummaryHighlights } from "../components/SummaryHighlights";
import { SummaryWorkstreamTable } from "../components/SummaryWorkstreamTable";
import { usePreferences, useSheetActions } from "../host-context";
import { useBoardSummary } from "../hooks/useBoardSummary";
import { usePort } from "../port-context";
import { madeBy } from "../summary-model";
import { asOfProblem, initialsProblem } from "../input-problems";
import { useAsOf } from "../as-of";
import { Notice } from "../components/Notice";

// Asked only when a summary as at the same date is made again: its code (Fluent's Dialog, and
// tabster's focus trap with it) loads then, not with the view.
const SummaryReplaceDialog = lazy(() => import(/* webpackChunkName: "summary-replace-dialog" */ "../components/SummaryReplaceDialog"));

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  text: { margin: 0 },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The preference key of the user's initials (shared with the Add update and Validate views). */
const INITIALS_KEY = "initials";

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The board's RAG summary: a preview as at a date, then one click adds it to the workbook as a
 * new, print-ready sheet (and keeps its snapshot, so the next summary shows what changed).
 */
export function SummaryView() {
  const styles = useStyles();
  const sheet = useSheetActions();
  const preferences = usePreferences();
  const { asOf } = useAsOf();
  const [initials, setInitials] = useState(() => preferences.get(INITIALS_KEY)?.trim() ?? "");
  const { state, preview, refresh, create, choose, cancelChoice } = useBoardSummary(usePort(), asOf);
  const [going, setGoing] = useState(false);
  const [goError, setGoError] = useState<string | null>(null);

  const dateProblem = asOfProblem(asOf);
  const signProblem = initials.trim() ? initialsProblem(initials) : null;

  const createSheet = () => {
    setGoError(null);
    const signedBy = initials.trim();
    if (signedBy && signedBy !== preferences.get(INITIALS_KEY)) preferences.set(INITIALS_KEY, signedBy);
    void create(asOf.trim(), madeBy(signedBy));
  };

  const goTo = async (name: string) => {
    setGoing(true);
    setGoError(null);
    try {
      await sheet.activateSheet(name);
    } catch (error) {
      setGoError(message(error));
    } finally {
      setGoing(false);
    }
  };

  return (
    <div className={styles.root}>
      <Body1 as="p" className={styles.text}>
        Adds a sheet for the board: ratings by workstream, the Red and Amber actions with their latest update, what changed since the
        last summary, and a chart. It prints landscape, one page wide.
      </Body1>
      <SummaryCreateBar
        asOfProblem={dateProblem}
        initials={initials}
        initialsProblem={signProblem}
        creating={state.creating}
        onInitialsChange={setInitials}
        onCreate={createSheet}
      />
      <OnDemand open={state.asking !== null}>
        <SummaryReplaceDialog
          existing={state.asking?.existing ?? null}
          asOf={state.asking?.asOf ?? asOf}
          keepName={state.asking?.keepName ?? ""}
          onChoose={choose}
          onCancel={cancelChoice}
        />
      </OnDemand>
      {state.createError && (
        <Notice intent="error" title={state.createError.title}>{state.createError.message}</Notice>
      )}
      {state.created && <SummaryCreated created={state.created} going={going} onGo={() => void goTo(state.created!.name)} />}
      {goError && (
        <Notice intent="error" title="Could not go to the sheet">{goError}</Notice>
      )}
      {state.readError && !state.basis && <ErrorState title="No plan could be read" message={state.readError} onRetry={() => void refresh()} />}
      {state.loading && !state.basis && <LoadingState label="Reading the plan…" />}
      {state.basis && (
        <>
          {state.readError && (
            <Notice intent="warning" title="The preview could not be refreshed">{state.readError}</Notice>
          )}
          <div className={styles.toolbar}>
            <Button icon={<ArrowClockwiseRegular />} disabledFocusable={state.loading || state.creating} onClick={() => void refresh()}>
              Refresh preview
            </Button>
          </div>
          {preview ? (
            <>
              <Section title={`Preview as at ${formatUk(preview.asOf)}`}>
                <SummaryWorkstreamTable model={preview} label={`Workstreams as at ${formatUk(preview.asOf)}`} />
              </Section>
              <SummaryHighlights model={preview} />
            </>
          ) : (
            <Body1 as="p" className={styles.text}>
              Choose a date to see the preview.
            </Body1>
          )}
        </>
      )}
    </div>
  );
}

export default SummaryView;
