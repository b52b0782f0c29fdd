import { Body1, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo } from "react";
import { chaseList } from "../../plan/chase";
import { formatUk } from "../../plan/dates";
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
export function ChasePanel({ plan, settings, asOf }: { plan: Plan; settings: PlanSettings; asOf: IsoDate | undefined }) {
  const styles = useStyles();
  const groups = useMemo(() => (asOf ? chaseList(plan, asOf, settings) : []), [plan, asOf, settings]);
  const actions = new Set(groups.flatMap((g) => g.items.map((i) => `${i.sheet}!${i.row}`))).size;

  return (
    <div className={styles.root}>
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
