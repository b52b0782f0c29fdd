import { Body1, Link, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  title: { margin: 0 },
});

/**
 * A failure of the pane itself (a view that cannot load or render, no workbook connection).
 * Deliberately light, so the first bundle stays small; views show failures with ErrorState.
 */
export function PaneError({ title, message, onRetry }: { title: string; message: string; onRetry: () => void }) {
  const styles = useStyles();
  return (
    <div role="alert" className={styles.root}>
      <Subtitle2 as="h2" className={styles.title}>
        {title}
      </Subtitle2>
      <Body1 as="p" style={{ margin: 0 }}>
        {message}
      </Body1>
      <Link as="button" onClick={onRetry}>
        Reload the pane
      </Link>
    </div>
  );
}
