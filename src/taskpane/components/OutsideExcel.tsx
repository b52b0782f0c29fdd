import { Body1, makeStyles, Title3, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

/**
 * Shown when the page is not running inside Excel: opened in a browser tab, or loaded by
 * another Office application (`hostName`).
 */
export function OutsideExcel({ hostName }: { hostName?: string }) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">Open this add-in in Excel</Title3>
      <Body1 as="p">
        {hostName
          ? `Action Plan Assistant works on action plans in Excel workbooks; it cannot run in ${hostName}.`
          : "Action Plan Assistant works on an action plan in an Excel workbook, so it needs to be opened from Excel."}
      </Body1>
      <ol className={styles.steps}>
        <li>
          <Body1>Open the workbook that holds your action plan in Excel, on the desktop or on the web.</Body1>
        </li>
        <li>
          <Body1>
            On the <strong>Home</strong> tab, in the <strong>Action Plan</strong> group, choose <strong>Plan</strong>.
          </Body1>
        </li>
      </ol>
    </main>
  );
}
