/**
 * The layout model's parts as ExcelJS objects, shared by the document writer (writeXlsx.ts) and the streaming
 * writer (streamXlsx.ts) so that both render the same workbook. Translations only: no layout decision here.
 */
import type ExcelJS from "exceljs";
import { CELL_TEXT_LIMIT, xlsxEscape } from "../../engine/text";
import { PRINT_MARGINS, colLetter, printAreaA1 } from "../../layout";
import type {
  CellContent,
  CellModel,
  PrintModel,
  SheetModel,
  StyleModel,
  ValidationModel,
  WorkbookModel,
} from "../../layout";

/** "#RRGGBB" as ExcelJS's opaque ARGB. */
export const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

function excelStyle(style: StyleModel, locked: boolean): Partial<ExcelJS.Style> {
  const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FFA6A6A6" } };
  return {
    font: {
      name: "宋体",
      size: style.font?.size ?? 10,
      bold: style.font?.bold ?? false,
      italic: style.font?.italic ?? false,
      ...(style.font?.color ? { color: { argb: argb(style.font.color) } } : {}),
    },
    ...(style.fill
      ? {
          fill: {
            type: "pattern",
            pattern: "solid",
            fgColor: { argb: argb(style.fill) },
          },
        }
      : {}),
    alignment: {
      horizontal: style.hAlign ?? "left",
      vertical: style.vAlign === "middle" ? "middle" : (style.vAlign ?? "top"),
      wrapText: style.wrap ?? false,
    },
    ...(style.border === "thin"
      ? { border: { top: thin, left: thin, bottom: thin, right: thin } }
      : {}),
    ...(style.numberFormat ? { numFmt: style.numberFormat } : {}),
    protection: { locked },
  };
}

/**
 * One ExcelJS style object per (style, locked), shared by its cells as ExcelJS shares a merge master's: a fresh
 * object graph per cell held about 30 KB of memory per roll-up row (issue 14: 10,000 rows reached 660 MB).
 * Nothing assigns a cell's font, fill or format one by one, which would change every cell sharing it.
 *
 * @param model the workbook, for its styles
 * @returns the style of a cell, the same object for the same (style, locked)
 */
export function styleCache(model: WorkbookModel): (cell: CellModel) => Partial<ExcelJS.Style> {
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  return (cell) => {
    const key = `${cell.style}:${cell.locked ? 1 : 0}`;
    let style = styles.get(key);
    if (!style) {
      style = excelStyle(model.styles[cell.style], cell.locked);
      styles.set(key, style);
    }
    return style;
  };
}

/**
 * Text as a shared string that Excel, LibreOffice and ExcelJS read back as it was: escaped as ECMA-376 `_xHHHH_`
 * ({@link xlsxEscape}). A text longer than a cell takes as written ({@link CELL_TEXT_LIMIT}, escapes counted) is a
 * bug upstream: every path that writes refuses it first with `text-too-long` (README: Inputs), or the layout fits
 * it on purpose. The writer makes no layout decision and cuts nothing: it throws.
 *
 * @param text the model's text
 * @returns the text to store
 */
export function xlsxText(text: string): string {
  const escaped = xlsxEscape(text);
  if (escaped.length <= CELL_TEXT_LIMIT) return escaped;
  throw new Error(
    `internal error: a text of ${escaped.length} characters as written reached the xlsx writer, beyond Excel's cell limit of ${CELL_TEXT_LIMIT}; it should have been refused before writing`
  );
}

/**
 * A cell's content as an ExcelJS value.
 *
 * @param content the model's content
 * @returns text as a plain string (always stored as text, even when it starts with "="; escaped by
 *   {@link xlsxText}, which throws on a text too long), a number, a formula without a cached result, or null
 */
export function cellValue(content: CellContent): ExcelJS.CellValue {
  switch (content.kind) {
    case "text":
      return xlsxText(content.text);
    case "number":
      return content.value;
    case "formula":
      return { formula: content.formula, date1904: false };
    case "empty":
      return null;
  }
}

