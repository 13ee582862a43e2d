export { ExportPanel } from "./ExportPanel";
export type { ExportPanelProps, ExportPanelState } from "./ExportPanel.types";
export { useExportPanel } from "./useExportPanel";
export { useExportPanelStyles } from "./useExportPanelStyles";
