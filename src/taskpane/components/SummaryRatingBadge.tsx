import { makeStyles, mergeClasses } from "@fluentui/react-components";
import type { Rating } from "../../plan/rag";
import { RATING_WORDS } from "../summary-model";
import { PlainBadge } from "./PlainBadge";

/**
 * The sheet's own RAG colours (`src/plan/summary-sheet.ts`), so the preview and the sheet agree;
 * each text colour reads at 4.5:1 or better on its fill, in either theme.
 */
const useStyles = makeStyles({
  badge: { fontWeight: 600, flexShrink: 0, whiteSpace: "nowrap" },
  blue: { backgroundColor: "#2F5597", color: "#FFFFFF" },
  green: { backgroundColor: "#00B050", color: "#000000" },
  amber: { backgroundColor: "#FFC000", color: "#000000" },
  red: { backgroundColor: "#C00000", color: "#FFFFFF" },
  grey: { backgroundColor: "#BFBFBF", color: "#000000" },
});

/** A rating as a coloured badge that also says it in words ("Red"), never by colour alone. */
export function SummaryRatingBadge({ rating, label }: { rating: Rating; label?: string }) {
  const styles = useStyles();
  return (
    <PlainBadge className={mergeClasses(styles.badge, styles[rating])}>{label ?? RATING_WORDS[rating]}</PlainBadge>
  );
}
