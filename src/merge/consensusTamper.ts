/**
 * Stale is not tampered, for consensus workbooks too (README: Inputs). The reader recomputes the consensus from
 * the expert columns and never trusts the sheet's results; but the secretary and the group read the sheet. So
 * every formula cell of 共识 and 共识汇总 that shows a figure someone could believe (method result, consensus,
 * lowest, highest, spread, flags and checks per item; subtotals, total, verdicts, counts; each expert's total,
 * verdict and deviation) is checked against today's layout rebuilt from what was read, as tamper.ts checks a
 * scoresheet's named results:
 * - a constant where the layout has a formula → `formula-overwritten` (error);
 * - another formula → `formula-changed` (error);
 * - the layout's formula with a cached value other than the recomputed one → `cached-mismatch` (a warning: the
 *   workbook was saved without recalculation).
 * The constants those formulas read (each item's table id and 分值, a status disagreement, the pass mark) are
 * compared with the layout too: a changed one is `constant-changed` (error), and no stale-result warning is kept
 * beside it.
 * A workbook merged by an earlier gridscore holds the formulas of its formula edition (metaSheet.ts FORMULA_EDITION):
 * each cell is compared with that edition's text, or, for a workbook that records no edition, with any edition's.
 * Workbooks merged before the deliberation columns (no 评议后得分 header) have another layout, whose formulas
 * differ: there only a constant where a figure's formula belongs is looked for ({@link olderLayoutProblems}).
 */
import { Fraction, round2 } from "../engine";
import type { LocatedProblem } from "../engine";
import { FORMULA_EDITION, FORMULA_EDITIONS, a1 } from "../layout";
import type { FormulaEdition, GridSource, GridValue, SheetModel, WorkbookModel } from "../layout";
import { constantProblems, logicConstants } from "../layout/logicConstants";
import type { ConstantDescriber } from "../layout/logicConstants";
import { normaliseFormula } from "../writers/xlsx/tamper";
import type { MergeResult } from "./consensus";
import {
  CONSENSUS_SHEET,
  CONSENSUS_SUMMARY_SHEET,
  buildConsensusWorkbook,
  consensusColumns,
} from "./consensusLayout";
import { DEVIATION_LABELS } from "./deliberation";

/** A recomputed value: a number within a tolerance (unrounded cells against exact values), or a text. */
type Expected = { readonly value: number; readonly within: number } | string;

/** What one formula cell of the layout is: its name in messages and, where it can be recomputed, its value. */
interface CellRole {
  readonly name: string;
  readonly expected?: Expected;
}

/**
 * How many stale cells are listed: a workbook saved without calculation has hundreds, and the first ones (共识汇总's
 * figures come first) say what to do.
 */
export const STALE_LISTED = 10;

/** Binary noise of Excel's doubles against exact fractions. */
const NOISE = 1e-6;
const num = (x: number | string, within = NOISE): Expected => ({
  value: typeof x === "number" ? x : new Fraction(x).valueOf(),
  within,
});

/** The 共识 sheet's formula cells, by "row,col", for the items in row order. */
function itemRoles(result: MergeResult, first: number): Map<string, CellRole> {
  const c = consensusColumns(result.experts.length);
  const out = new Map<string, CellRole>();
  result.items.forEach((item, k) => {
    const row = first + k;
    const set = (col: number, key: string, expected?: Expected) =>
      out.set(`${row},${col}`, { name: `${key}:${item.id}`, ...(expected ? { expected } : {}) });
    set(
      c.method,
      "ConsensusMethod",
      num(item.resolution?.exactMethodResult ?? item.exactConsensus)
    );
    set(c.consensus, "ConsensusItem", num(item.exactConsensus));
    set(c.min, "ConsensusMin", num(item.min));
    set(c.max, "ConsensusMax", num(item.max));
    set(c.spread, "ConsensusSpread", num(item.spread));
    // Flags, outliers and checks also read the status and reason cells, which the reader does not take as
    // inputs: their formulas are checked, their values are not.
    set(c.flag, "ConsensusFlag");
    set(c.outliers, "ConsensusOutliers");
    set(c.check, "ConsensusCheck");
  });
  return out;
}

