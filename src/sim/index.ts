/**
 * Simulated Excel host: an in-memory fake of the subset of the Office.js Excel API that the
 * gridscore adapter uses, with the semantics that bite in real Excel. Used by adapter tests
 * and by the browser preview page (through createOfficeShim).
 *
 * COVERED
 * - Excel.run-like `host.run(batch)`; queued command model: property sets and method calls are
 *   applied at `context.sync()` in order; queued leftovers are synced when the batch resolves.
 *   Reading an unloaded scalar throws code "PropertyNotLoaded" with Excel's message; load()
 *   accepts "a, b/c", ["a"], {select, expand} and {a: true, b: {c: true}}. A locally set
 *   property reads back the set value (Office.js behaviour). Objects of a finished run fail.
 * - Sync-time errors: ItemNotFound (getItem on a missing sheet/name/property), AccessDenied
 *   (locked cells / format / validation / CF / merge on a protected sheet), InvalidArgument
 *   (array dimension mismatch, bad address, unparsable formula, bad rule), ItemAlreadyExists,
 *   InvalidOperation (protect() twice, deleting/hiding the last visible sheet, Worksheet.activate
 *   or Range.select on a hidden or very hidden sheet), BadPassword.
 *   On error the actions before the failing one stay applied, later ones are dropped, load
 *   results of that sync are discarded and sync() rejects (so the batch rejects).
 * - workbook: worksheets (getItem/OrNullObject by name or id, add, getActiveWorksheet, getFirst,
 *   getCount, items, onChanged), names (add with text or Range, getItem/OrNullObject, getCount,
 *   NamedItem.getRange/value/type/delete), properties (title, author, subject, keywords,
 *   comments, category, company, manager, custom add/getItem/OrNullObject/deleteAll),
 *   settings (add/getItem/OrNullObject/delete), application.calculate (no-op),
 *   getSelectedRange, getActiveCell.
 * - Worksheet: id, name (rename), position, visibility, tabColor, showGridlines, getRange(address
 *   or defined name), getRangeOrNullObject (simulator extra, backs event args), getRangeByIndexes,
 *   getCell, getUsedRange(/OrNullObject), protection
 *   {protected, options, protect(options?, password?), unprotect(password?)}, freezePanes
 *   {freezeRows, freezeColumns, freezeAt, unfreeze}, onChanged, activate, delete.
 * - Range: address, rowCount, columnCount, rowIndex, columnIndex, cellCount, values, formulas,
 *   formulasLocal, numberFormat, text, valueTypes, hidden/rowHidden/columnHidden, set(), load,
 *   getCell, getOffsetRange, getResizedRange, getAbsoluteResizedRange, getRow, getColumn,
 *   getEntireRow/Column, getLastCell, clear, merge/unmerge, select, worksheet;
 *   format {font {bold, italic, color, size, name, underline}, fill {color, clear}, columnWidth,
 *   rowHeight, wrapText, horizontal/verticalAlignment, protection {locked, formulaHidden},
 *   autofitColumns/Rows}; dataValidation {rule (wholeNumber, decimal, textLength, date, time,
 *   list, custom), errorAlert, prompt, ignoreBlanks, type, valid, clear};
 *   conditionalFormats {add("Custom" | "CellValue"), clearAll, getCount, getItem, items}.
 * - Values: strings, numbers, booleans, "" (empty). Strings written through values/formulas or
 *   typed are parsed like Excel typing (numbers, 1,234, 50%, TRUE/FALSE, =formula, 'text);
 *   null inside an input array leaves that cell unchanged; a scalar fills the whole range.
 * - Formulas by HyperFormula (GPL key), one HF sheet per worksheet with the same name;
 *   unquoted non-ASCII sheet names (汇总!C5) and non-ASCII defined names are translated;
 *   errors reported as Excel strings ("#DIV/0!", "#NAME?", "#REF!"); circular refs give 0.
 * - Data validation enforced only by host.typeValue (Stop rejects; Warning/Information keep the
 *   value and report `warning`; showAlert=false accepts); never on paste or API writes.
 * - onChanged (worksheet and workbook level): registration and remove() take effect at sync;
 *   fired asynchronously after typeValue/paste (triggerSource "Others") and, with option
 *   fireEventsOnApiWrites, after API value writes (triggerSource "ThisLocalAddin"). `details`
 *   only for single-cell edits. host.whenIdle() awaits all handler promises.
 * - Conditional formats evaluated for the preview with relative-reference shifting.
 *
 * NOT COVERED (by design, keep it small): tables, charts, shapes, comments, autofilter, sort,
 * insert/delete rows and columns, copyFrom, borders, date parsing of typed text, R1C1 and
 * localized formulas, sheet-scoped names, other conditional format types, other events
 * (onSelectionChanged, onActivated, onFormatChanged...), undo, real ExcelApi version gating.
 */
export { createSimulatedExcel } from "./host";
export type {
  SimHost,
  SimulatedExcelOptions,
  SimCellInfo,
  SimSheetInfo,
  SimConditionalFormatInfo,
} from "./host";
export { createOfficeShim, compareVersions } from "./office-shim";
export type { OfficeShim, OfficeShimOptions } from "./office-shim";
export type { EditResult } from "./user-edits";
export type { CellValue } from "./cell-values";
export type { ChangeNotice } from "./workbook-state";
export type { CfPaint } from "./conditional-formats";
export type { SimWorksheetChangedEventArgs, SimChangedEventDetail } from "./events";
export { SimExcelError, isSimExcelError } from "./errors";
export type { SimErrorCode } from "./errors";
export {
  parseAddress,
  formatAddress,
  formatRect,
  quoteSheetName,
  columnToIndex,
  indexToColumn,
} from "./addresses";
export type { Rect, ParsedAddress } from "./addresses";
