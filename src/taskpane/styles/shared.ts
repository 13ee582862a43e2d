/**
 * Style slots the pane's panels share (compact tables, the verdict badge), spread into each component's
 * makeStyles so every panel looks the same and a change is made once.
 */
import { tokens } from "@fluentui/react-components";
import type { GriffelStyle } from "@fluentui/react-components";

const cellPadding: GriffelStyle = {
  paddingTop: tokens.spacingVerticalXS,
  paddingBottom: tokens.spacingVerticalXS,
  paddingRight: tokens.spacingHorizontalXS,
  borderBottomWidth: tokens.strokeWidthThin,
  borderBottomStyle: "solid",
};

/** A compact table for the narrow pane. */
export const tableSlots = {
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  caption: {
    textAlign: "start",
    color: tokens.colorNeutralForeground2,
    paddingBottom: tokens.spacingVerticalXS,
  },
  th: {
    ...cellPadding,
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    borderBottomColor: tokens.colorNeutralStroke1,
    verticalAlign: "bottom",
  },
  td: { ...cellPadding, borderBottomColor: tokens.colorNeutralStroke2, verticalAlign: "top" },
} satisfies Record<string, GriffelStyle>;

/** 合格 / 不合格 as a badge: icon and text carry the meaning, colour only repeats it. */
export const verdictSlots = {
  verdict: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    fontWeight: tokens.fontWeightSemibold,
  },
  pass: {
    backgroundColor: tokens.colorStatusSuccessBackground1,
    color: tokens.colorStatusSuccessForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusSuccessBorder1}`,
  },
  fail: {
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorStatusDangerForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
  },
  pending: {
    backgroundColor: tokens.colorStatusWarningBackground1,
    color: tokens.colorStatusWarningForeground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
  },
} satisfies Record<string, GriffelStyle>;

/** The frame of a view: stacked sections, plain headings, a wrapping row of actions. */
export const viewSlots = {
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  heading: { marginTop: 0, marginBottom: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
} satisfies Record<string, GriffelStyle>;
