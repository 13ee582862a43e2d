/**
 * Loads a layout model into HyperFormula (a real formula engine) so tests can evaluate the workbook's formulas.
 */
import { HyperFormula } from "hyperformula";
import type { RawCellContent } from "hyperformula";
import type { WorkbookModel } from "../../src/layout";
import { a1, sheetRef } from "../../src/layout";

export interface EvaluatedWorkbook {
  value(sheet: string, row: number, col: number): unknown;
  name(name: string): unknown;
  set(sheet: string, row: number, col: number, value: RawCellContent): void;
  destroy(): void;
}

/** Builds a HyperFormula instance holding the model's sheets and defined names. */
export function evaluateModel(model: WorkbookModel): EvaluatedWorkbook {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const sheet of model.sheets) {
    const grid: RawCellContent[][] = [];
    for (const cell of sheet.cells) {
      const row = (grid[cell.row] ??= []);
      const c = cell.content;
      // Text must stay text ("=…" or "1" alike): HyperFormula, like Excel, keeps a leading-apostrophe entry as text.
      row[cell.col] =
        c.kind === "formula"
          ? `=${c.formula}`
          : c.kind === "number"
            ? c.value
            : c.kind === "text"
              ? `'${c.text}`
              : null;
    }
    for (let r = 0; r < grid.length; r++) grid[r] ??= [];
    sheets[sheet.name] = grid;
  }
  const hf = HyperFormula.buildFromSheets(sheets, {
    licenseKey: "gpl-v3",
    useArrayArithmetic: false,
  });
  for (const n of model.names)
    hf.addNamedExpression(n.name, `=${sheetRef(n.sheet)}!${a1(n.cell.row, n.cell.col, true)}`);
  const id = (sheet: string): number => {
    const i = hf.getSheetId(sheet);
    if (i === undefined) throw new Error(`no sheet ${sheet}`);
    return i;
  };
  return {
    value: (sheet, row, col) => hf.getCellValue({ sheet: id(sheet), row, col }),
    name: (name) => hf.getNamedExpressionValue(name),
    set: (sheet, row, col, value) => void hf.setCellContents({ sheet: id(sheet), row, col }, value),
    destroy: () => hf.destroy(),
  };
}
