/**
 * The sheets around the scoresheet: eligibility (section 5), evaluation group (4.2) and procedure (6),
 * their pure rules and their reader.
 */
export * from "./clauses";
export {
  addMonths,
  isoToSerial,
  parseDateText,
  dateFromCell,
  formatDateSpanZh,
  suggestDate,
} from "./dates";
export * from "./eligibility";
export * from "./group";
export { EVAL_ID_COL } from "./common";
export {
  ELIGIBILITY_SHEET,
  ELIGIBILITY_COL,
  CONDITION_COL,
  ELIGIBILITY_IDS,
  buildEligibilitySheet,
} from "./eligibilitySheet";
export { GROUP_SHEET, GROUP_COL, GROUP_ROWS, GROUP_IDS, buildGroupSheet } from "./groupSheet";
export { PROCEDURE_SHEET, PROCEDURE_COL, PROCEDURE_IDS, buildProcedureSheet } from "./procedure";
export type { ProcedureStep, ProcedureRecord } from "./procedure";
export { readEvaluationSheets } from "./read";
export type { EvaluationSheetProblem, EvaluationSheetsRead } from "./read";
export { buildEvaluationSheets } from "./sheets";
export type { EvaluationSheetsInput } from "./sheets";
export { sheetProblemLosesInput, sheetProblemLosesOnRebuild } from "./read";
export {
  describeSheetProblem,
  formatSheetProblemLines,
  isGroupSheetProblem,
  sheetEntryNotKept,
  sheetProblemCell,
} from "./sheetProblems";
