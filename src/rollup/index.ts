/**
 * Province-scale roll-up (issue 14): many evaluated units in one overview.
 */
export * from "./types";
export {
  BIN_WIDTH,
  LEVEL_ORDER,
  buildRollup,
  distribution,
  levelLabel,
  levelSummaries,
  median,
  resolveDuplicates,
  weakestRequirements,
} from "./compute";
export { unitFromConsensus, unitFromEvaluation } from "./units";
export { readRollupFile, refusal, LISTED_PROBLEMS } from "./read";
export type { RollupRead } from "./read";
export {
  COUNTED,
  DUPLICATE,
  SUMMARY_BY_LEVEL_SHEET,
  U,
  UNITS_FIRST_ROW,
  UNITS_SHEET,
} from "./unitsSheet";
export { DISTRIBUTION_SHEET, REFUSED_SHEET, WEAKEST_SHEET, buildRollupWorkbook } from "./workbook";
export { csvField, rollupJson, unitsCsv } from "./output";
