/**
 * Queues a sheet's rules and decorations: data validation, conditional formats, freeze panes, tab colour,
 * page layout and the summary chart. Features the host lacks are reported back, never fatal.
 */
import { PRINT_MARGINS as MARGINS, a1, colLetter, parseA1, rangeA1 } from "../layout";
import type { ChartModel, PrintModel, SheetModel, ValidationModel } from "../layout";
import type { SkippedFeature } from "./writeSheet";

/** Excel's limits for validation alert and prompt texts; longer texts make the whole sync fail. */
export const ALERT_TITLE_MAX = 32;
export const ALERT_MESSAGE_MAX = 255;
/** Name given to the summary chart, so a rebuild can find and replace it. */
export const CHART_NAME = "gridscore.summaryChart";
/** The earliest date the cover's date cell accepts (the .xlsx writer's 2000-01-01). */
const EARLIEST_DATE = "=DATE(2000,1,1)";

/** Cuts a text to Excel's limit, marking the cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function absoluteRef(ref: string): string {
  const cell = parseA1(ref);
  return cell ? `=${a1(cell.row, cell.col, true)}` : `=${ref}`;
}

/** The Office.js rule for a model validation. */
export function validationRule(rule: ValidationModel): Excel.DataValidationRule {
  switch (rule.kind) {
    case "decimal":
      return {
        decimal: {
          operator: "Between",
          formula1: rule.min,
          formula2: typeof rule.max === "number" ? rule.max : absoluteRef(rule.max),
        },
      };
    case "list":
      return { list: { inCellDropDown: true, source: rule.options.join(",") } };
    case "date":
      return { date: { operator: "GreaterThan", formula1: EARLIEST_DATE } };
  }
}

function rangeOf(ws: Excel.Worksheet, r: { row: number; col: number; rows: number; cols: number }) {
  return ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

/** Queues data validation (Stop alerts with the model's title and message) and conditional formats. */
export function queueRules(ws: Excel.Worksheet, sheet: SheetModel): void {
  for (const rule of sheet.validations) {
    const dv = rangeOf(ws, rule.range).dataValidation;
    dv.ignoreBlanks = true;
    dv.rule = validationRule(rule);
    dv.errorAlert = {
      showAlert: true,
      style: "Stop",
      title: clip(rule.errorTitle, ALERT_TITLE_MAX),
      message: clip(rule.errorMessage, ALERT_MESSAGE_MAX),
    };
    if (rule.prompt)
      dv.prompt = { showPrompt: true, title: "", message: clip(rule.prompt, ALERT_MESSAGE_MAX) };
  }
  for (const cf of sheet.conditionalFormats) {
    if (cf.kind === "dataBar") continue; // writeTables.ts
    const format = rangeOf(ws, cf.range).conditionalFormats.add("Custom").custom;
    format.rule.formula = `=${cf.formula}`;
    format.format.fill.color = cf.fill;
    if (cf.fontColor) format.format.font.color = cf.fontColor;
  }
}

/** Queues freeze panes, tab colour (an old one cleared on a rebuilt sheet) and page layout. */
export function queueSheetView(
  ws: Excel.Worksheet,
  sheet: SheetModel,
  rebuilt: boolean
): SkippedFeature[] {
  const freeze = sheet.freeze;
  if (freeze && freeze.rows > 0 && freeze.cols > 0)
    ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
  else if (freeze && freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
  else if (freeze && freeze.cols > 0) ws.freezePanes.freezeColumns(freeze.cols);
  if (sheet.tabColor) ws.tabColor = sheet.tabColor;
  else if (rebuilt) ws.tabColor = "";
  if (!sheet.print) return [];
  const layout = ws.pageLayout as Excel.PageLayout | undefined;
  const breaks = ws.horizontalPageBreaks as Excel.PageBreakCollection | undefined;
  if (!layout || !breaks) return ["pageLayout"];
  queuePrint(layout, sheet.print);
  // The layout's breaks replace any left by an earlier build of the sheet (ExcelApi 1.9).
  breaks.removePageBreaks();
  for (const row of sheet.print.rowBreaks ?? []) breaks.add(ws.getRangeByIndexes(row, 0, 1, 1));
  const vertical = ws.verticalPageBreaks as Excel.PageBreakCollection | undefined;
  if (!vertical) return sheet.print.columnBreaks?.length ? ["pageLayout"] : [];
  vertical.removePageBreaks();
  for (const col of sheet.print.columnBreaks ?? [])
    vertical.add(ws.getRangeByIndexes(0, col, 1, 1));
  return [];
}

function queuePrint(layout: Excel.PageLayout, print: PrintModel): void {
  layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
  layout.paperSize = "A4";
  if (print.columnBreaks && print.columnBreaks.length > 0) {
    // In bands at the layout's scale, across then down (printLayout.ts).
    layout.zoom = { scale: Math.round((print.scale ?? 1) * 100) };
    layout.printOrder = "OverThenDown";
  } else if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.titleRows)
    layout.setPrintTitleRows(`$${print.titleRows.from + 1}:$${print.titleRows.to + 1}`);
  if (print.titleColumns)
    layout.setPrintTitleColumns(
      `$${colLetter(print.titleColumns.from)}:$${colLetter(print.titleColumns.to)}`
    );
  layout.leftMargin = MARGINS.left;
  layout.rightMargin = MARGINS.right;
  layout.topMargin = MARGINS.top;
  layout.bottomMargin = MARGINS.bottom;
  layout.headerMargin = MARGINS.header;
  layout.footerMargin = MARGINS.footer;
  if (print.footer) layout.headersFooters.defaultForAllPages.centerFooter = print.footer;
  if (print.area) layout.setPrintArea(rangeA1(print.area));
}

/** Queues the model's charts (clustered columns, categories as the x axis), named for a later rebuild. */
export function queueCharts(ws: Excel.Worksheet, sheet: SheetModel): SkippedFeature[] {
  if (sheet.charts.length === 0) return [];
  const charts = ws.charts as Excel.ChartCollection | undefined;
  if (!charts) return ["chart"];
  sheet.charts.forEach((model: ChartModel, i) => {
    const chart = charts.add("ColumnClustered", rangeOf(ws, model.values), "Columns");
    chart.name = i === 0 ? CHART_NAME : `${CHART_NAME}.${i}`;
    chart.title.text = model.title;
    chart.legend.visible = false;
    chart.series.getItemAt(0).setXAxisValues(rangeOf(ws, model.categories));
    const anchor = model.anchor;
    chart.setPosition(
      a1(anchor.row, anchor.col),
      a1(anchor.row + anchor.rows - 1, anchor.col + anchor.cols - 1)
    );
  });
  return [];
}
