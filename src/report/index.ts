/**
 * The evaluation report (评估报告 / 自我评价报告): model, worksheet and Word document (the command is src/cli/reportCommand.ts).
 */
export * from "./types";
export { buildReportModel, reportInputFromEvaluation, itemTitle, points } from "./build";
export { reportInputFromConsensus } from "./consensus";
export { buildReportSheet, reportSheetName } from "./sheet";
export { renderReportDocx } from "./docx";
export { REPORT_USAGE } from "./usage";
