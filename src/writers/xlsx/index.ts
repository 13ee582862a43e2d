/**
 * The .xlsx writer and reader (ExcelJS). Node and browser alike; loaded lazily by the task pane.
 */
export { writeXlsx } from "./writeXlsx";
export {
  readXlsxScoresheet,
  readLoadedScoresheet,
  loadXlsx,
  excelGrid,
  identityProblems,
} from "./readXlsx";
export type {
  XlsxReadResult,
  XlsxScoresheet,
  LoadedXlsx,
  XlsxLoadResult,
  XlsxReader,
} from "./readXlsx";
export { fastGrid, readFastWorkbook, FastGridDecline } from "./fastGrid";
export type { FastWorkbook, NamedCell } from "./fastGrid";
export { inspectXlsx, DEFAULT_LIMITS } from "./zipGuard";
export type { ZipLimits } from "./zipGuard";
