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

/** The model's sheets as HyperFormula takes them: formulas with "=", text as an apostrophe entry. */
function modelSheets(model: WorkbookModel): Record<string, RawCellContent[][]> {
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
  return sheets;
}

function wrap(hf: HyperFormula, destroy: () => void): EvaluatedWorkbook {
  const id = (sheet: string): number => {
    const i = hf.getSheetId(sheet);
    if (i === undefined) throw new Error(`no sheet ${sheet}`);
    return i;
  };
  return {
    value: (sheet, row, col) => hf.getCellValue({ sheet: id(sheet), row, col }),
    name: (name) => hf.getNamedExpressionValue(name),
    set: (sheet, row, col, value) => void hf.setCellContents({ sheet: id(sheet), row, col }, value),
    destroy,
  };
}

function build(model: WorkbookModel, sheets: Record<string, RawCellContent[][]>): HyperFormula {
  const hf = HyperFormula.buildFromSheets(sheets, {
    licenseKey: "gpl-v3",
    useArrayArithmetic: false,
  });
  for (const n of model.names)
    hf.addNamedExpression(n.name, `=${sheetRef(n.sheet)}!${a1(n.cell.row, n.cell.col, true)}`);
  return hf;
}

/** Builds a HyperFormula instance holding the model's sheets and defined names. */
export function evaluateModel(model: WorkbookModel): EvaluatedWorkbook {
  const hf = build(model, modelSheets(model));
  return wrap(hf, () => hf.destroy());
}

let kept:
  { hf: HyperFormula; names: string; sheets: Record<string, RawCellContent[][]> } | undefined;

/**
 * As evaluateModel, for property tests that evaluate many models of one layout: the first model is built, and
 * each later one with the same sheets and defined names is entered into it as an evaluator would, by setting
 * only the cells that differ, and HyperFormula recalculates what depends on them (as Excel does on typing).
 * Several times faster than a build per model; `destroy` keeps the instance for the next call.
 */
export function evaluateModelIncrementally(model: WorkbookModel): EvaluatedWorkbook {
  const sheets = modelSheets(model);
  const names = JSON.stringify([Object.keys(sheets), model.names]);
  if (!kept || kept.names !== names) {
    kept?.hf.destroy();
    kept = { hf: build(model, sheets), names, sheets };
    return wrap(kept.hf, () => undefined);
  }
  const { hf, sheets: before } = kept;
  hf.batch(() => {
    for (const [name, grid] of Object.entries(sheets)) {
      const sheet = hf.getSheetId(name)!;
      const old = before[name]!;
      for (let r = 0; r < Math.max(grid.length, old.length); r++) {
        const now = grid[r] ?? [];
        const was = old[r] ?? [];
        for (let c = 0; c < Math.max(now.length, was.length); c++)
          if ((now[c] ?? null) !== (was[c] ?? null))
            hf.setCellContents({ sheet, row: r, col: c }, now[c] ?? null);
      }
    }
  });
  kept.sheets = sheets;
  return wrap(hf, () => undefined);
}
