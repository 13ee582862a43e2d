export { ComparePanel } from "./ComparePanel";
export type { ComparePanelProps, ComparePanelState, CompareSlot } from "./ComparePanel.types";
export { useComparePanel } from "./useComparePanel";
export { useComparePanelStyles } from "./useComparePanelStyles";
export { COMPARE_STRINGS } from "./compareStrings";
export type { CompareStrings } from "./compareStrings";
