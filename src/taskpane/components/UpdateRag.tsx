import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { Rating } from "../../plan/rag";
import { RATING_WORDS } from "../update-model";

const COLOURS: Record<Rating, BadgeProps["color"]> = {
  red: "danger",
  amber: "warning",
  green: "success",
  blue: "brand",
  grey: "informative",
};

/** A rating as its word on its colour: the word is always there, so colour is never the only signal. */
export function RagBadge({ rating }: { rating: Rating }) {
  return (
    <Badge appearance="filled" shape="rounded" color={COLOURS[rating]}>
      {RATING_WORDS[rating]}
    </Badge>
  );
}
