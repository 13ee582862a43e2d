/**
 * Stale is not tampered, for every formula cell of a scoresheet (README: Inputs). The reader scores from the inputs
 * and tamper.ts checks the named results (total, verdict, subtotals); but people read the sheet, and a formula
 * replaced in one item row (its 得分 typed over as 5, a line's counted deduction typed over as 0) made the sheet show
 * another score while the named results only looked stale, and the warning said to press F9, which mends nothing.
 * So every formula cell of the table sheets and 汇总 that today's layout writes is compared with it:
 * - a constant (or nothing) where the layout has a formula → `formula-overwritten` (error);
 * - another formula → `formula-changed` (error), except in the 检查 column, whose text the group's plan varies per
 *   item (7.2: the plan's 不适用 and its reason): there only a constant in place of the formula is looked for.
 * Cells that carry a defined name are tamper.ts's. Only workbooks of today's layout whose identity sheet records
 * today's formula edition (metaSheet.ts FORMULA_EDITION) are compared: a scoresheet made before the edition was
 * recorded holds the formulas of whichever gridscore made it (earlier status words among them), which cannot all be
 * rebuilt, so there only the named results are compared (tamper.ts).
 */
import type { LocatedProblem } from "../engine";
import { STANDARD } from "../standard";
import type { StandardDef } from "../standard";
import { a1 } from "./a1";
import { normaliseFormula } from "./formulaText";
import type { GridSource, GridValue } from "./grid";
import { FORMULA_EDITION, LAYOUT_VERSION } from "./metaSheet";
import { SUMMARY_SHEET } from "./summarySheet";
import { COL } from "./tableColumns";
import type { WorkbookModel } from "./model";
import { buildReferenceScoresheet, referenceScoresheet } from "./referenceScoresheet";

/** A formula cell of the layout: where, its normalised formula, whether its text may vary, and its name in messages. */
export interface LayoutFormula {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly formula: string;
  /** Only a constant in its place is an error (the 检查 column). */
  readonly textMayVary: boolean;
  /** `ScoresheetCell:<row's id or label> <column header>`, worded by the messages table. */
  readonly name: string;
}

const known = new WeakMap<StandardDef, readonly LayoutFormula[]>();

/** The formula cells of today's layout in the active edition, on the table sheets and 汇总, without named cells. */
export function layoutFormulaCells(): readonly LayoutFormula[] {
  const found = known.get(STANDARD);
  if (found) return found;
  const out = buildLayoutFormulaCells(referenceScoresheet());
  known.set(STANDARD, out);
  return out;
}

/**
 * {@link layoutFormulaCells} built afresh, without the per-edition memo: tests call it so that each builds the
 * cells inside itself (README, Mutation testing: a test is credited only with the code it runs itself).
 * @param model the blank scoresheet: a fresh build by default; the memoised path passes the shared
 *   referenceScoresheet().
 */
export function buildLayoutFormulaCells(
  model: WorkbookModel = buildReferenceScoresheet()
): LayoutFormula[] {
  const tables = new Set<string>(STANDARD.tables.map((t) => t.id));
  const named = new Set(model.names.map((n) => `${n.sheet}|${n.cell.row}|${n.cell.col}`));
  const out: LayoutFormula[] = [];
  for (const sheet of model.sheets) {
    const isTable = tables.has(sheet.name);
    if (!isTable && sheet.name !== SUMMARY_SHEET) continue;
    // A row's line id (a table sheet's hidden 编号), item id (项目编号: an item's 实得分 is the item's) or label
    // (汇总's first column), to name its cells.
    const lines = new Map<number, string>();
    const items = new Map<number, string>();
    for (const c of sheet.cells) {
      if (c.content.kind !== "text") continue;
      const text = c.content.text.split("\n")[0]!;
      if (c.col === (isTable ? COL.id : 0) && !lines.has(c.row)) lines.set(c.row, text);
      if (isTable && c.col === COL.itemId && !items.has(c.row)) items.set(c.row, text);
    }
    for (const c of sheet.cells) {
      if (c.content.kind !== "formula" || named.has(`${sheet.name}|${c.row}|${c.col}`)) continue;
      const label =
        (c.col === COL.score ? items.get(c.row) : undefined) ??
        lines.get(c.row) ??
        items.get(c.row) ??
        a1(c.row, c.col);
      const header = sheet.columns[c.col]?.header ?? a1(c.row, c.col);
      out.push({
        sheet: sheet.name,
        row: c.row,
        col: c.col,
        formula: normaliseFormula(c.content.formula),
        textMayVary: isTable && c.col === COL.check,
        name: `ScoresheetCell:${label} ${header}`,
      });
    }
  }
  return out;
}

/** A value as a message shows it: a number or text as it is, nothing as "". */
const shown = (v: GridValue): string =>
  v === undefined || v === null ? "" : v instanceof Date ? v.toISOString().slice(0, 10) : String(v);

/**
 * The formula problems of a scoresheet as read (module comment), in sheet and row order. Nothing when the grid
 * cannot give formulas, when the workbook records another layout (its cells may sit elsewhere), or when it records
 * no formula edition or another one than today's.
 *
 * @param layout the layout version the workbook records
 * @param edition the formula edition the workbook records (its identity sheet's `formulas`), if any
 */
export function scoresheetFormulaProblems(
  grid: GridSource,
  file: string,
  layout: string,
  edition: string | undefined
): LocatedProblem[] {
  const formulaOf = grid.formula?.bind(grid);
  if (!formulaOf || layout !== LAYOUT_VERSION || edition !== FORMULA_EDITION) return [];
  const sheets = new Set(grid.sheetNames());
  const out: LocatedProblem[] = [];
  for (const cell of layoutFormulaCells()) {
    if (!sheets.has(cell.sheet)) continue; // a missing sheet is the reader's problem
    const where = { file, sheet: cell.sheet, cell: a1(cell.row, cell.col) };
    const found = formulaOf(cell.sheet, cell.row, cell.col);
    if (found === undefined || found === "") {
      out.push({
        code: "formula-overwritten",
        name: cell.name,
        value: shown(grid.cell(cell.sheet, cell.row, cell.col)),
        where,
      });
      continue;
    }
    if (!cell.textMayVary && normaliseFormula(found) !== cell.formula)
      out.push({ code: "formula-changed", name: cell.name, found: `=${found}`, where });
  }
  return out;
}
