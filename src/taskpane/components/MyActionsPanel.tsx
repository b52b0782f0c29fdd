import { Body1, Button, Caption1, Checkbox, Field, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Action, IsoDate, Plan } from "../../plan/model";
import type { PlanSettings } from "../../plan/settings";
import { actionsForOwner, ownerForInitials, ownerOptions, type OwnedAction } from "../my-actions-model";
import { endDateText } from "../update-model";
import { RagBadge } from "./UpdateRag";

/** The select's value while no role is chosen: never a role's key, which holds no hyphen (ownerKey). */
const NONE = "-";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  select: { minWidth: 0, width: "100%" },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    width: "100%",
    justifyContent: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
  },
  itemBody: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0, width: "100%" },
  itemTop: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  task: {
    overflowWrap: "anywhere",
    display: "-webkit-box",
    WebkitLineClamp: 2,
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
  muted: { color: tokens.colorNeutralForeground2 },
});

function when(item: OwnedAction): string {
  const end = `End ${endDateText(item.action)}`;
  if (item.closed) return `${end} · ${item.action.status.raw || "closed"}`;
  if (item.overdueDays !== null) return `${end} · ${item.overdueDays} day${item.overdueDays === 1 ? "" : "s"} overdue`;
  return end;
}

/**
 * "My actions": one owner's actions, overdue first and then by end date, each a button that
 * selects its row in the sheet (and opens it in Add update).
 */
export function MyActionsPanel(props: {
  plan: Plan;
  settings: PlanSettings;
  today: IsoDate;
  initials: string | null;
  onOpen: (action: Action) => void;
}) {
  const styles = useStyles();
  const options = useMemo(() => ownerOptions(props.plan), [props.plan]);
  const suggested = useMemo(() => (props.initials ? ownerForInitials(props.plan, props.initials) : undefined), [props.plan, props.initials]);
  const [picked, setPicked] = useState<string | null>(null);
  const [includeClosed, setIncludeClosed] = useState(false);
  const key = picked ?? suggested?.key ?? null;
  const owner = options.find((o) => o.key === key);
  const items = useMemo(
    () => (owner ? actionsForOwner(props.plan, owner.key, props.today, props.settings, includeClosed) : []),
    [owner, props.plan, props.today, props.settings, includeClosed],
  );
  const overdue = items.filter((i) => i.overdueDays !== null).length;

  return (
    <div className={styles.root}>
      <Field label="Role" hint={suggested && !picked ? "From your initials in the plan's glossary." : "The owner as the plan names them."}>
        {/* A native select (Fluent's Select), as in the update form: no popup code to download. */}
        <Select className={styles.select} value={owner ? owner.key : NONE} onChange={(_, data) => data.value !== NONE && setPicked(data.value)}>
          {!owner && (
            <option value={NONE} disabled>
              Choose a role
            </option>
          )}
          {options.map((o) => (
            <option key={o.key} value={o.key}>
              {`${o.label} (${o.count})`}
            </option>
          ))}
        </Select>
      </Field>
      <Checkbox label="Show complete and cancelled actions" checked={includeClosed} onChange={(_, data) => setIncludeClosed(data.checked === true)} />
      {!owner ? (
        <Body1 className={styles.muted}>Choose a role to see its actions.</Body1>
      ) : (
        <>
          <Body1 role="status">
            {items.length === 0
              ? `No ${includeClosed ? "" : "open "}actions for ${owner.label}.`
              : `${items.length} ${includeClosed ? "" : "open "}action${items.length === 1 ? "" : "s"} for ${owner.label}${overdue ? `, ${overdue} overdue` : ""}. Select one to go to its row and add an update.`}
          </Body1>
          <ul className={styles.list} aria-label={`Actions for ${owner.label}`}>
            {items.map((item) => (
              <li key={`${item.action.sheet}!${item.action.row}`}>
                <Button appearance="subtle" className={styles.item} onClick={() => props.onOpen(item.action)}>
                  <span className={styles.itemBody}>
                    <span className={styles.itemTop}>
                      <strong>{item.action.ref ?? `Row ${item.action.row}`}</strong>
                      <RagBadge rating={item.rag.rating} />
                      <Caption1 className={styles.muted}>{when(item)}</Caption1>
                    </span>
                    <span className={styles.task}>{item.action.task}</span>
                  </span>
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

// The Update view loads this on demand (React.lazy), when the My actions tab is first opened.
export default MyActionsPanel;
