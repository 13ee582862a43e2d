import { makeStyles, tokens } from "@fluentui/react-components";

export const useBusyIndicatorStyles = makeStyles({
  root: {
    minHeight: tokens.lineHeightBase200,
    display: "flex",
    alignItems: "center",
  },
});
