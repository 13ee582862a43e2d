import { makeStyles, tokens } from "@fluentui/react-components";

/** Layout of the pane: header, scrolling main region, status line; colours from the Fluent theme. */
export const useAppStyles = makeStyles({
  root: {
    boxSizing: "border-box",
    height: "100%",
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  logo: {
    flexShrink: 0,
  },
  titles: {
    display: "flex",
    flexDirection: "column",
    minWidth: 0,
  },
  title: {
    marginTop: 0,
    marginBottom: 0,
  },
  subtitle: {
    marginTop: 0,
    marginBottom: 0,
    color: tokens.colorNeutralForeground3,
  },
  main: {
    flexGrow: 1,
    minHeight: 0,
    overflowY: "auto",
    paddingTop: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalL,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
  },
  tabs: {
    position: "sticky",
    top: `calc(-1 * ${tokens.spacingVerticalL})`,
    zIndex: 1,
    marginTop: `calc(-1 * ${tokens.spacingVerticalL})`,
    marginBottom: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  panel: {
    minWidth: 0,
  },
  status: {
    minHeight: tokens.lineHeightBase200,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalL,
    paddingRight: tokens.spacingHorizontalL,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: "solid",
    borderTopColor: tokens.colorNeutralStroke2,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
});
