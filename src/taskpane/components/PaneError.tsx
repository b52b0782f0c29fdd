import { Body1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "flex-start" },
  title: { margin: 0 },
  // A button drawn as Fluent draws a link (Link as="button"), without Link's code in the first bundle.
  reload: {
    padding: 0,
    border: "none",
    background: "none",
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "none",
    ":hover": { color: tokens.colorBrandForegroundLinkHover, textDecorationLine: "underline" },
    ":active": { color: tokens.colorBrandForegroundLinkPressed },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
});

/**
 * A failure of the pane itself (a view that cannot load or render, no workbook connection).
 * Deliberately light (no Link, no Button), so the first bundle stays small; views show failures with ErrorState.
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
      <button type="button" className={styles.reload} onClick={onRetry}>
        Reload the pane
      </button>
    </div>
  );
}
