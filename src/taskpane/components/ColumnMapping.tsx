import {
  Body1,
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import { useId } from "react";
import type { ColumnRole, Plan } from "../../plan/model";
import { columnLetter } from "../../plan/cells";
import { roleLabels, unmappedLabel, type ColumnChoice } from "../column-choices";
import { ColumnPicker } from "./ColumnPicker";
import { Section } from "./Section";

const useStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%" },
  fieldColumn: { width: "36%" },
  fieldCell: { overflowWrap: "anywhere" },
});

/** Which column holds each meaning (owner, end date...), with a picker per meaning to correct it. */
export function ColumnMapping(props: {
  plan: Plan;
  choices: ColumnChoice[];
  onChange: (role: ColumnRole, letter: string) => void;
}) {
  const styles = useStyles();
  const idPrefix = useId();
  const { plan } = props;
  const planSheet = plan.sheets[0];
  return (
    <Section title="Columns">
      <Body1 as="p" style={{ margin: 0 }}>
        {`Header row ${planSheet.headerRow} on "${planSheet.sheet}". Choose another column for a meaning if it was read wrongly.`}
        {plan.sheets.length > 1 ? " A correction applies to every plan sheet." : ""}
      </Body1>
      <Table className={styles.table} size="small" aria-label="Column of each meaning">
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.fieldColumn}>Meaning</TableHeaderCell>
            <TableHeaderCell>Column</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {roleLabels(planSheet).map(([role, label]) => {
            const column = planSheet.columns[role];
            const labelId = `${idPrefix}-${role}`;
            return (
              <TableRow key={role}>
                <TableCell className={styles.fieldCell}>
                  <span id={labelId}>{label}</span>
                </TableCell>
                <TableCell>
                  <ColumnPicker
                    labelledBy={labelId}
                    choices={props.choices}
                    value={column === undefined ? undefined : columnLetter(column)}
                    emptyLabel={unmappedLabel(plan, role)}
                    onChange={(letter) => props.onChange(role, letter)}
                  />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Section>
  );
}
