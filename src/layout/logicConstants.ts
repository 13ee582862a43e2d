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
import { a1 } from "./a1";
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
 * A reference: an optional sheet (always quoted by the layout: sheetRef), a cell, and an optional second cell of a
 * range. Not preceded by a letter, digit, "_", "." or "$" (a defined name like Subtotal_A1, a function like
 * LOG10) and not followed by "(" (a function) or a letter, digit or "_".
 */
const REFERENCE =
  /(?:'((?:[^']|'')+)'!)?(?<![A-Za-z0-9_.$])(\$?[A-Z]{1,3}\$?\d+)(?::(\$?[A-Z]{1,3}\$?\d+))?(?![A-Za-z0-9_(])/g;

/** A cell of a reference as the REFERENCE pattern matched it ("$D$4", "D4"). */
function refCell(text: string): RefCell {
  const colAbsolute = text.startsWith("$");
  let i = colAbsolute ? 1 : 0;
  let col = 0;
  for (; i < text.length && text[i]! >= "A" && text[i]! <= "Z"; i++)
    col = col * 26 + (text.charCodeAt(i) - 64);
  const rowAbsolute = text[i] === "$";
  return {
    row: Number(text.slice(rowAbsolute ? i + 1 : i)) - 1,
    col: col - 1,
    colAbsolute,
    rowAbsolute,
  };
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
      const from = refCell(m[2]!);
      const to = m[3] ? refCell(m[3]) : from;
      const named = m[1]?.replace(/''/g, "'");
      // `X<>""` or `X=""`: the part ends with the operator and the next literal is empty.
      const end = m.index + m[0].length;
      const rest = part.length - end <= 2 ? part.slice(end) : "";
      const blankTest = (rest === "<>" || rest === "=") && parts[i + 1] === "" && !m[3];
      out.push({ sheet: named ?? sheet, from, to, blankTest });
    }
  });
  return out;
}

/** A cell's key in the maps below: row and column in one number (Excel has 16,384 columns). */
const keyOf = (row: number, col: number): number => row * 16384 + col;

/**
 * Marks the cells a reference covers, shifted by (dr, dc) where it is relative (a conditional format's other
 * cells): each keeps whether every read so far only tests it for blank.
 */
function mark(keys: Map<number, boolean>, ref: Reference, dr: number, dc: number): void {
  const r1 = ref.from.row + (ref.from.rowAbsolute ? 0 : dr);
  const c1 = ref.from.col + (ref.from.colAbsolute ? 0 : dc);
  const r2 = ref.to.row + (ref.to.rowAbsolute ? 0 : dr);
  const c2 = ref.to.col + (ref.to.colAbsolute ? 0 : dc);
  for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++)
    for (let c = Math.min(c1, c2); c <= Math.max(c1, c2); c++) {
      const k = keyOf(r, c);
      keys.set(k, (keys.get(k) ?? true) && ref.blankTest);
    }
}

/** A formula and the offsets it is applied at (a conditional format's or validation's cells beyond its first). */
interface Applied {
  readonly formula: string;
  readonly offsets: readonly (readonly [number, number])[];
}

const ONCE: readonly (readonly [number, number])[] = [[0, 0]];

/** The offsets of every cell of a range from its top-left cell. */
function offsetsOf(range: { rows: number; cols: number }): [number, number][] {
  const out: [number, number][] = [];
  for (let dr = 0; dr < range.rows; dr++)
    for (let dc = 0; dc < range.cols; dc++) out.push([dr, dc]);
  return out;
}

/**
 * Every formula of a sheet with the offsets it is applied at: each cell formula once, each conditional format's
 * formula at every cell of its range (relative to the top-left), each validation's limit held in a cell.
 */
function formulasOf(sheet: SheetModel): Applied[] {
  const out: Applied[] = [];
  for (const cell of sheet.cells)
    if (cell.content.kind === "formula") out.push({ formula: cell.content.formula, offsets: ONCE });
  for (const cf of sheet.conditionalFormats)
    if (cf.kind !== "dataBar") out.push({ formula: cf.formula, offsets: offsetsOf(cf.range) });
  for (const v of sheet.validations)
    if (v.kind === "decimal" && typeof v.max === "string")
      out.push({ formula: v.max, offsets: offsetsOf(v.range) });
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
  const read = new Map<string, Map<number, boolean>>();
  for (const sheet of model.sheets)
    for (const f of formulasOf(sheet))
      for (const ref of formulaReferences(f.formula, sheet.name)) {
        if (!wanted(ref.sheet) || !names.has(ref.sheet)) continue;
        const keys = read.get(ref.sheet) ?? new Map<number, boolean>();
        read.set(ref.sheet, keys);
        const absolute =
          ref.from.rowAbsolute && ref.from.colAbsolute && ref.to.rowAbsolute && ref.to.colAbsolute;
        for (const [dr, dc] of absolute ? ONCE : f.offsets) mark(keys, ref, dr, dc);
      }
  const out: LogicConstant[] = [];
  for (const sheet of model.sheets) {
    const keys = read.get(sheet.name);
    if (!keys) continue;
    for (const cell of sheet.cells) {
      const blankOnly = keys.get(keyOf(cell.row, cell.col));
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