/** The sheet's text cells by "row,col", so each label is looked up once rather than by a scan per cell. */
function textsOf(sheet: SheetModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const cell of sheet.cells)
    if (cell.content.kind === "text") out.set(`${cell.row},${cell.col}`, cell.content.text);
  return out;
}

/** The 共识汇总 sheet's formula cells, by "row,col", found by the model's own labels and names. */
function summaryRoles(
  result: MergeResult,
  sheet: SheetModel,
  names: readonly { name: string; cell: { row: number; col: number } }[]
): Map<string, CellRole> {
  const out = new Map<string, CellRole>();
  const at = (row: number, col: number, role: CellRole) => out.set(`${row},${col}`, role);
  const tables = new Map(result.tables.map((t) => [t.id.replace(".", ""), t]));
  // Each table's exact score: the sum of its items' exact consensus (the rounded subtotal may differ).
  const exactByTable = new Map<string, Fraction>();
  for (const i of result.items) {
    const id = i.tableId.replace(".", "");
    exactByTable.set(
      id,
      (exactByTable.get(id) ?? new Fraction(0)).add(new Fraction(i.exactConsensus))
    );
  }
  const tableExact = (id: string): string => (exactByTable.get(id) ?? new Fraction(0)).toFraction();
  for (const n of names) {
    const sub = /^Subtotal_(.+)$/.exec(n.name);
    if (sub && tables.has(sub[1]!))
      at(n.cell.row, n.cell.col, { name: n.name, expected: num(tableExact(sub[1]!)) });
    if (n.name === "Total")
      at(n.cell.row, n.cell.col, { name: "ConsensusTotal", expected: num(result.exactTotal) });
    if (n.name === "Verdict")
      at(n.cell.row, n.cell.col, { name: "ConsensusVerdict", expected: result.verdict });
  }
  const texts = textsOf(sheet);
  const textAt = (row: number, col: number): string => texts.get(`${row},${col}`) ?? "";
  const rows = sheet.cells.reduce((m, x) => Math.max(m, x.row), 0) + 1;
  let expertRow: number | undefined;
  for (let r = 0; r < rows; r++) {
    const label = textAt(r, 0);
    if (label === "需讨论") at(r, 2, { name: "ConsensusDiscuss" });
    if (label === "评议错误") at(r, 2, { name: "ConsensusReviewErrors" });
    if (label === "结论（定稿）") at(r, 2, { name: "ConsensusFinalVerdict" });
    if (label === DEVIATION_LABELS.limit) at(r, 3, { name: "ConsensusLimitCheck" });
    if (label === "专家" && textAt(r, 4) === DEVIATION_LABELS.header) expertRow = r + 1;
  }
  if (expertRow !== undefined)
    result.experts.forEach((e, k) => {
      const row = expertRow + k;
      at(row, 2, { name: `ConsensusExpertTotal:${e.evaluator}`, expected: num(e.total) });
      at(row, 3, { name: `ConsensusExpertVerdict:${e.evaluator}`, expected: e.verdict });
      // Shown rounded to 2 decimals, as the result holds it.
      at(row, 4, {
        name: `ConsensusDeviation:${e.evaluator}`,
        expected: num(e.deviationPct, 0.005),
      });
      at(row, 5, { name: `ConsensusNeedsExplanation:${e.evaluator}` });
    });
  return out;
}

/**
 * The formula editions a consensus workbook's formulas are compared with: the one its identity sheet records, or,
 * when it records none (merged before the entry existed), every edition up to the current one.
 */
function acceptedEditions(stamp: string | undefined): readonly FormulaEdition[] {
  const known = FORMULA_EDITIONS.find((e) => e === stamp);
  return known ? [known] : FORMULA_EDITIONS;
}

/** Whether a cached result differs from the recomputed value. */
function differs(cached: GridValue, expected: Expected): boolean {
  if (typeof expected === "string") return cached !== expected;
  return typeof cached !== "number" || Math.abs(cached - expected.value) > expected.within + 1e-9;
}

const shown = (v: GridValue): string | number =>
  typeof v === "number" || typeof v === "string" ? v : v instanceof Date ? v.toISOString() : "";

/**
 * The tamper and staleness problems of a consensus workbook's formula cells.
 *
 * @param grid the workbook as read
 * @param result the consensus recomputed from it, its items in the 共识 sheet's row order
 * @param first the first item row (0-based) of the 共识 sheet
 */
