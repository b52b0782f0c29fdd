import { Body1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { chaseList } from "../../plan/chase";
import { formatUk, parseIsoDate } from "../../plan/dates";
import type { IsoDate, Plan } from "../../plan/model";
import type { PlanSettings } from "../../plan/settings";
import { ChaseGroupCard } from "./ChaseGroupCard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  groups: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

/**
 * The programme manager's chase list: open actions with no dated update within the plan's
 * staleness limit as at a chosen date, grouped by owner with a message for each.
 */
export function ChasePanel({ plan, settings, today }: { plan: Plan; settings: PlanSettings; today: IsoDate }) {
  const styles = useStyles();
  const [asOfText, setAsOfText] = useState<string>(today);
  const asOf = parseIsoDate(asOfText);
  const groups = useMemo(() => (asOf ? chaseList(plan, asOf, settings) : []), [plan, asOf, settings]);
  const actions = new Set(groups.flatMap((g) => g.items.map((i) => `${i.sheet}!${i.row}`))).size;

  return (
    <div className={styles.root}>
      <Field
        label="As at"
        hint="Usually the day you send the chasers, or the board date."
        validationMessage={asOf ? undefined : "Enter a date (day, month and year)."}
        validationState={asOf ? "none" : "error"}
      >
        <Input type="date" value={asOfText} onChange={(_, data) => setAsOfText(data.value)} />
      </Field>
      {asOf && (
        <Body1 role="status">
          {actions === 0
            ? `Every open action has a dated update in the ${settings.staleDays} days to ${formatUk(asOf)}: nobody to chase.`
            : `${actions} open action${actions === 1 ? "" : "s"} without a dated update in the ${settings.staleDays} days to ${formatUk(asOf)}; ${groups.length} owner${groups.length === 1 ? "" : "s"} to chase.`}
        </Body1>
      )}
      <div className={styles.groups}>
        {groups.map((g) => (
          <ChaseGroupCard key={g.owner} group={g} />
        ))}
      </div>
    </div>
  );
}
