import { makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { tableSlots } from "../../styles/shared";

/** Figures as a definition grid, items as cards (the pane is narrow), subtotals as a compact table. */
export const useConsensusPanelStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  heading: { marginTop: 0, marginBottom: 0 },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    marginTop: 0,
    marginBottom: 0,
    alignItems: "center",
  },
  term: { color: tokens.colorNeutralForeground2 },
  definition: { marginLeft: 0, fontVariantNumeric: "tabular-nums" },
  strong: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  muted: { color: tokens.colorNeutralForeground2 },
  notes: {
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: tokens.spacingHorizontalL,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  items: {
    listStyleType: "none",
    marginTop: 0,
    marginBottom: 0,
    paddingLeft: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  flaggedItem: {
    borderLeftWidth: tokens.strokeWidthThickest,
    borderLeftColor: tokens.colorStatusDangerBorder2,
    backgroundColor: tokens.colorStatusDangerBackground1,
  },
  itemTitle: {
    marginTop: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  badge: {
    marginLeft: tokens.spacingHorizontalS,
    color: tokens.colorStatusDangerForeground1,
    fontSize: tokens.fontSizeBase200,
  },
  itemFacts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    marginTop: 0,
    marginBottom: 0,
  },
  // The pane's compact table (styles/shared.ts); one cell class for th and td here.
  table: tableSlots.table,
  caption: tableSlots.caption,
  cell: { ...tableSlots.td, textAlign: "start" },
  headCell: { fontWeight: tokens.fontWeightSemibold },
  number: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
});
