/**
 * The constants a workbook's formulas read (README: Inputs, "A constant the formulas read is part of the logic"):
 * the pass mark, each item's 分值 (cap), each line's maximum, the table and item ids a SUMIF matches, the labels a
 * formula compares. They are neither inputs nor formulas, so neither the input reader nor a formula check sees
 * them, yet changing one changes what the workbook's own formulas show. This module finds them in a layout model:
 * every locked cell that is not a formula and that a formula of the model reads (a cell formula, a conditional
 * format's formula or a validation's limit), on the sheets asked for. Unlocked cells (inputs, notes, the
 * deviation limit) are never among them: people type into those.
 */
import type { ConstantRole, LocatedProblem } from "../engine";
import { a1, parseA1 } from "./a1";
import { dateSerial } from "./readCells";
import type { GridSource } from "./grid";
import type { CellContent, SheetModel, WorkbookModel } from "./model";

/** A cell of the model by sheet and 0-based position. */
export interface CellAt {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** A constant the formulas read, and what the layout puts there ("" for a cell left empty). */
export interface LogicConstant extends CellAt {
  readonly expected: string | number;
  /** Every formula reading it only asks whether it is empty: only that is compared (a status-conflict text). */
  readonly blankOnly: boolean;
}

/** A cell of a reference, each coordinate absolute ($) or relative. */
interface RefCell {
  readonly row: number;
  readonly col: number;
  readonly rowAbsolute: boolean;
  readonly colAbsolute: boolean;
}

/** One reference in a formula: a cell or a rectangle, on the formula's own sheet unless named. */
export interface Reference {
  readonly sheet: string;
  readonly from: RefCell;
  readonly to: RefCell;
  /** The formula only asks whether the cell is empty (`X<>""` or `X=""`), not what it holds. */
  readonly blankTest: boolean;
}

/**
 * A reference: an optional sheet ('quoted'! or plain!), a cell, and an optional second cell of a range. Not
 * preceded by a letter, digit, "_", "." or "$" (a defined name like Subtotal_A1, a function like LOG10) and not
 * followed by "(" (a function) or a letter, digit or "_".
 */
const REFERENCE =
  /(?<![A-Za-z0-9_.$])(?:(?:'((?:[^']|'')+)'|([A-Za-z0-9_.\u4e00-\u9fff]+))!)?(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?(?![A-Za-z0-9_(])/g;

function refCell(text: string): RefCell | undefined {
  const at = parseA1(text);
  const m = /^(\$?)[A-Z]+(\$?)\d+$/.exec(text);
  return at && m ? { ...at, colAbsolute: m[1] === "$", rowAbsolute: m[2] === "$" } : undefined;
}

/**
 * The cell references of a formula written by the layout (without "="), string literals skipped.
 *
 * @param formula the formula as the layout model holds it
 * @param sheet the sheet the formula is on (the sheet of an unqualified reference)
 */
export function formulaReferences(formula: string, sheet: string): Reference[] {
  const out: Reference[] = [];
  const parts = formula.split('"');
  parts.forEach((part, i) => {
    if (i % 2 === 1) return; // inside a string literal
    for (const m of part.matchAll(REFERENCE)) {
      const from = refCell(m[3]!);
      const to = m[4] ? refCell(m[4]) : from;
      if (!from || !to) continue;
      const named = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
      const rest = part.slice(m.index + m[0].length);
      const blankTest = /^(<>|=)$/.test(rest) && parts[i + 1] === "" && !m[4];
      out.push({ sheet: named ?? sheet, from, to, blankTest });
    }
  });
  return out;
}

/** The cells a reference covers, shifted by (dr, dc) where it is relative (a conditional format's other cells). */
function* covered(ref: Reference, dr = 0, dc = 0): Generator<string> {
  const shift = (c: RefCell) => ({
    row: c.row + (c.rowAbsolute ? 0 : dr),
    col: c.col + (c.colAbsolute ? 0 : dc),
  });
  const a = shift(ref.from);
  const b = shift(ref.to);
  for (let r = Math.min(a.row, b.row); r <= Math.max(a.row, b.row); r++)
    for (let c = Math.min(a.col, b.col); c <= Math.max(a.col, b.col); c++) yield `${r},${c}`;
}

/**
 * Every formula of a sheet with the offsets it is applied at: each cell formula once, each conditional format's
 * formula at every cell of its range (relative to the top-left), each validation's limit held in a cell.
 */
