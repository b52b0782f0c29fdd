import { makeStyles, tokens } from "@fluentui/react-components";
import type { Rating } from "../../plan/rag";
import { RATING_WORDS } from "../update-model";
import { PlainBadge } from "./PlainBadge";

/** The colours of Fluent's filled Badge: danger, warning, success, brand and informative. */
const useStyles = makeStyles({
  red: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  amber: { backgroundColor: tokens.colorPaletteYellowBackground3, color: tokens.colorNeutralForeground1Static },
  green: { backgroundColor: tokens.colorPaletteGreenBackground3, color: tokens.colorNeutralForegroundOnBrand },
  blue: { backgroundColor: tokens.colorBrandBackground, color: tokens.colorNeutralForegroundOnBrand },
  grey: { backgroundColor: tokens.colorNeutralBackground5, color: tokens.colorNeutralForeground3 },
});

/** A rating as its word on its colour: the word is always there, so colour is never the only signal. */
export function RagBadge({ rating }: { rating: Rating }) {
  const styles = useStyles();
  return <PlainBadge className={styles[rating]}>{RATING_WORDS[rating]}</PlainBadge>;
}
