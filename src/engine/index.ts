/**
 * The scoring engine's public surface.
 */
export * from "./evaluation";
export * from "./problems";
export * from "./rules";
export { scoreEvaluation } from "./score";
export type { ItemScore, ScoreReport, TableScore, Verdict } from "./score";
export { parseEvaluation, isIsoDate } from "./parse";
export type { ParseResult } from "./parse";
export { describeProblem, describeWhere, formatProblem, subject } from "./messages";
export type { Locale } from "./messages";
export * from "./exact";
export { CELL_TEXT_LIMIT, checkText, forbiddenChar, textProblems } from "./text";
export { sumExact } from "./score";
