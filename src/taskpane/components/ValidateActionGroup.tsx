import { Body1Strong, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircleRegular } from "@fluentui/react-icons/lib/atoms/svg/error-circle";
import { InfoRegular } from "@fluentui/react-icons/lib/atoms/svg/info";
import { WarningRegular } from "@fluentui/react-icons/lib/atoms/svg/warning";
import { useId, type ReactNode } from "react";
import type { Finding, Severity } from "../../plan/rules";
import { ruleTitle, type ActionGroup } from "../validate-model";
import { ValidateFindingItem } from "./ValidateFindingItem";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: tokens.strokeWidthThickest,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  error: { borderLeftColor: tokens.colorStatusDangerBorderActive },
  warning: { borderLeftColor: tokens.colorStatusWarningBorderActive },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  // The size an h3 had here (about 16 px), so the icon keeps its size now the heading is an h2.
  heading: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "baseline", margin: 0, minWidth: 0, fontSize: tokens.fontSizeBase400 },
  icon: { flexShrink: 0, alignSelf: "center" },
  iconerror: { color: tokens.colorStatusDangerForeground1 },
  iconwarning: { color: tokens.colorStatusWarningForeground1 },
  iconinfo: { color: tokens.colorNeutralForeground2 },
  task: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere", display: "-webkit-box", WebkitLineClamp: "2", WebkitBoxOrient: "vertical", overflow: "hidden" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  rule: { color: tokens.colorNeutralForeground2 },
});

const ICONS: Record<Severity, ReactNode> = {
  error: <ErrorCircleRegular aria-label="Error" />,
  warning: <WarningRegular aria-label="Warning" />,
  info: <InfoRegular aria-label="Note" />,
};

/** One action's findings together: its ref and task, then each problem (selects its cell; Fix where safe). */
export function ValidateActionGroup(props: {
  group: ActionGroup;
  showSheet: boolean;
  onSelect: (finding: Finding) => void;
  onFix: (index: number) => void;
  fixing: number | null;
  busy: boolean;
  /** Shown under the finding with this report index (the initials prompt, a fix's outcome). */
  below: { index: number; node: ReactNode } | null;
}) {
  const styles = useStyles();
  const headingId = useId();
  const { group } = props;
  const where = props.showSheet ? `${group.sheet}, row ${group.row}` : `row ${group.row}`;
  return (
    <article aria-labelledby={headingId} className={`${styles.root} ${styles[group.severity]}`} data-testid="action-group">
      {/* h2: the view's title is the pane's h1, and heading levels go down one at a time. */}
      <h2 id={headingId} className={styles.heading}>
        <span className={`${styles.icon} ${styles[`icon${group.severity}`]}`}>{ICONS[group.severity]}</span>
        <Body1Strong>{group.ref ?? "No ref"}</Body1Strong>
        <Caption1>{`${where} · ${group.findings.length === 1 ? "1 problem" : `${group.findings.length} problems`}`}</Caption1>
      </h2>
      {group.task && <Caption1 className={styles.task}>{group.task}</Caption1>}
      <ul className={styles.list} aria-label={`Problems of ${group.ref ?? where}`}>
        {group.findings.map(({ finding, index }) => (
          <ValidateFindingItem
            key={index}
            finding={finding}
            label={ruleTitle(finding.rule)}
            showSheet={props.showSheet}
            onSelect={() => props.onSelect(finding)}
            onFix={finding.fix ? () => props.onFix(index) : undefined}
            fixing={props.fixing === index}
            busy={props.busy}
          >
            {props.below?.index === index ? props.below.node : null}
          </ValidateFindingItem>
        ))}
      </ul>
    </article>
  );
}
