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
import { Section } from "./Section";

const useStyles = makeStyles({
  table: { tableLayout: "fixed", width: "100%" },
  countColumn: { width: "5.5em", textAlign: "end" },
  name: { overflowWrap: "anywhere" },
});

/** Actions per workstream, in plan order. */
export function WorkstreamCounts({ rows, total }: { rows: { name: string; actions: number }[]; total: number }) {
  const styles = useStyles();
  return (
    <Section title="Workstreams">
      <Body1 as="p" style={{ margin: 0 }}>
        {`${total} ${total === 1 ? "action" : "actions"} in ${rows.length} ${rows.length === 1 ? "workstream" : "workstreams"}.`}
      </Body1>
      {rows.length > 0 && (
        <Table className={styles.table} size="small" aria-label="Actions per workstream">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Workstream</TableHeaderCell>
              <TableHeaderCell className={styles.countColumn}>Actions</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.name}>
                <TableCell className={styles.name}>{row.name}</TableCell>
                <TableCell className={styles.countColumn}>{row.actions}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}
