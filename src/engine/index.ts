/**
 * The scoring engine's public surface.
 */
export * from "./evaluation";
export * from "./problems";
export * from "./rules";
export { scoreEvaluation } from "./score";
export type { ItemScore, ScoreReport, TableScore, Verdict } from "./score";
export { parseEvaluation, isIsoDate } from "./parse";
export { FICTITIOUS_SERIAL, dateExpected, monthDays, noSuchDayWords, readDateText } from "./dates";
export type { DateRead } from "./dates";
export type { ParseResult } from "./parse";
export {
  PENDING_VERDICT,
  describePlanRecordDefect,
  describeProblem,
  describeWhere,
  formatProblem,
  pendingVerdictText,
  subject,
} from "./messages";
export type { Locale } from "./messages";
export { KIND_WORDS, LEVEL_LABELS, LEVEL_NAMES, STATUS_LABELS, STATUS_NAMES, word } from "./words";
export type { Bilingual, Side } from "./words";
export * from "./exact";
export {
  CELL_TEXT_LIMIT,
  checkText,
  forbiddenChar,
  sharedNoteCell,
  textProblems,
  writtenCosts,
  writtenLength,
  xlsxEscape,
} from "./text";
export { sumExact } from "./score";
export {
  PLAN_FORMAT,
  applyPlan,
  parsePlan,
  planFingerprint,
  planOverrides,
  planReasonNote,
  planWarnings,
  LEADER_ROLE,
  readPlanRecord,
  recordedPlan,
} from "./plan";
export type { Plan, PlanMember, PlanOverridden, PlanRecordCorrupt } from "./plan";
