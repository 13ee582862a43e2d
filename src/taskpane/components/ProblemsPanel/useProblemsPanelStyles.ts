import { createFocusOutlineStyle, makeStyles, tokens } from "@fluentui/react-components";

export const useProblemsPanelStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  header: {
    display: "flex",
    alignItems: "baseline",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  heading: {
    marginTop: 0,
    marginBottom: 0,
  },
  counts: {
    color: tokens.colorNeutralForeground2,
  },
  list: {
    listStyleType: "none",
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  item: {
    boxSizing: "border-box",
    width: "100%",
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
    textAlign: "start",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderTopWidth: tokens.strokeWidthThin,
    borderBottomWidth: tokens.strokeWidthThin,
    borderLeftWidth: tokens.strokeWidthThick,
    borderRightWidth: tokens.strokeWidthThin,
    borderTopStyle: "solid",
    borderBottomStyle: "solid",
    borderLeftStyle: "solid",
    borderRightStyle: "solid",
    borderTopColor: tokens.colorNeutralStroke2,
    borderBottomColor: tokens.colorNeutralStroke2,
    borderRightColor: tokens.colorNeutralStroke2,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  button: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ...createFocusOutlineStyle(),
  },
  error: {
    borderLeftColor: tokens.colorStatusDangerBorderActive,
  },
  warning: {
    borderLeftColor: tokens.colorStatusWarningBorderActive,
  },
  icon: {
    paddingTop: "1px",
  },
  errorIcon: {
    color: tokens.colorStatusDangerForeground1,
  },
  warningIcon: {
    color: tokens.colorStatusWarningForeground3,
  },
  body: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
    wordBreak: "break-word",
  },
  severity: {
    fontWeight: tokens.fontWeightSemibold,
  },
  location: {
    color: tokens.colorNeutralForeground2,
  },
  unreachable: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalXS,
    marginTop: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXS,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: "dashed",
    borderTopColor: tokens.colorNeutralStroke2,
    color: tokens.colorNeutralForeground2,
  },
  unreachableIcon: {
    flexShrink: 0,
    marginTop: "1px",
    color: tokens.colorBrandForeground1,
  },
  goTo: {
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: "underline",
  },
  muted: {
    color: tokens.colorNeutralForeground2,
  },
});
