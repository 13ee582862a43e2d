/**
 * The .xlsx writer's conditional-format rules and Excel tables, as the layout model has them (no decision here).
 */
import type ExcelJS from "exceljs";
import { a1 } from "../../layout";
import type { ConditionalFormatModel, SheetModel, TableModel } from "../../layout";

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

/** ExcelJS 4.4 renders a data bar's colour from `color`, which its typings leave out. */
type DataBarRule = ExcelJS.DataBarRuleType & { color: { argb: string } };

/** One model conditional format as an ExcelJS rule with the given (unique) priority. */
export function conditionalRule(
  cf: ConditionalFormatModel,
  priority: number
): ExcelJS.ConditionalFormattingRule {
  if (cf.kind === "dataBar") {
    const rule: DataBarRule = {
      type: "dataBar",
      priority,
      gradient: false,
      showValue: true,
      minLength: 0,
      maxLength: 100,
      cfvo: [
        { type: "num", value: cf.min },
        { type: "num", value: cf.max },
      ],
      color: { argb: argb(cf.color) },
    };
    return rule;
  }
  return {
    type: "expression",
    priority,
    formulae: [cf.formula],
    style: {
      fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } },
      ...(cf.fontColor ? { font: { color: { argb: argb(cf.fontColor) } } } : {}),
    },
  };
}

/**
 * The data rows of a table as the cells already hold them: ExcelJS writes a table's header and rows into its
 * cells, so it is handed what is there (styles are kept; setting a value does not touch them).
 */
function rowsOf(ws: ExcelJS.Worksheet, table: TableModel): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = table.ref.row + 1; r < table.ref.row + table.ref.rows; r++) {
    const row: ExcelJS.CellValue[] = [];
    for (let c = table.ref.col; c < table.ref.col + table.ref.cols; c++)
      row.push(ws.getCell(r + 1, c + 1).value);
    rows.push(row);
  }
  return rows;
}

/** Adds the sheet's tables (after its cells are written). Without filter buttons when `autoFilter` is off. */
export function addTables(ws: ExcelJS.Worksheet, sheet: SheetModel): void {
  for (const table of sheet.tables ?? []) {
    ws.addTable({
      name: table.name,
      displayName: table.name,
      ref: a1(table.ref.row, table.ref.col),
      headerRow: true,
      totalsRow: false,
      style: {
        theme: table.style as ExcelJS.TableStyleProperties["theme"],
        showRowStripes: true,
      },
      columns: table.columns.map((name) => ({ name, filterButton: table.autoFilter })),
      rows: rowsOf(ws, table),
    });
  }
}
