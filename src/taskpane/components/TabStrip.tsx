import { createCustomFocusIndicatorStyle, makeStyles, mergeClasses, tokens, typographyStyles, type GriffelStyle } from "@fluentui/react-components";
import { useRef, type KeyboardEvent } from "react";

/**
 * A row of tabs drawn like Fluent's small TabList, without it: Fluent's TabList moves focus with
 * tabster (~18 KB gzip, plus ~8 KB of its own), which the pane's first bundle then has to carry
 * before any view is useful. This is the ARIA tabs pattern with manual activation, as Fluent's:
 * the arrow keys (and Home, End) move focus from tab to tab, wrapping round; Enter, Space or a
 * click selects. Only the selected tab is in the Tab order, so Tab leaves the row.
 */
export type TabStripTab<T extends string> = { value: T; label: string; id: string; controls: string };

/** The line under a tab: grey under the pointer (::before), the brand colour under the selected tab (::after). */
const LINE: GriffelStyle = {
  content: '""',
  position: "absolute",
  bottom: 0,
  height: tokens.strokeWidthThick,
  left: tokens.spacingHorizontalSNudge,
  right: tokens.spacingHorizontalSNudge,
  borderRadius: tokens.borderRadiusCircular,
};

const useStyles = makeStyles({
  list: { display: "flex", flexDirection: "row", flexShrink: 0, flexWrap: "nowrap", alignItems: "stretch", position: "relative" },
  tab: {
    alignItems: "center",
    border: "none",
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    display: "grid",
    flexShrink: 0,
    gridAutoFlow: "column",
    justifyContent: "center",
    fontFamily: tokens.fontFamilyBase,
    lineHeight: tokens.lineHeightBase300,
    outlineStyle: "none",
    position: "relative",
    overflow: "visible",
    textTransform: "none",
    columnGap: tokens.spacingHorizontalXXS,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
    backgroundColor: tokens.colorTransparentBackground,
    color: tokens.colorNeutralForeground2,
    ":hover": { backgroundColor: tokens.colorTransparentBackgroundHover, color: tokens.colorNeutralForeground2Hover },
    ":active": { backgroundColor: tokens.colorTransparentBackgroundPressed, color: tokens.colorNeutralForeground2Pressed },
    "::before": LINE,
    "::after": LINE,
    ":hover::before": { backgroundColor: tokens.colorNeutralStroke1Hover },
    ":active::before": { backgroundColor: tokens.colorNeutralStroke1Pressed },
    "@media (forced-colors: active)": { ":hover::before": { backgroundColor: "Highlight" }, ":active::before": { backgroundColor: "Highlight" } },
    ...createCustomFocusIndicatorStyle<GriffelStyle>(
      {
        outlineWidth: tokens.strokeWidthThick,
        outlineColor: "transparent",
        outlineStyle: "solid",
        boxShadow: `${tokens.shadow4}, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}`,
        zIndex: 1,
      },
      { enableOutline: true },
    ),
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    ":hover": { color: tokens.colorNeutralForeground1Hover },
    ":active": { color: tokens.colorNeutralForeground1Pressed },
    "::after": { backgroundColor: tokens.colorCompoundBrandStroke },
    ":hover::after": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    ":active::after": { backgroundColor: tokens.colorCompoundBrandStrokePressed },
    "@media (forced-colors: active)": {
      "::after": { backgroundColor: "ButtonText" },
      ":hover::after": { backgroundColor: "ButtonText" },
      ":active::after": { backgroundColor: "ButtonText" },
    },
  },
  // The label, and under it an invisible bold copy that keeps the tab as wide as when selected.
  label: { ...typographyStyles.body1, overflow: "hidden", padding: `0 ${tokens.spacingHorizontalXXS}`, gridColumnStart: 1, gridRowStart: 1 },
  strong: { ...typographyStyles.body1Strong },
  reserved: { visibility: "hidden" },
});

export function TabStrip<T extends string>(props: {
  label: string;
  tabs: readonly TabStripTab<T>[];
  selected: T;
  onSelect: (value: T) => void;
  className?: string;
  tabClassName?: string;
  labelClassName?: string;
}) {
  const styles = useStyles();
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const tabs = [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]') ?? [])];
    const at = tabs.indexOf(event.target as HTMLButtonElement);
    if (at < 0) return;
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    tabs[(next + tabs.length) % tabs.length].focus();
  };

  return (
    <div ref={list} role="tablist" aria-label={props.label} aria-orientation="horizontal" className={mergeClasses(styles.list, props.className)} onKeyDown={onKeyDown}>
      {props.tabs.map((tab) => {
        const selected = tab.value === props.selected;
        const labelClass = mergeClasses(styles.label, props.labelClassName);
        return (
          <button
            key={tab.value}
            type="button"
            role="tab"
            id={tab.id}
            aria-controls={tab.controls}
            aria-selected={selected}
            tabIndex={selected ? 0 : -1}
            className={mergeClasses(styles.tab, selected && styles.selected, props.tabClassName)}
            onClick={() => props.onSelect(tab.value)}
          >
            <span className={mergeClasses(labelClass, selected && styles.strong)}>{tab.label}</span>
            <span className={mergeClasses(labelClass, styles.strong, styles.reserved)} aria-hidden="true">
              {tab.label}
            </span>
          </button>
        );
      })}
    </div>
  );
}