export function consensusTamperProblems(
  grid: GridSource,
  result: MergeResult,
  file: string,
  first: number,
  stamp?: string
): LocatedProblem[] {
  const formulaOf = grid.formula?.bind(grid);
  if (!formulaOf) return [];
  const modelOf = (edition: FormulaEdition): WorkbookModel =>
    buildConsensusWorkbook(
      result,
      { workbookId: "-", createdAt: "-", generator: "-", kind: "consensus" },
      {},
      [],
      edition
    );
  const model = modelOf(FORMULA_EDITION);
  // The texts of the editions this workbook may hold: the one it records, or any a workbook that records none may
  // hold (it was merged before the entry); each earlier edition's model is built only when a cell differs.
  const editions = acceptedEditions(stamp).filter((e) => e !== FORMULA_EDITION);
  const earlier = new Map<FormulaEdition, Map<string, string>>();
  const earlierFormula = (edition: FormulaEdition, sheet: string, row: number, col: number) => {
    let formulas = earlier.get(edition);
    if (!formulas) {
      formulas = new Map();
      for (const s of modelOf(edition).sheets)
        for (const c of s.cells)
          if (c.content.kind === "formula")
            formulas.set(`${s.name}|${c.row}|${c.col}`, normaliseFormula(c.content.formula));
      earlier.set(edition, formulas);
    }
    return formulas.get(`${sheet}|${row}|${col}`);
  };
  const summary = model.sheets.find((s) => s.name === CONSENSUS_SUMMARY_SHEET);
  const roles = new Map<string, Map<string, CellRole>>([
    [CONSENSUS_SHEET, itemRoles(result, first)],
    [
      CONSENSUS_SUMMARY_SHEET,
      summary ? summaryRoles(result, summary, model.names) : new Map<string, CellRole>(),
    ],
  ]);
  const out: LocatedProblem[] = [];
  let stale = 0;
  for (const sheet of model.sheets) {
    const byCell = roles.get(sheet.name);
    if (!byCell) continue;
    const present = grid.sheetNames().includes(sheet.name);
    for (const cell of sheet.cells) {
      if (cell.content.kind !== "formula") continue;
      const role = byCell.get(`${cell.row},${cell.col}`) ?? { name: "ConsensusFormula" };
      const where = { file, sheet: sheet.name, cell: a1(cell.row, cell.col) };
      const value = present ? grid.cell(sheet.name, cell.row, cell.col) : undefined;
      const found = present ? formulaOf(sheet.name, cell.row, cell.col) : undefined;
      if (!found) {
        out.push({
          code: "formula-overwritten",
          name: role.name,
          value: String(shown(value)),
          consensus: true,
          where,
        });
        continue;
      }
      const text = normaliseFormula(found);
      if (
        text !== normaliseFormula(cell.content.formula) &&
        !editions.some((e) => earlierFormula(e, sheet.name, cell.row, cell.col) === text)
      ) {
        out.push({
          code: "formula-changed",
          name: role.name,
          found: `=${found}`,
          consensus: true,
          where,
        });
        continue;
      }
      // Never calculated (written by a library) or no value to recompute: nothing to compare.
      if (value === undefined || value === null || role.expected === undefined) continue;
      if (!differs(value, role.expected)) continue;
      stale++;
      if (stale <= STALE_LISTED)
        out.push({
          code: "cached-mismatch",
          name: role.name,
          cached: shown(value),
          recomputed:
            typeof role.expected === "string" ? role.expected : round2(role.expected.value),
          where,
        });
    }
  }
  // The constants those formulas read (table ids, caps, the pass mark): a changed one, not a missed
  // recalculation, is why the sheet's figures differ, so no stale-result warning is kept beside it.
  const constants = constantProblems(
    grid,
    logicConstants(model, new Set([CONSENSUS_SHEET, CONSENSUS_SUMMARY_SHEET])),
    file,
    describeConstant(model, result.experts.length),
    true
  );
  return constants.length === 0
    ? out
    : [...constants, ...out.filter((p) => p.code !== "cached-mismatch")];
}

