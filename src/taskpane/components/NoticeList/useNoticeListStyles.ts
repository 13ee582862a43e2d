import { makeStyles, tokens } from "@fluentui/react-components";

export const useNoticeListStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  message: {
    wordBreak: "break-word",
  },
});
