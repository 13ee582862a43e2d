import { makeStyles, tokens } from "@fluentui/react-components";

export const useLazyViewStyles = makeStyles({
  loading: {
    display: "flex",
    justifyContent: "flex-start",
    paddingTop: tokens.spacingVerticalL,
  },
  message: {
    wordBreak: "break-word",
  },
});
