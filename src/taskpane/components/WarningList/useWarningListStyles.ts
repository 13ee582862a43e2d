import { makeStyles, tokens } from "@fluentui/react-components";

export const useWarningListStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    color: tokens.colorPaletteDarkOrangeForeground1,
  },
  list: {
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: tokens.spacingHorizontalL,
    wordBreak: "break-word",
  },
});
