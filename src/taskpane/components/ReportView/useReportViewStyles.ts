import { makeStyles, tokens } from "@fluentui/react-components";

export const useReportViewStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
  },
  section: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  heading: { marginTop: 0, marginBottom: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  last: {
    marginTop: 0,
    marginBottom: 0,
  },
  pass: { color: tokens.colorStatusSuccessForeground1, fontWeight: tokens.fontWeightSemibold },
  fail: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
});
