import { Body1, Button, Caption1, Field, Link, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { CopyRegular } from "@fluentui/react-icons/lib/atoms/svg/copy";
import { MailRegular } from "@fluentui/react-icons/lib/atoms/svg/mail";
import { useId, useState } from "react";
import type { ChaseGroup } from "../../plan/chase";
import { formatUk } from "../../plan/dates";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  muted: { color: tokens.colorNeutralForeground2 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { overflowWrap: "anywhere" },
  actions: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  message: { width: "100%" },
});

type CopyState = "idle" | "copied" | "manual";

/** Actions listed before "Show all": an owner with fifty stale actions stays one screen. */
const FOLDED = 5;

/** Copies with the async clipboard API; false when the pane may not (Office blocks it in some hosts). */
async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator === "undefined" || !navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * One owner to chase: who they are (from the glossary), their stale actions with end date and
 * last update, and the message to send them: copied, or opened as an email when the glossary
 * has addresses. Where copying is not allowed, the message is shown to select by hand. The
 * message always lists every action, even while the list here is folded.
 */
export function ChaseGroupCard({ group }: { group: ChaseGroup }) {
  const styles = useStyles();
  const headingId = useId();
  const [copy, setCopy] = useState<CopyState>("idle");
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? group.items : group.items.slice(0, FOLDED);

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      {/* h2: the view's title is the pane's h1, and heading levels go down one at a time. */}
      <h2 id={headingId} className={styles.heading}>
        {group.owner} ({group.items.length})
      </h2>
      {group.people.length > 0 && (
        <Caption1 className={styles.muted}>{group.people.map((p) => `${p.fullName} (${p.initials})`).join("; ")}</Caption1>
      )}
      <div className={styles.actions}>
        <Button
          icon={<CopyRegular />}
          onClick={async () => setCopy((await copyText(group.message)) ? "copied" : "manual")}
          aria-describedby={headingId}
        >
          Copy message
        </Button>
        {group.mailto && (
          <Link href={group.mailto} target="_blank" rel="noreferrer" aria-describedby={headingId}>
            <MailRegular aria-hidden /> Email {group.people.length === 1 ? group.people[0].fullName : group.owner}
          </Link>
        )}
        <span role="status">{copy === "copied" ? "Copied." : ""}</span>
      </div>
      {copy === "manual" && (
        <Field label="Message" hint="The pane may not copy here: select the text (Ctrl+A in the box), then copy it with Ctrl+C.">
          <Textarea className={styles.message} readOnly value={group.message} rows={8} resize="vertical" />
        </Field>
      )}
      <ul className={styles.list}>
        {shown.map((item) => (
          <li key={`${item.sheet}!${item.row}`} className={styles.item}>
            <Body1>
              <strong>{item.ref ?? `Row ${item.row}`}</strong> {item.task}
            </Body1>
            <br />
            <Caption1 className={styles.muted}>
              End {item.endDate ?? "not set"} · {item.lastEntry ? `last update ${formatUk(item.lastEntry)}` : "no dated update"}
            </Caption1>
          </li>
        ))}
      </ul>
      {group.items.length > FOLDED && (
        <Button appearance="transparent" size="small" onClick={() => setExpanded((e) => !e)} aria-expanded={expanded}>
          {expanded ? "Show fewer" : `Show all ${group.items.length} actions`}
        </Button>
      )}
    </section>
  );
}