function formulasOf(sheet: SheetModel): { formula: string; dr: number; dc: number }[] {
  const out: { formula: string; dr: number; dc: number }[] = [];
  for (const cell of sheet.cells)
    if (cell.content.kind === "formula") out.push({ formula: cell.content.formula, dr: 0, dc: 0 });
  for (const cf of sheet.conditionalFormats) {
    if (cf.kind === "dataBar") continue;
    for (let dr = 0; dr < cf.range.rows; dr++)
      for (let dc = 0; dc < cf.range.cols; dc++) out.push({ formula: cf.formula, dr, dc });
  }
  for (const v of sheet.validations)
    if (v.kind === "decimal" && typeof v.max === "string")
      for (let dr = 0; dr < v.range.rows; dr++)
        for (let dc = 0; dc < v.range.cols; dc++) out.push({ formula: v.max, dr, dc });
  return out;
}

/** What a constant cell holds, as the grid reads it ("" for empty). */
function constantOf(content: CellContent): string | number | undefined {
  switch (content.kind) {
    case "text":
      return content.text;
    case "number":
      return content.value;
    case "empty":
      return "";
    case "formula":
      return undefined;
  }
}

/**
 * The constants the model's formulas read on the given sheets (all sheets when none are named), in sheet and
 * row-major order.
 */
export function logicConstants(
  model: WorkbookModel,
  sheets?: ReadonlySet<string>
): LogicConstant[] {
  const wanted = (name: string) => !sheets || sheets.has(name);
  const names = new Set(model.sheets.map((s) => s.name));
  /** Per sheet, each cell read: whether every read only tests it for blank. */
  const read = new Map<string, Map<string, boolean>>();
  for (const sheet of model.sheets)
    for (const f of formulasOf(sheet))
      for (const ref of formulaReferences(f.formula, sheet.name)) {
        if (!wanted(ref.sheet) || !names.has(ref.sheet)) continue;
        const keys = read.get(ref.sheet) ?? new Map<string, boolean>();
        read.set(ref.sheet, keys);
        for (const key of covered(ref, f.dr, f.dc))
          keys.set(key, (keys.get(key) ?? true) && ref.blankTest);
      }
  const out: LogicConstant[] = [];
  for (const sheet of model.sheets) {
    const keys = read.get(sheet.name);
    if (!keys) continue;
    for (const cell of sheet.cells) {
      const blankOnly = keys.get(`${cell.row},${cell.col}`);
      if (!cell.locked || blankOnly === undefined) continue;
      const expected = constantOf(cell.content);
      if (expected !== undefined)
        out.push({ sheet: sheet.name, row: cell.row, col: cell.col, expected, blankOnly });
    }
  }
  return out;
}

/** What a constant cell holds as read: "" for empty, text with its line breaks as "\n", "=…" for a formula. */
export function constantFound(grid: GridSource, at: CellAt): string | number | boolean {
  const formula = grid.formula?.(at.sheet, at.row, at.col);
  if (formula) return `=${formula}`;
  const v = grid.cell(at.sheet, at.row, at.col);
  if (v === undefined || v === null) return "";
  if (v instanceof Date) return dateSerial(v);
  if (typeof v === "string") return v.replace(/\r\n?/g, "\n");
  return v;
}

/** What a changed constant is, for its message: its role and the item or table it belongs to. */
export type ConstantDescriber = (c: LogicConstant) => { role: ConstantRole; of?: string };

/**
 * Each constant of the list whose cell, as read, differs from the layout's: `constant-changed` (an error), named by
 * file, sheet and cell, with the value expected and the value found. A sheet the workbook lacks is left to the
 * reader's own checks.
 *
 * @param file the file named in each problem; "" for the live workbook (the add-in), which names none
 * @param consensus the workbook is a consensus workbook (the message says to merge again)
 */
export function constantProblems(
  grid: GridSource,
  constants: readonly LogicConstant[],
  file: string,
  describe: ConstantDescriber,
  consensus = false
): LocatedProblem[] {
  const present = new Set(grid.sheetNames());
  const out: LocatedProblem[] = [];
  for (const c of constants) {
    if (!present.has(c.sheet)) continue;
    const found = constantFound(grid, c);
    const same = c.blankOnly ? (found === "") === (c.expected === "") : found === c.expected;
    if (same) continue;
    out.push({
      code: "constant-changed",
      ...describe(c),
      expected: c.expected,
      found: typeof found === "boolean" ? (found ? "TRUE" : "FALSE") : found,
      ...(consensus ? { consensus: true as const } : {}),
      where: { ...(file ? { file } : {}), sheet: c.sheet, cell: a1(c.row, c.col) },
    });
  }
  return out;
}
