import { makeStyles, tokens } from "@fluentui/react-components";

export const useMetaFormStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    marginTop: 0,
    marginBottom: 0,
    marginLeft: 0,
    marginRight: 0,
    paddingTop: 0,
    paddingBottom: 0,
    paddingLeft: 0,
    paddingRight: 0,
    borderTopWidth: 0,
    borderBottomWidth: 0,
    borderLeftWidth: 0,
    borderRightWidth: 0,
    minWidth: 0,
  },
  heading: {
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: 0,
    paddingRight: 0,
  },
  row: {
    display: "grid",
    // minmax(0, …): a 1fr track is never narrower than its content, so the Role select's longest option
    // ("Choose a role") pushed it past a 320 px pane.
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    columnGap: tokens.spacingHorizontalS,
    "& > *": { minWidth: 0 },
  },
  /** A control that shrinks with its grid track instead of growing to its longest option. */
  shrink: {
    minWidth: 0,
    width: "100%",
    "& select, & input": { minWidth: 0, width: "100%", textOverflow: "ellipsis" },
  },
});
