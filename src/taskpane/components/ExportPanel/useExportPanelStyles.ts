import { makeStyles, tokens } from "@fluentui/react-components";

export const useExportPanelStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  heading: {
    marginTop: 0,
    marginBottom: 0,
  },
  subheading: {
    marginTop: tokens.spacingVerticalS,
    marginBottom: 0,
  },
  actions: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  muted: {
    color: tokens.colorNeutralForeground2,
  },
  /** A picked file's name: a long one without spaces wraps instead of running past the pane's edge. */
  fileName: {
    overflowWrap: "anywhere",
    minWidth: 0,
  },
});
