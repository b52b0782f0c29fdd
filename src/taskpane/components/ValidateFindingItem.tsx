import { Button, Caption1, createFocusOutlineStyle, makeStyles, mergeClasses, Spinner, tokens } from "@fluentui/react-components";
import { WrenchRegular } from "@fluentui/react-icons/lib/atoms/svg/wrench";
import { useId, type KeyboardEvent, type ReactNode } from "react";
import type { Finding } from "../../plan/rules";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  jump: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    background: "transparent",
    color: tokens.colorNeutralForeground1,
    font: "inherit",
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "start",
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
  },
  focus: createFocusOutlineStyle(),
  where: { fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  message: { overflowWrap: "anywhere" },
  fix: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
  },
  fixText: { color: tokens.colorNeutralForeground2, flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  extra: { paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
});

/**
 * One finding: its ref, cell and message as a button that selects the cell in the sheet (click,
 * Enter or Space), and a Fix button when the finding has a safe fix.
 */
export function ValidateFindingItem(props: {
  finding: Finding;
  /** What the line leads with instead of the ref (the rule's title, inside an action's group). */
  label?: string;
  /** Name the sheet too (a plan on several sheets). */
  showSheet: boolean;
  onSelect: () => void;
  onFix?: () => void;
  /** This finding's fix is being applied. */
  fixing: boolean;
  /** Another change is under way: no fix may start. */
  busy: boolean;
  /** Shown under the finding (the initials prompt). */
  children?: ReactNode;
}) {
  const styles = useStyles();
  const fixTextId = useId();
  const { finding } = props;
  const where = props.showSheet ? `${finding.sheet}!${finding.cell}` : finding.cell;
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    // Handled here (the browser's own Enter-click is prevented), so Enter works the same everywhere.
    if (event.key === "Enter") {
      event.preventDefault();
      props.onSelect();
    }
  };
  return (
    <li className={styles.item}>
      <button
        type="button"
        className={mergeClasses(styles.jump, styles.focus)}
        title={`Select ${where} in the sheet`}
        onClick={props.onSelect}
        onKeyDown={onKeyDown}
      >
        <span className={styles.where}>{`${props.label ?? finding.ref ?? "No ref"} · ${where}`}</span>
        <span className={styles.message}>{finding.message}</span>
      </button>
      {finding.fix && props.onFix && (
        <div className={styles.fix}>
          <Caption1 id={fixTextId} className={styles.fixText}>{`Fix: set ${finding.fix.cell} to "${finding.fix.value}"`}</Caption1>
          <Button
            size="small"
            icon={props.fixing ? <Spinner size="extra-tiny" /> : <WrenchRegular />}
            aria-describedby={fixTextId}
            disabledFocusable={props.busy}
            onClick={props.onFix}
          >
            {props.fixing ? "Fixing…" : "Fix"}
          </Button>
        </div>
      )}
      {props.children && <div className={styles.extra}>{props.children}</div>}
    </li>
  );
}
