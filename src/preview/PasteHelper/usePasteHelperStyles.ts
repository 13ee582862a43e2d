import { makeStyles, tokens } from "@fluentui/react-components";

export const usePasteHelperStyles = makeStyles({
  root: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) 150px max-content",
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
  heading: {
    gridColumnStart: 1,
    gridColumnEnd: 4,
    marginTop: 0,
    marginBottom: tokens.spacingVerticalXS,
  },
});
