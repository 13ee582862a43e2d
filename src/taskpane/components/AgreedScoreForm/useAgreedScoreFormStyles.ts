import { makeStyles, tokens } from "@fluentui/react-components";

/** A compact form under the item's figures: fields stacked (the pane is narrow), actions in a row. */
export const useAgreedScoreFormStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalS,
  },
  heading: { marginTop: 0, marginBottom: 0, fontWeight: tokens.fontWeightSemibold },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS },
  errors: {
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorStatusDangerForeground1,
  },
});
