import { Field, Input, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { isOwnSheet } from "../../plan/own-sheets";
import type { ReadingChoice } from "../../plan/reading-choice";
import type { WorkbookSnapshot } from "../../plan/snapshot";
import { Section } from "./Section";

const DETECT = "\u0000detect";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  sheet: { minWidth: 0, flexGrow: 1 },
  header: { width: "8em" },
});

/**
 * Where the plan is, when the reader is unsure or found none: the sheet and the header row.
 * Each change reads the plan again from what was already read; the columns are chosen below.
 */
export function PlanChooser(props: {
  snapshot: WorkbookSnapshot;
  choice: ReadingChoice;
  /** What the reader found: its sheet and header row, shown when the choice leaves them to it. */
  found?: { sheet: string; headerRow: number };
  onChange: (choice: ReadingChoice) => void;
}) {
  const styles = useStyles();
  const sheets = props.snapshot.sheets.filter((s) => !isOwnSheet(s.name) && s.address && s.visibility !== "VeryHidden").map((s) => s.name);
  const shownRow = props.choice.headerRow ?? props.found?.headerRow;
  const [rowText, setRowText] = useState(shownRow === undefined ? "" : String(shownRow));
  useEffect(() => setRowText(shownRow === undefined ? "" : String(shownRow)), [shownRow]);
  const rowProblem = rowText.trim() && !/^[1-9]\d{0,6}$/.test(rowText.trim()) ? "A row number, such as 5." : undefined;
  const commitRow = () => {
    const text = rowText.trim();
    if (rowProblem) return;
    const headerRow = text ? Number(text) : undefined;
    if (headerRow !== props.choice.headerRow) props.onChange({ ...props.choice, headerRow, columns: undefined });
  };
  return (
    <Section title="Where to read the plan">
      <div className={styles.row}>
        <Field label="Sheet" className={styles.sheet}>
          {/* A native select, as the column pickers are (Fluent's Dropdown would add to the first view's bundle). */}
          <Select
            value={props.choice.sheet ?? DETECT}
            onChange={(_, data) => {
              const sheet = data.value === DETECT ? undefined : data.value;
              if (sheet !== props.choice.sheet) props.onChange({ sheet, headerRow: undefined, columns: undefined });
            }}
          >
            <option value={DETECT}>{props.found ? `Find it (found: ${props.found.sheet})` : "Find it"}</option>
            {sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Header row" className={styles.header} validationState={rowProblem ? "error" : "none"} validationMessage={rowProblem}>
          <Input
            value={rowText}
            inputMode="numeric"
            onChange={(_, data) => setRowText(data.value)}
            onBlur={commitRow}
            onKeyDown={(event) => {
              if (event.key === "Enter") commitRow();
            }}
          />
        </Field>
      </div>
    </Section>
  );
}
