import { makeStyles, tokens } from "@fluentui/react-components";

export const useRebuildDialogStyles = makeStyles({
  surface: {
    maxWidth: "340px",
  },
  list: {
    marginTop: tokens.spacingVerticalS,
    marginBottom: 0,
    paddingLeft: tokens.spacingHorizontalXL,
  },
});
