export { SummaryPanel } from "./SummaryPanel";
export type {
  SummaryFigures,
  SummaryPanelProps,
  SummaryPanelState,
  SummaryRow,
} from "./SummaryPanel.types";
export { formatScore, useSummaryPanel } from "./useSummaryPanel";
export { useSummaryPanelStyles } from "./useSummaryPanelStyles";
