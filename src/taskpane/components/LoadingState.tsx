import { Spinner } from "@fluentui/react-components";

/** A centred spinner with a label; the label is announced (Spinner's label is its accessible name). */
export function LoadingState({ label }: { label: string }) {
  return (
    <div role="status" aria-live="polite">
      <Spinner size="medium" label={label} labelPosition="below" />
    </div>
  );
}
