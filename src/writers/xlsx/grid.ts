/**
 * ExcelJS's workbook as the layout's grid view (README: Inputs): cells read as the text or number they show,
 * formulas with their cached results, merged cells as the workbook computes them (only the top-left cell holds
 * the value; ExcelJS repeats it in every cell of the range), number formats for old layouts' % cells.
 */
import type ExcelJS from "exceljs";
import type { GridSource, GridValue } from "../../layout";

/** A cell value as the grid sees it: rich text and hyperlinks as their text, errors as "#N/A", formulas by result. */
export function gridValue(v: ExcelJS.CellValue): GridValue {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v;
  if (typeof v === "object") {
    if ("richText" in v) return v.richText.map((r) => r.text).join("");
    if ("formula" in v || "sharedFormula" in v)
      return gridValue((v as ExcelJS.CellFormulaValue).result);
    if ("text" in v && "hyperlink" in v) {
      const t: unknown = v.text;
      if (typeof t === "object" && t !== null && "richText" in t)
        return (t as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join("");
      return String(t);
    }
    if ("error" in v) return String(v.error);
  }
  return String(v);
}

/**
 * A cell's value, or a formula cell's cached result. `cell.result` keeps a cached 0; `cell.value.result` drops
 * it (ExcelJS 4.4 copies the formula model with a truthiness test), which made a stale 0 look uncalculated.
 */
export function cellValue(cell: ExcelJS.Cell): GridValue {
  return cell.formula ? gridValue(cell.result) : gridValue(cell.value);
}

interface MergeRange {
  readonly model: { top: number; left: number; bottom: number; right: number };
}

/** ExcelJS keeps merges in a private map keyed by the master cell; reading it avoids serialising the sheet. */
function mergesOf(ws: ExcelJS.Worksheet): MergeRange[] {
  const merges = (ws as unknown as { _merges?: Record<string, MergeRange> })._merges;
  return merges ? Object.values(merges) : [];
}

/** Adapts an ExcelJS workbook to the layout's grid view. */
export function excelGrid(wb: ExcelJS.Workbook): GridSource {
  const sheets = new Map(wb.worksheets.map((ws) => [ws.name, ws]));
  const find = (name: string, row: number, col: number): ExcelJS.Cell | undefined =>
    sheets.get(name)?.findCell(row + 1, col + 1);
  const isSlave = (cell: ExcelJS.Cell): boolean => cell.isMerged && cell.master !== cell;
  return {
    sheetNames: () => [...sheets.keys()],
    rowCount: (name) => sheets.get(name)?.rowCount ?? 0,
    cell: (name, row, col) => {
      const cell = find(name, row, col);
      return cell && !isSlave(cell) ? cellValue(cell) : undefined;
    },
    formula: (name, row, col) => {
      const cell = find(name, row, col);
      if (!cell || isSlave(cell)) return undefined;
      const v = cell.value;
      if (typeof v !== "object" || v === null) return undefined;
      if ("formula" in v && typeof v.formula === "string") return v.formula;
      if ("sharedFormula" in v) return cell.formula || String(v.sharedFormula);
      return undefined;
    },
    numberFormat: (name, row, col) => find(name, row, col)?.numFmt,
    isError: (name, row, col) => {
      const cell = find(name, row, col);
      if (!cell || isSlave(cell)) return false;
      const v: unknown = cell.formula ? cell.result : cell.value;
      return typeof v === "object" && v !== null && "error" in v;
    },
    merges: (name) => {
      const ws = sheets.get(name);
      return ws
        ? mergesOf(ws).map(({ model: m }) => ({
            top: m.top - 1,
            left: m.left - 1,
            bottom: m.bottom - 1,
            right: m.right - 1,
          }))
        : [];
    },
  };
}
