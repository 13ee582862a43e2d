/**
 * Finds cells of a layout model by the ids it carries (tests must not hard-code row numbers either).
 */
import { COL } from "../../src/layout";
import type { CellModel, SheetModel, WorkbookModel } from "../../src/layout";

/** Item id → the cell holding its score formula. */
export function itemScoreCells(
  model: WorkbookModel
): Map<string, { sheet: string; row: number; col: number }> {
  const out = new Map<string, { sheet: string; row: number; col: number }>();
  for (const sheet of model.sheets) {
    if (sheet.kind !== "table") continue;
    for (const cell of sheet.cells) {
      if (cell.col !== COL.itemId || cell.content.kind !== "text") continue;
      if (!out.has(cell.content.text))
        out.set(cell.content.text, { sheet: sheet.name, row: cell.row, col: COL.score });
    }
  }
  return out;
}

/** Line or item id → its input row. */
export function inputRows(model: WorkbookModel): Map<string, { sheet: string; row: number }> {
  const out = new Map<string, { sheet: string; row: number }>();
  for (const sheet of model.sheets) {
    for (const cell of sheet.cells) {
      if (
        cell.col === COL.id &&
        cell.content.kind === "text" &&
        sheet.kind === "table" &&
        /^A\.\d/.test(cell.content.text)
      )
        out.set(cell.content.text, { sheet: sheet.name, row: cell.row });
    }
  }
  return out;
}

/** The cell of a sheet model at a 0-based row and column, if the model holds one there. */
export function cellAt(sheet: SheetModel, row: number, col: number): CellModel | undefined {
  return sheet.cells.find((c) => c.row === row && c.col === col);
}

/** The text of the cell at a 0-based row and column; undefined when there is none or it holds no text. */
export function textAt(sheet: SheetModel, row: number, col: number): string | undefined {
  const c = cellAt(sheet, row, col)?.content;
  return c?.kind === "text" ? c.text : undefined;
}
