import { makeStyles } from "@fluentui/react-components";
import { verdictSlots } from "../../styles/shared";

/** The badge's look is the shared verdict slots. */
export const useVerdictBadgeStyles = makeStyles(verdictSlots);