/** The words of a consensus workbook's constant: what it is and the item it belongs to. */
function describeConstant(model: WorkbookModel, experts: number): ConstantDescriber {
  const texts = new Map<string, string>();
  for (const sheet of model.sheets)
    for (const cell of sheet.cells)
      if (cell.content.kind === "text")
        texts.set(`${sheet.name}|${cell.row}|${cell.col}`, cell.content.text);
  const textAt = (sheet: string, row: number, col: number) =>
    texts.get(`${sheet}|${row}|${col}`) ?? "";
  const c = consensusColumns(experts);
  return (k) => {
    const item = textAt(CONSENSUS_SHEET, k.row, 1);
    if (k.sheet === CONSENSUS_SHEET && k.col === c.status)
      return { role: "status-conflict", of: item };
    if (k.expected === "") return { role: "blank" };
    if (k.sheet === CONSENSUS_SHEET && k.col === 0) return { role: "table-id", of: item };
    if (k.sheet === CONSENSUS_SHEET && k.col === 3) return { role: "cap", of: item };
    if (k.sheet === CONSENSUS_SUMMARY_SHEET && textAt(k.sheet, k.row, 0) === "合格线")
      return { role: "pass-mark" };
    return { role: "constant" };
  };
}

/** The 共识 columns of an older layout whose cells are formulas, by header, with their names in messages. */
const OLDER_ITEM_COLUMNS: Readonly<Record<string, string>> = {
  共识: "ConsensusItem",
  最低: "ConsensusMin",
  最高: "ConsensusMax",
  极差: "ConsensusSpread",
};

/** The 共识汇总 rows of an older layout whose column C is a formula, by their label in column A. */
const OLDER_SUMMARY_ROWS: Readonly<Record<string, string>> = {
  合计: "ConsensusTotal",
  结论: "ConsensusVerdict",
  需讨论: "ConsensusDiscuss",
};

/**
 * A consensus workbook of an older layout (merged before the deliberation columns): its formulas are not today's,
 * so only a constant where a figure's formula belongs is an error (`formula-overwritten`): the consensus, lowest,
 * highest and spread of each item row, the subtotals, total, verdict and count of items to discuss.
 *
 * @param rows each item's row (0-based) on the 共识 sheet
 */
export function olderLayoutProblems(
  grid: GridSource,
  file: string,
  rows: ReadonlyMap<string, number>,
  tableIds: readonly string[]
): LocatedProblem[] {
  const formulaOf = grid.formula?.bind(grid);
  if (!formulaOf) return [];
  const out: LocatedProblem[] = [];
  const check = (sheet: string, row: number, col: number, name: string) => {
    if (formulaOf(sheet, row, col)) return;
    const value = grid.cell(sheet, row, col);
    out.push({
      code: "formula-overwritten",
      name,
      value: String(shown(value)),
      consensus: true,
      where: { file, sheet, cell: a1(row, col) },
    });
  };
  const headerRow = first(rows) - 1;
  for (let col = 0; col < 64; col++) {
    const header = grid.cell(CONSENSUS_SHEET, headerRow, col);
    const kind = typeof header === "string" ? OLDER_ITEM_COLUMNS[header] : undefined;
    if (kind) for (const [id, row] of rows) check(CONSENSUS_SHEET, row, col, `${kind}:${id}`);
  }
  if (grid.sheetNames().includes(CONSENSUS_SUMMARY_SHEET)) {
    const rowCount = grid.rowCount(CONSENSUS_SUMMARY_SHEET);
    const seen = new Set<string>();
    for (let row = 0; row < rowCount; row++) {
      const label = grid.cell(CONSENSUS_SUMMARY_SHEET, row, 0);
      if (typeof label !== "string" || seen.has(label)) continue;
      const name = tableIds.includes(label)
        ? `Subtotal_${label.replace(".", "")}`
        : Object.prototype.hasOwnProperty.call(OLDER_SUMMARY_ROWS, label)
          ? OLDER_SUMMARY_ROWS[label]
          : undefined;
      if (!name) continue;
      seen.add(label);
      check(CONSENSUS_SUMMARY_SHEET, row, 2, name);
    }
  }
  return out;
}

/** The first item row: the header row is the one above it. */
function first(rows: ReadonlyMap<string, number>): number {
  return Math.min(...rows.values());
}
