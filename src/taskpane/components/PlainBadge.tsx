import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

/**
 * Fluent's medium, rounded Badge as Fluent draws it (its size, padding, type and the transparent
 * outline that high-contrast mode shows), without Badge's code in the views' first bundles: the
 * pane's badges only ever show a rating's word on its colour. `className` gives the colours.
 */
const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    boxSizing: "border-box",
    alignItems: "center",
    justifyContent: "center",
    position: "relative",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase200,
    height: "20px",
    minWidth: "20px",
    padding: `0 calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
    borderRadius: tokens.borderRadiusMedium,
    // A transparent outline that takes no room: invisible, except in high-contrast mode.
    "::after": {
      content: '""',
      position: "absolute",
      top: 0,
      left: 0,
      bottom: 0,
      right: 0,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
      borderRadius: "inherit",
    },
  },
});

export function PlainBadge({
  className,
  children,
}: {
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={mergeClasses(useStyles().root, className)}>{children}</div>
  );
}
