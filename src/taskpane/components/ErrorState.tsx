import { Button } from "@fluentui/react-components";
import { ArrowClockwiseRegular } from "@fluentui/react-icons/lib/atoms/svg/arrow-clockwise";
import { Notice } from "./Notice";

/** A failure the user can act on: what went wrong, in plain words, and a Retry button. */
export function ErrorState({ title, message, onRetry }: { title: string; message: string; onRetry: () => void }) {
  return (
    <Notice
      intent="error"
      title={title}
      actions={
        <Button appearance="primary" icon={<ArrowClockwiseRegular />} onClick={onRetry}>
          Retry
        </Button>
      }
    >
      {message}
    </Notice>
  );
}
