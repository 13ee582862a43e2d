import { makeStyles, tokens } from "@fluentui/react-components";
import { viewSlots } from "../../styles/shared";

export const useMergeViewStyles = makeStyles({
  ...viewSlots,
  divider: {
    height: tokens.strokeWidthThin,
    backgroundColor: tokens.colorNeutralStroke2,
    borderTopWidth: 0,
    borderBottomWidth: 0,
    borderLeftWidth: 0,
    borderRightWidth: 0,
    marginTop: 0,
    marginBottom: 0,
    width: "100%",
  },
});
