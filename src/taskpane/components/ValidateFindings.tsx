import { Body1Strong, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { ErrorCircleRegular, InfoRegular, WarningRegular } from "@fluentui/react-icons";
import { useId, type ReactNode } from "react";
import type { Finding, Severity } from "../../plan/rules";
import type { SeverityGroup } from "../validate-model";
import { ValidateFindingItem } from "./ValidateFindingItem";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, margin: 0 },
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorNeutralForeground2 },
  rule: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  ruleHeading: { margin: 0, overflowWrap: "anywhere" },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

const ICONS: Record<Severity, ReactNode> = {
  error: <ErrorCircleRegular aria-hidden />,
  warning: <WarningRegular aria-hidden />,
  info: <InfoRegular aria-hidden />,
};

/** Findings grouped by severity (h2, with the number shown) then rule (h3), each a list of items. */
export function ValidateFindings(props: {
  groups: SeverityGroup[];
  showSheet: boolean;
  onSelect: (finding: Finding) => void;
  onFix: (index: number) => void;
  /** Report index of the finding being fixed, or null. */
  fixing: number | null;
  /** A fix or a run is under way: no fix may start. */
  busy: boolean;
  /** Report index of the finding awaiting the user's initials, and the prompt to show under it. */
  prompt: { index: number; node: ReactNode } | null;
}) {
  const styles = useStyles();
  const idPrefix = useId();
  return (
    <div className={styles.root}>
      {props.groups.map((group) => {
        const headingId = `${idPrefix}-${group.severity}`;
        return (
          <section key={group.severity} aria-labelledby={headingId} className={styles.section}>
            <Subtitle2 as="h2" id={headingId} className={styles.heading}>
              <span className={styles[group.severity]}>{ICONS[group.severity]}</span>
              {`${group.label} (${group.shown})`}
            </Subtitle2>
            {group.rules.map((rule) => (
              <div key={rule.rule} className={styles.rule}>
                <Body1Strong as="h3" className={styles.ruleHeading}>{`${rule.title} (${rule.findings.length})`}</Body1Strong>
                <ul className={styles.list} aria-label={rule.title}>
                  {rule.findings.map(({ finding, index }) => (
                    <ValidateFindingItem
                      key={index}
                      finding={finding}
                      showSheet={props.showSheet}
                      onSelect={() => props.onSelect(finding)}
                      onFix={finding.fix ? () => props.onFix(index) : undefined}
                      fixing={props.fixing === index}
                      busy={props.busy}
                    >
                      {props.prompt?.index === index ? props.prompt.node : null}
                    </ValidateFindingItem>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </div>
  );
}
