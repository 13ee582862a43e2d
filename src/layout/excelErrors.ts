/**
 * Excel's error values as their text: what Office.js `values` gives for an error cell (which a grid that cannot
 * tell an error from typed text passes on as that text), and what typing that text into a cell makes. One list for
 * the reader (readCells.ts) and the simulated host (src/sim/cell-values.ts). Source: Office.js `Excel.ErrorCellValueType`
 * and Excel's error values (#NULL!, #DIV/0!, #VALUE!, #REF!, #NAME?, #NUM!, #N/A, #GETTING_DATA, #SPILL!, #CALC!).
 * It imports nothing, so the simulated host can use it without loading the layout.
 */
export const EXCEL_ERROR_VALUES: ReadonlySet<string> = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
]);
