import { makeStyles, tokens } from "@fluentui/react-components";
import { tableSlots } from "../../styles/shared";

export const useSummaryPanelStyles = makeStyles({
  ...tableSlots,
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  header: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  heading: {
    marginTop: 0,
    marginBottom: 0,
  },
  number: {
    textAlign: "end",
    whiteSpace: "nowrap",
    fontVariantNumeric: "tabular-nums",
  },
  qualifier: {
    color: tokens.colorNeutralForeground2,
  },
  noteCell: {
    paddingTop: 0,
    paddingBottom: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke2,
  },
  totalRow: {
    fontWeight: tokens.fontWeightSemibold,
  },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    marginTop: 0,
    marginBottom: 0,
    alignItems: "center",
  },
  term: {
    color: tokens.colorNeutralForeground2,
  },
  definition: {
    marginLeft: 0,
  },
  muted: {
    color: tokens.colorNeutralForeground2,
  },
});
