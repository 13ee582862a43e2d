import { makeStyles, tokens } from "@fluentui/react-components";

/** The reading as a line, the deviations as a compact table with the marked experts highlighted. */
export const useAgreementPanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  reading: { marginTop: 0, marginBottom: 0 },
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
  cell: {
    textAlign: "start",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderBottomWidth: tokens.strokeWidthThin,
    borderBottomStyle: "solid",
    borderBottomColor: tokens.colorNeutralStroke2,
    verticalAlign: "top",
  },
  number: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  marked: { backgroundColor: tokens.colorStatusWarningBackground1 },
  mark: { color: tokens.colorStatusWarningForeground1 },
});
