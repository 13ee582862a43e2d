/**
 * The evaluation report (评估报告 / 自我评价报告): model, worksheet, Word document and CLI command.
 */
export * from "./types";
export { buildReportModel, reportInputFromEvaluation, itemTitle, points } from "./build";
export { reportInputFromConsensus } from "./consensus";
export { buildReportSheet, reportSheetName } from "./sheet";
export { renderReportDocx } from "./docx";
export { reportCommand, REPORT_USAGE, formatSheetProblem } from "./cli";
