import { Caption1, makeStyles, SearchBox, ToggleButton, tokens } from "@fluentui/react-components";
import type { Severity } from "../../plan/rules";
import { SEVERITIES, SEVERITY_LABELS, type FindingFilter } from "../validate-model";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  toggles: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  search: { width: "100%", maxWidth: "none" },
  shown: { color: tokens.colorNeutralForeground2 },
});

/** Severity toggles (with each severity's count) and a text filter over the findings. */
export function ValidateFilter(props: {
  counts: Record<Severity, number>;
  filter: FindingFilter;
  shown: number;
  total: number;
  onChange: (filter: FindingFilter) => void;
}) {
  const styles = useStyles();
  const { filter } = props;
  return (
    <div className={styles.root}>
      <div role="group" aria-label="Show findings of these severities" className={styles.toggles}>
        {SEVERITIES.map((severity) => (
          <ToggleButton
            key={severity}
            size="small"
            checked={filter.severities[severity]}
            onClick={() => props.onChange({ ...filter, severities: { ...filter.severities, [severity]: !filter.severities[severity] } })}
          >
            {`${SEVERITY_LABELS[severity]} ${props.counts[severity]}`}
          </ToggleButton>
        ))}
      </div>
      <SearchBox
        className={styles.search}
        aria-label="Filter findings"
        placeholder="Filter by ref, cell or words"
        value={filter.text}
        onChange={(_, data) => props.onChange({ ...filter, text: data.value })}
      />
      <Caption1 className={styles.shown} aria-live="polite">
        {props.shown === props.total ? `Showing all ${props.total} findings` : `Showing ${props.shown} of ${props.total} findings`}
      </Caption1>
    </div>
  );
}
