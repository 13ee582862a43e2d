export { ReportView } from "./ReportView";
export type { ReportOutcome, ReportViewProps, ReportViewState } from "./ReportView.types";
export { useReportView } from "./useReportView";
export { useReportViewStyles } from "./useReportViewStyles";
