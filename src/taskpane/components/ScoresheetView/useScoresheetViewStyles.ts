import { makeStyles, tokens } from "@fluentui/react-components";

export const useScoresheetViewStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
  },
  write: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  hint: {
    color: tokens.colorNeutralForeground2,
  },
  divider: {
    height: tokens.strokeWidthThin,
    backgroundColor: tokens.colorNeutralStroke2,
    borderTopWidth: 0,
    borderBottomWidth: 0,
    borderLeftWidth: 0,
    borderRightWidth: 0,
    marginTop: 0,
    marginBottom: 0,
    width: "100%",
  },
});
