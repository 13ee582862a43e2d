/**
 * Finds cells of a layout model by the ids it carries (tests must not hard-code row numbers either).
 */
import { COL } from "../../src/layout";
import type { WorkbookModel } from "../../src/layout";

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
