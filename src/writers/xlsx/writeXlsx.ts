/**
 * The .xlsx writer: renders a layout model with ExcelJS. It makes no layout decision of its own.
 */
import ExcelJS from "exceljs";
import { a1, rangeA1, sheetRef } from "../../layout";
import type { SheetModel, WorkbookModel } from "../../layout";
import { addTables, conditionalRule } from "./writeTables";
import { fixPackage } from "./packageFixes";
import {
  PROTECTION,
  cellValue,
  footerOf,
  pageSetup,
  sheetOptions,
  styleCache,
  validation,
} from "./excelModel";
import type { DataValidationsModel } from "./excelModel";
import { canStream, writeXlsxStreaming } from "./streamXlsx";

async function writeSheet(
  wb: ExcelJS.Workbook,
  model: WorkbookModel,
  sheet: SheetModel
): Promise<void> {
  const ws = wb.addWorksheet(sheet.name, sheetOptions(sheet));
  sheet.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width;
    if (c.hidden) col.hidden = true;
  });
  for (const [row, height] of sheet.rowHeights) ws.getRow(row + 1).height = height;
  const styleOf = styleCache(model);
  for (const cell of sheet.cells) {
    const c = ws.getCell(cell.row + 1, cell.col + 1);
    c.value = cellValue(cell.content);
    c.style = styleOf(cell);
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
    ws.pageSetup = { ...ws.pageSetup, ...pageSetup(sheet.print) };
    // A break before row r (0-based) sits after the 1-based row r; 16384 columns wide (Excel's max="16383").
    for (const r of sheet.print.rowBreaks ?? []) ws.getRow(r).addPageBreak(0, 16384);
    const footer = footerOf(sheet.print);
    if (footer) ws.headerFooter = footer;
  }
  if (sheet.protect) await ws.protect("", PROTECTION);
  // ExcelJS cannot write charts (sheet.charts); the Office.js writer draws them.
}

/**
 * A sheet of at least this many cells is written by ExcelJS's streaming writer where it runs (Node): the
 * document writer holds the rendered sheet's XML in pieces, which took a 10,000-unit roll-up (240,000 cells on
 * 单位) to 568 MB (issue 14). About 1,000 roll-up units; every scoresheet and report stays far below.
 */
export const STREAM_CELLS = 20_000;

/** How {@link writeXlsx} renders: `auto` streams a workbook with a sheet of {@link STREAM_CELLS} cells or more. */
export type XlsxWriteMode = "auto" | "document" | "streaming";

/**
 * Whether {@link writeXlsx} streams the model.
 *
 * @param model the workbook's layout
 * @param mode as {@link writeXlsx} takes it
 * @returns true for `streaming`, or for `auto` when a sheet has {@link STREAM_CELLS} cells or more and ExcelJS's
 *   streaming writer is there
 */
export function streams(model: WorkbookModel, mode: XlsxWriteMode = "auto"): boolean {
  if (mode !== "auto") return mode === "streaming";
  return model.sheets.some((s) => s.cells.length >= STREAM_CELLS) && canStream();
}

/** The document writer: the whole workbook in ExcelJS's memory, then its bytes. */
async function writeDocument(model: WorkbookModel): Promise<Uint8Array> {
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

/**
 * Renders the model to .xlsx bytes (a plain Uint8Array, so the same call works in the task pane). Both ways
 * give the same workbook: cells, styles, merges, rules, tables, print settings and protection.
 *
 * @param model the workbook's layout
 * @param mode `auto` (default): streamed when a sheet is large and the streaming writer is there (Node, not the
 *   task pane's bundle); `document` or `streaming` force one way (tests compare them)
 * @returns the package's bytes
 * @throws Error when `streaming` is asked for where ExcelJS has no streaming writer
 */
export async function writeXlsx(
  model: WorkbookModel,
  mode: XlsxWriteMode = "auto"
): Promise<Uint8Array> {
  return streams(model, mode) ? writeXlsxStreaming(model) : writeDocument(model);
}
