import { makeStyles, tokens } from "@fluentui/react-components";
import { tableSlots } from "../../styles/shared";

/** The reading as a line, the deviations as a compact table with the marked experts highlighted. */
export const useAgreementPanelStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  reading: { marginTop: 0, marginBottom: 0 },
  // The pane's compact table (styles/shared.ts); one cell class for th and td here.
  table: tableSlots.table,
  caption: tableSlots.caption,
  cell: { ...tableSlots.td, textAlign: "start" },
  number: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  marked: { backgroundColor: tokens.colorStatusWarningBackground1 },
  mark: { color: tokens.colorStatusWarningForeground1 },
});
