import { makeStyles, tokens } from "@fluentui/react-components";
import { tableSlots, viewSlots } from "../../styles/shared";

export const useComparePanelStyles = makeStyles({
  ...viewSlots,
  ...tableSlots,
  picks: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  pick: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  fileName: { overflowWrap: "anywhere", minWidth: 0 },
  hidden: { display: "none" },
  number: { textAlign: "end", whiteSpace: "nowrap" },
  better: { color: tokens.colorStatusSuccessForeground1 },
  worse: { color: tokens.colorStatusDangerForeground1 },
  ids: { marginTop: 0, marginBottom: 0, overflowWrap: "anywhere" },
});
