import { makeStyles, tokens } from "@fluentui/react-components";
import { viewSlots } from "../../styles/shared";

export const useReportViewStyles = makeStyles({
  ...viewSlots,
  last: {
    marginTop: 0,
    marginBottom: 0,
  },
  pass: { color: tokens.colorStatusSuccessForeground1, fontWeight: tokens.fontWeightSemibold },
  fail: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
});
