/**
 * Queues a sheet's Excel tables and data bars (ExcelApi 1.1 tables, 1.6 data bars). A host whose Office.js has
 * neither (the simulated host) gets them skipped and reported, as borders and charts are: never fatal.
 */
import type { DataBarFormatModel, RangeModel, SheetModel } from "../layout";
import type { SkippedFeature } from "./writeSheet";

function rangeOf(ws: Excel.Worksheet, r: RangeModel): Excel.Range {
  return ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols);
}

/** Whether the host's Office.js knows the DataBar conditional format type. */
function hostHasDataBars(): boolean {
  const excel = (globalThis as { Excel?: { ConditionalFormatType?: Record<string, string> } })
    .Excel;
  return excel?.ConditionalFormatType?.dataBar === "DataBar";
}

function queueDataBar(ws: Excel.Worksheet, cf: DataBarFormatModel): void {
  const bar = rangeOf(ws, cf.range).conditionalFormats.add("DataBar").dataBar;
  bar.lowerBoundRule = { type: "Number", formula: String(cf.min) };
  bar.upperBoundRule = { type: "Number", formula: String(cf.max) };
  bar.positiveFormat.fillColor = cf.color;
  bar.positiveFormat.gradientFill = false;
}

/** Queues the sheet's tables (header row of the model's texts, filter buttons as asked) and data bars. */
export function queueTablesAndBars(ws: Excel.Worksheet, sheet: SheetModel): SkippedFeature[] {
  const skipped: SkippedFeature[] = [];
  const tables = sheet.tables ?? [];
  if (tables.length > 0) {
    const collection = ws.tables as Excel.TableCollection | undefined;
    if (!collection) skipped.push("table");
    else
      for (const model of tables) {
        const table = collection.add(rangeOf(ws, model.ref), true);
        table.name = model.name;
        table.style = model.style;
        table.showFilterButton = model.autoFilter;
        table.showBandedRows = true;
      }
  }
  const bars = sheet.conditionalFormats.filter(
    (cf): cf is DataBarFormatModel => cf.kind === "dataBar"
  );
  if (bars.length > 0) {
    if (!hostHasDataBars()) skipped.push("dataBar");
    else for (const cf of bars) queueDataBar(ws, cf);
  }
  return skipped;
}
