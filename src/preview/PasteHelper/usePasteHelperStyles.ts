import { makeStyles, tokens } from "@fluentui/react-components";

export const usePasteHelperStyles = makeStyles({
  root: {
    display: "grid",
    // The target column fits its label ("Paste at (top-left cell)" in en-US), so the label never runs under the
    // button.
    gridTemplateColumns: "minmax(0, 1fr) minmax(150px, max-content) max-content",
    columnGap: tokens.spacingHorizontalM,
    alignItems: "end",
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: "solid",
    borderTopColor: tokens.colorNeutralStroke2,
  },
  field: {
    minWidth: 0,
  },
  /** Inputs shrink with their track: Fluent's Input would otherwise keep its own width and run under the button. */
  shrink: {
    minWidth: 0,
    width: "100%",
    "& input, & textarea": { minWidth: 0, width: "100%" },
  },
  heading: {
    gridColumnStart: 1,
    gridColumnEnd: 4,
    marginTop: 0,
    marginBottom: tokens.spacingVerticalXS,
  },
});
