/**
 * A scoresheet's constants that its formulas read (README: Inputs): each item's 分值 (cap) on the table sheets, the
 * computed maxima and the pass mark on 汇总, and the empty cells inside the ranges the formulas sum. They are
 * compared, as read, with the layout rebuilt for the workbook's edition; a changed one is `constant-changed`.
 * Only the sheets that compute the score and verdict are covered (the table sheets and 汇总): the evaluation
 * sheets (评价条件, 评估组, 评价程序) are read by their own reader.
 */
import type { LocatedProblem } from "../engine";
import { STANDARD } from "../standard";
import type { StandardDef } from "../standard";
import type { GridSource } from "./grid";
import { constantProblems, logicConstants } from "./logicConstants";
import type { ConstantDescriber, LogicConstant } from "./logicConstants";
import { LAYOUT_VERSION } from "./metaSheet";
import { SUMMARY_SHEET } from "./summarySheet";
import { COL } from "./tableColumns";
import type { WorkbookModel } from "./model";
import { buildReferenceScoresheet, referenceScoresheet } from "./referenceScoresheet";

interface Known {
  readonly constants: readonly LogicConstant[];
  readonly describe: ConstantDescriber;
}

/** Per edition: the constants depend on its tables, items and pass mark. */
const known = new WeakMap<StandardDef, Known>();

/** The constants of today's layout in the active edition, and their words; built once per edition. */
export function scoresheetConstants(): Known {
  const found = known.get(STANDARD);
  if (found) return found;
  const out = buildScoresheetConstants(referenceScoresheet());
  known.set(STANDARD, out);
  return out;
}

/**
 * {@link scoresheetConstants} built afresh, without the per-edition memo: tests call it so that each builds the
 * constants inside itself (README, Mutation testing: a test is credited only with the code it runs itself).
 * @param model the blank scoresheet: a fresh build by default; the memoised path passes the shared
 *   referenceScoresheet().
 */
export function buildScoresheetConstants(model: WorkbookModel = buildReferenceScoresheet()): Known {
  const tables = new Set<string>(STANDARD.tables.map((t) => t.id));
  const constants = logicConstants(model, new Set([...tables, SUMMARY_SHEET]));
  const texts = new Map<string, string>();
  for (const sheet of model.sheets)
    for (const cell of sheet.cells)
      if (cell.content.kind === "text")
        texts.set(`${sheet.name}|${cell.row}|${cell.col}`, cell.content.text);
  const textAt = (sheet: string, row: number, col: number) =>
    texts.get(`${sheet}|${row}|${col}`) ?? "";
  const describe: ConstantDescriber = (c) => {
    if (c.expected === "") return { role: "blank" };
    if (tables.has(c.sheet) && c.col === COL.cap)
      return { role: "cap", of: textAt(c.sheet, c.row, COL.itemId) };
    if (c.sheet === SUMMARY_SHEET && textAt(c.sheet, c.row, 0) === "合格线")
      return { role: "pass-mark" };
    if (c.sheet === SUMMARY_SHEET && c.col === 3) {
      const label = textAt(c.sheet, c.row, 0);
      return { role: "max", of: tables.has(label) ? label : "total" };
    }
    return { role: "constant" };
  };
  return { constants, describe };
}

/**
 * The changed constants of a scoresheet as read, in the active edition (the reader picks the recorded one). A
 * workbook of an older layout is not compared: its cells may sit elsewhere.
 *
 * @param layout the layout version the workbook records
 */
export function scoresheetConstantProblems(
  grid: GridSource,
  file: string,
  layout: string = LAYOUT_VERSION
): LocatedProblem[] {
  if (layout !== LAYOUT_VERSION) return [];
  const { constants, describe } = scoresheetConstants();
  return constantProblems(grid, constants, file, describe);
}
