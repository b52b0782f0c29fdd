import { ChasePanel } from "../components/ChasePanel";
import { ErrorState } from "../components/ErrorState";
import { LoadingState } from "../components/LoadingState";
import { useAsOf } from "../as-of";
import { useLivePlan } from "../hooks/useLivePlan";
import { usePort } from "../port-context";

/** The programme manager's chase list, as at the pane's date: its own view, not under Update. */
export function ChaseView() {
  const { state, retry } = useLivePlan(usePort());
  const { date } = useAsOf();
  if (state.status === "loading") return <LoadingState label="Reading the plan…" />;
  if (state.status === "error") return <ErrorState title="No plan could be read" message={state.message} onRetry={() => void retry()} />;
  return <ChasePanel plan={state.plan} settings={state.settings} asOf={date} />;
}

export default ChaseView;
