/**
 * The .xlsx writer: renders a layout model with ExcelJS. It makes no layout decision of its own.
 */
import ExcelJS from "exceljs";
import { PRINT_MARGINS, a1, colLetter, printAreaA1, rangeA1, sheetRef } from "../../layout";
import type {
  CellContent,
  PrintModel,
  SheetModel,
  StyleModel,
  ValidationModel,
  WorkbookModel,
} from "../../layout";
import { addTables, conditionalRule } from "./writeTables";
import { fixPackage } from "./packageFixes";

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

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

function cellValue(content: CellContent): ExcelJS.CellValue {
  switch (content.kind) {
    case "text":
      return content.text; // a plain string is always stored as text, even when it starts with "="
    case "number":
      return content.value;
    case "formula":
      return { formula: content.formula, date1904: false };
    case "empty":
      return null;
  }
}

/** ExcelJS 4.4's worksheet.dataValidations (present at run time, missing from its typings). */
interface DataValidationsModel {
  add(address: string, validation: ExcelJS.DataValidation): void;
}

function validation(rule: ValidationModel): ExcelJS.DataValidation {
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

async function writeSheet(
  wb: ExcelJS.Workbook,
  model: WorkbookModel,
  sheet: SheetModel
): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, {
    state: sheet.state,
    ...(sheet.tabColor ? { properties: { tabColor: { argb: argb(sheet.tabColor) } } } : {}),
    ...(sheet.freeze
      ? { views: [{ state: "frozen", xSplit: sheet.freeze.cols, ySplit: sheet.freeze.rows }] }
      : {}),
  });
  sheet.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  });
  for (const [row, height] of sheet.rowHeights) ws.getRow(row + 1).height = height;
  // One ExcelJS style object per (style, locked), shared by its cells as ExcelJS shares a merge master's: a fresh
  // object graph per cell held about 30 KB of memory per roll-up row (issue 14: 10,000 rows reached 660 MB).
  // Nothing below assigns a cell's font, fill or format one by one, which would change every cell sharing it.
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const cell of sheet.cells) {
    const c = ws.getCell(cell.row + 1, cell.col + 1);
    c.value = cellValue(cell.content);
    const key = `${cell.style}:${cell.locked ? 1 : 0}`;
    let style = styles.get(key);
    if (!style) {
      style = excelStyle(model.styles[cell.style], cell.locked);
      styles.set(key, style);
    }
    c.style = style;
  }
  for (const m of sheet.merges) ws.mergeCells(m.row + 1, m.col + 1, m.row + m.rows, m.col + m.cols);
  // One rule per range, as the model has it: per-cell rules let ExcelJS 4.4 merge them into ranges sorted as
  // text (C10 before C4), which overlap (exceljs #2820) and make Excel repair the file.
  const dataValidations = (ws as unknown as { dataValidations: DataValidationsModel })
    .dataValidations;
  for (const rule of sheet.validations) {
    // A single cell as "C10:C10": ExcelJS keeps a range key as it is, but grows a single-cell key downwards.
    const ref = rangeA1(rule.range);
    dataValidations.add(ref.includes(":") ? ref : `${ref}:${ref}`, validation(rule));
  }
  // Unique priorities, in the model's order, as Excel writes them.
  let priority = 0;
  for (const cf of sheet.conditionalFormats) {
    priority++;
    ws.addConditionalFormatting({ ref: rangeA1(cf.range), rules: [conditionalRule(cf, priority)] });
  }
  addTables(ws, sheet);
  if (sheet.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: 9, // A4
      orientation: sheet.print.orientation,
      ...printScale(sheet.print),
      ...(sheet.print.titleRows
        ? { printTitlesRow: `${sheet.print.titleRows.from + 1}:${sheet.print.titleRows.to + 1}` }
        : {}),
      ...(sheet.print.titleColumns
        ? {
            printTitlesColumn: `${colLetter(sheet.print.titleColumns.from)}:${colLetter(sheet.print.titleColumns.to)}`,
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
      ...(sheet.print.area ? { printArea: printAreaA1(sheet.print.area) } : {}),
    };
    // A break before row r (0-based) sits after the 1-based row r; 16384 columns wide (Excel's max="16383").
    for (const r of sheet.print.rowBreaks ?? []) ws.getRow(r).addPageBreak(0, 16384);
    if (sheet.print.footer) ws.headerFooter = { oddFooter: `&C${sheet.print.footer}` };
  }
  if (sheet.protect) {
    await ws.protect("", {
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
    });
  }
  // ExcelJS cannot write charts (sheet.charts); the Office.js writer draws them.
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

/** Renders the model to .xlsx bytes (a plain Uint8Array, so the same call works in the task pane). */
export async function writeXlsx(model: WorkbookModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = model.properties.creator;
  wb.title = model.properties.title;
  wb.subject = model.properties.subject;
  wb.keywords = model.properties.keywords;
  wb.calcProperties.fullCalcOnLoad = true;
  for (const sheet of model.sheets) await writeSheet(wb, model, sheet);
  for (const n of model.names)
    wb.definedNames.add(`${sheetRef(n.sheet)}!${a1(n.cell.row, n.cell.col, true)}`, n.name);
  const out = await wb.xlsx.writeBuffer();
  // ExcelJS writes no vertical page breaks and fixes the default font at Calibri: both are set in its output.
  return fixPackage(
    new Uint8Array(out),
    new Map(model.sheets.map((s, i) => [i, s.print?.columnBreaks ?? []]))
  );
}
