/**
 * The layout layer's public surface.
 */
export * from "./model";
export * from "./a1";
export { buildScoresheet } from "./workbook";
export { referenceScoresheet } from "./referenceScoresheet";
export { UnwritableTextError, assertWritable, modelTextProblems } from "./cellText";
export type { ScoresheetOptions } from "./workbook";
export { COL, HEADER_ROW, FIRST_DATA_ROW, buildTableSheet } from "./tableSheet";
export type { TableSheetInfo } from "./tableSheet";
export { SUMMARY_SHEET, subtotalName } from "./summarySheet";
export { COVER_SHEET, COVER_COL, META_FIELDS, META_FIRST_ROW } from "./coverSheet";
export {
  META_SHEET,
  WORKBOOK_FORMAT,
  LAYOUT_VERSION,
  READABLE_LAYOUTS,
  FORMULA_EDITION,
  FORMULA_EDITIONS,
  metaEntries,
} from "./metaSheet";
export type { WorkbookIdentity, MetaKey, FormulaEdition } from "./metaSheet";
export * from "./labels";
export { STYLES } from "./styles";
export {
  PRINT_MARGINS,
  A4,
  MIN_PRINT_SCALE,
  paginate,
  firstBandColumns,
  printBands,
  repaginate,
} from "./printLayout";
export { readScoresheet, readIdentity, locateProblem } from "./read";
export { cellKind, dateSerial } from "./readCells";
export {
  DOCUMENT_TIME_ZONE,
  excelSerialToIso,
  formatDateTimeZh,
  formatDateZh,
  cellDateText,
  gridDateText,
  gridDateToIso,
  isoToExcelSerial,
} from "./dates";
export type { GridSource, GridValue, ScoresheetRead, InputLocation } from "./read";
