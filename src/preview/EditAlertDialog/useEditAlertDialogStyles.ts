import { makeStyles, tokens } from "@fluentui/react-components";

export const useEditAlertDialogStyles = makeStyles({
  surface: {
    maxWidth: "420px",
  },
  body: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    alignItems: "start",
    whiteSpace: "pre-wrap",
  },
  stop: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    width: "28px",
    height: "28px",
    borderRadius: "50%",
    backgroundColor: "#c42b1c",
    color: "#ffffff",
    fontWeight: tokens.fontWeightBold,
  },
});
