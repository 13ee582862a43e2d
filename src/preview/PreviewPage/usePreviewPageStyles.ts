import { makeStyles, tokens } from "@fluentui/react-components";

/** Office-like split: a fixed-width task pane on the left, the simulated grid filling the right. */
export const usePreviewPageStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    height: "100%",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
  bar: {
    display: "flex",
    alignItems: "center",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  barTitle: {
    marginTop: 0,
    marginBottom: 0,
    color: "inherit",
  },
  body: {
    flexGrow: 1,
    minHeight: 0,
    display: "flex",
    flexDirection: "row",
  },
  pane: {
    flexShrink: 0,
    width: "360px",
    display: "flex",
    flexDirection: "column",
    overflowY: "auto",
    borderRightWidth: tokens.strokeWidthThin,
    borderRightStyle: "solid",
    borderRightColor: tokens.colorNeutralStroke1,
  },
  grid: {
    flexGrow: 1,
    minWidth: 0,
    overflow: "auto",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  placeholder: {
    display: "block",
    paddingTop: tokens.spacingVerticalXXL,
    paddingLeft: tokens.spacingHorizontalXXL,
    paddingRight: tokens.spacingHorizontalXXL,
    color: tokens.colorNeutralForeground3,
  },
});