/** ExcelJS 4.4's worksheet.dataValidations (present at run time in both writers, missing from its typings). */
export interface DataValidationsModel {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

/**
 * A model validation as an ExcelJS rule, its Chinese title and message shown as a stop alert.
 *
 * @param rule the model's rule
 * @returns the ExcelJS data validation
 */
export function validation(rule: ValidationModel): ExcelJS.DataValidation {
  const messages = {
    showErrorMessage: true,
    errorStyle: "stop" as const,
    errorTitle: rule.errorTitle,
    error: rule.errorMessage,
    ...(rule.prompt ? { showInputMessage: true, prompt: rule.prompt } : {}),
  };
  switch (rule.kind) {
    case "decimal":
      return {
        type: "decimal",
        operator: "between",
        allowBlank: true,
        formulae: [rule.min, rule.max],
        ...messages,
      };
    case "list":
      return {
        type: "list",
        allowBlank: true,
        formulae: [`"${rule.options.join(",")}"`],
        ...messages,
      };
    case "date":
      return {
        type: "date",
        operator: "greaterThan",
        allowBlank: true,
        formulae: [new Date(Date.UTC(2000, 0, 1))],
        ...messages,
      };
  }
}

/**
 * Fitted to one page width, or (a sheet printing in bands) the layout's scale with its bands across then down,
 * so that an item's bands print one after the other.
 */
function printScale(print: PrintModel): Partial<ExcelJS.PageSetup> {
  if (print.columnBreaks && print.columnBreaks.length > 0)
    return {
      fitToPage: false,
      scale: Math.round((print.scale ?? 1) * 100),
      pageOrder: "overThenDown",
    };
  return { fitToPage: print.fitToWidth, fitToWidth: 1, fitToHeight: 0 };
}

/**
 * The page setup of a printed sheet: A4, the layout's orientation, scale, print titles, margins and area.
 *
 * @param print the sheet's print model
 * @returns what the writers merge over ExcelJS's default page setup
 */
export function pageSetup(print: PrintModel): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9, // A4
    orientation: print.orientation,
    ...printScale(print),
    ...(print.titleRows
      ? { printTitlesRow: `${print.titleRows.from + 1}:${print.titleRows.to + 1}` }
      : {}),
    ...(print.titleColumns
      ? {
          printTitlesColumn: `${colLetter(print.titleColumns.from)}:${colLetter(print.titleColumns.to)}`,
        }
      : {}),
    margins: {
      left: PRINT_MARGINS.left / 72,
      right: PRINT_MARGINS.right / 72,
      top: PRINT_MARGINS.top / 72,
      bottom: PRINT_MARGINS.bottom / 72,
      header: PRINT_MARGINS.header / 72,
      footer: PRINT_MARGINS.footer / 72,
    },
    ...(print.area ? { printArea: printAreaA1(print.area) } : {}),
  };
}

/**
 * The options a sheet is created with: its state, tab colour and frozen panes.
 *
 * @param sheet the sheet's model
 * @returns ExcelJS's addWorksheet options (the streaming writer writes these when the sheet is created)
 */
export function sheetOptions(sheet: SheetModel): Partial<ExcelJS.AddWorksheetOptions> {
  return {
    state: sheet.state,
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
    ...(sheet.freeze
      ? { views: [{ state: "frozen", xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }] }
      : {}),
  };
}

/** A protected sheet's allowances: formatting rows and columns, selecting, and links in unlocked cells. */
export const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
  formatCells: false,
  insertRows: false,
  deleteRows: false,
  sort: false,
  autoFilter: false,
  // Unlocked cells may take a hyperlink (整改台账's 佐证材料: a link to the evidence).
  insertHyperlinks: true,
};

/** The sheet's footer, centred (ExcelJS's header/footer codes). */
export const footerOf = (print: PrintModel): Partial<ExcelJS.HeaderFooter> | undefined =>
  print.footer ? { oddFooter: `&C${print.footer}` } : undefined;
