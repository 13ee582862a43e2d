import { makeStyles, tokens } from "@fluentui/react-components";
import { tableSlots, viewSlots } from "../../styles/shared";

export const useRollupViewStyles = makeStyles({
  ...viewSlots,
  ...tableSlots,
  number: { textAlign: "end", fontVariantNumeric: "tabular-nums" },
  fail: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
  /** CJK labels break at their punctuation, not between letters (层级 read 省/辖/市 down a narrow column). */
  keep: { wordBreak: "keep-all" },
  nowrap: { whiteSpace: "nowrap" },
  duplicate: { color: tokens.colorNeutralForeground3 },
  list: { marginTop: 0, marginBottom: 0, paddingLeft: tokens.spacingHorizontalL },
});
