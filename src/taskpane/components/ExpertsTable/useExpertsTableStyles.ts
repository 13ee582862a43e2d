import { makeStyles, tokens } from "@fluentui/react-components";
import { tableSlots } from "../../styles/shared";

/** A compact table for the narrow pane, each file's problems in a full-width row under it. */
export const useExpertsTableStyles = makeStyles({
  caption: tableSlots.caption,
  th: tableSlots.th,
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  table: {
    width: "100%",
    borderCollapse: "collapse",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    tableLayout: "fixed",
  },
  td: {
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke2,
    verticalAlign: "top",
    overflowWrap: "anywhere",
  },
  fileCol: { width: "34%" },
  actionCol: { width: "32px" },
  number: {
    textAlign: "end",
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
  fileName: {
    fontWeight: tokens.fontWeightRegular,
    textAlign: "start",
  },
  refused: {
    color: tokens.colorStatusDangerForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  problemsCell: {
    paddingTop: 0,
    paddingBottom: tokens.spacingVerticalS,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  problems: {
    listStyleType: "none",
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  problem: {
    display: "flex",
    columnGap: tokens.spacingHorizontalXS,
    alignItems: "flex-start",
    overflowWrap: "anywhere",
  },
  errorIcon: { color: tokens.colorStatusDangerForeground1, flexShrink: 0, paddingTop: "2px" },
  warningIcon: { color: tokens.colorStatusWarningForeground1, flexShrink: 0, paddingTop: "2px" },
  severity: { fontWeight: tokens.fontWeightSemibold },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
  actions: {
    display: "flex",
    justifyContent: "flex-end",
  },
  muted: {
    color: tokens.colorNeutralForeground2,
  },
});
